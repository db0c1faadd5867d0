/**
 * A maplike RTCStatsReport (https://w3c.github.io/webrtc-pc/#rtcstatsreport-object) over stats
 * rtcshim rewrote: an object of the engine's RTCStatsReport.prototype (so `instanceof` and
 * `Object.prototype.toString` say RTCStatsReport), with the maplike members as its own, reading
 * a Map. Made, never patched: no engine object is changed.
 */
import type { Stats } from './spec-members';

export function statsReport(proto: object, stats: readonly Stats[]): unknown {
  const map = new Map<string, Stats>();
  for (const s of stats) map.set(s.id, s);
  const entries = (): IterableIterator<[string, Stats]> => map.entries();
  const method = (value: unknown): PropertyDescriptor => ({ value, configurable: true, writable: true });
  return Object.create(proto, {
    size: { get: () => map.size, configurable: true },
    get: method((id: string) => map.get(id)),
    has: method((id: string) => map.has(id)),
    keys: method(() => map.keys()),
    values: method(() => map.values()),
    entries: method(entries),
    [Symbol.iterator]: method(entries),
    forEach: method(function (this: unknown, callback: (value: Stats, key: string, report: unknown) => void, thisArg?: unknown) {
      if (typeof callback !== 'function') throw new TypeError('forEach: callback is not a function');
      map.forEach((value, key) => callback.call(thisArg, value, key, this));
    }),
  }) as unknown;
}

/** `report`'s stats rewritten by `rewrite` into a new report of the same prototype; a non-report as it is. */
export function rewriteReport(report: unknown, rewrite: (stats: Stats[]) => Stats[]): unknown {
  if (typeof report !== 'object' || report === null || typeof (report as Map<string, Stats>).forEach !== 'function') return report;
  const stats: Stats[] = [];
  (report as Map<string, Stats>).forEach((s) => stats.push(s));
  return statsReport(Object.getPrototypeOf(report) as object, rewrite(stats));
}
