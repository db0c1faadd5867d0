// Printed, not judged: each engine's load+patch time and heap added as a multiple of its floor
// script's, for rtcshim and adapter.js. The floor is what any shim that patches at load pays in
// that engine (docs/bench.md), so 1.0 x is the physical limit.

const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);

/** [{ browser, version, floor, time: { floor, rtcshim, adapterjs }, heap: { floor, rtcshim, adapterjs } }] */
export function floorRatios(browsers) {
  return browsers
    .filter((b) => b.columns.floor)
    .map((b) => {
      const f = b.columns.floor;
      const of = (key) => ({ floor: f[key], rtcshim: ratio(b.columns.rtcshim[key], f[key]), adapterjs: ratio(b.columns.adapterjs[key], f[key]) });
      return { browser: b.browser, version: b.version, floor: b.floor, time: of('msAdded'), heap: of('heapAdded') };
    });
}
