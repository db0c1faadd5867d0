/**
 * Legacy `{mandatory: {...}, optional: [{...}]}` track constraints (Chrome's pre-2017 shape,
 * https://w3c.github.io/mediacapture-main/archives/20130520/getusermedia.html) to spec
 * constraints (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints): `minWidth`/
 * `maxWidth` → `width: {min, max}`, `sourceId` → `deviceId`, `googEchoCancellation` (and the
 * other `goog` names of a spec constraint) → `echoCancellation`; mandatory values are required
 * (`exact`/`min`/`max`), optional ones ideal. Names `known` does not list are handed to `drop`.
 * Pure: builds new objects, never changes the caller's; returns the argument itself when no track
 * has the legacy shape.
 */
type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null;

function track(value: unknown, known: Bag | null, drop: (key: string) => void): unknown {
  if (!isBag(value) || !('mandatory' in value || 'optional' in value)) return value;
  const { mandatory, optional } = value;
  // Chrome's screen capture (`chromeMediaSource`) exists only in the legacy shape: left alone.
  if (isBag(mandatory) && 'chromeMediaSource' in mandatory) return value;
  const out: Bag = {};
  for (const key of Object.keys(value)) if (key !== 'mandatory' && key !== 'optional') out[key] = value[key];
  const add = (set: unknown, required: boolean): void => {
    if (!isBag(set)) return;
    for (const key of Object.keys(set)) {
      const v = set[key];
      const m = /^(min|max|goog)([A-Z])(\w*)$/.exec(key);
      const name = key === 'sourceId' ? 'deviceId' : m ? m[2]!.toLowerCase() + m[3]! : key;
      const range = m && m[1] !== 'goog' ? m[1]! : '';
      if (known && !known[name]) drop(key);
      else if (required && range) out[name] = { ...(isBag(out[name]) ? out[name] : {}), [range]: v };
      // No engine ever enforced a legacy mandatory facingMode (Chromium rejected the name to 103
      // and ignores it since; Firefox and WebKit ignore the whole shape): wanted, not required.
      else if (!(name in out)) out[name] = required && name !== 'facingMode' ? { exact: v } : v;
    }
  };
  add(mandatory, true);
  if (Array.isArray(optional)) for (const set of optional) add(set, false);
  return out;
}

/** `constraints` in the spec shape; the same object when neither track has the legacy shape. */
export function specConstraints(constraints: unknown, known: Bag | null, drop: (key: string) => void): unknown {
  if (!isBag(constraints)) return constraints;
  let out = constraints;
  for (const kind of ['audio', 'video']) {
    const value = track(constraints[kind], known, drop);
    if (value !== constraints[kind]) out = { ...out, [kind]: value };
  }
  return out;
}
