/**
 * Spec track constraints (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints)
 * in Chrome's legacy `{mandatory: {...}, optional: [{...}]}` shape, the only one Chrome's capture
 * call understood before 53 (https://groups.google.com/a/chromium.org/g/blink-dev/c/E4LA0P0YYPQ:
 * "shipped with a prefix, and an incompatible constraints parameter"). Required values (`exact`,
 * `min`, `max`) become mandatory, wanted ones (`ideal`, a bare value, `advanced`) optional:
 * `width: {min: 640}` → `minWidth: 640`, `deviceId` → `sourceId`, `echoCancellation` →
 * `googEchoCancellation`. Names the legacy shape has no word for are handed to `drop` (in
 * `mandatory` Chrome would reject them). Pure: the caller's objects are never changed; returns the
 * argument itself when no track has the spec shape.
 */
type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const RANGES: Bag = { width: 'Width', height: 'Height', frameRate: 'FrameRate', aspectRatio: 'AspectRatio' };
const NAMES: Bag = {
  deviceId: 'sourceId',
  facingMode: 'facingMode',
  echoCancellation: 'googEchoCancellation',
  autoGainControl: 'googAutoGainControl',
  noiseSuppression: 'googNoiseSuppression',
};

function track(value: unknown, drop: (key: string) => void): unknown {
  if (!isBag(value) || 'mandatory' in value || 'optional' in value) return value;
  const mandatory: Bag = {};
  const optional: Bag[] = [];
  // One constraint; `required` is false in `advanced` sets, whose values are wanted, not required.
  const add = (key: string, v: unknown, required: boolean): void => {
    const range = RANGES[key] as string | undefined;
    const name = NAMES[key] as string | undefined;
    if (!range && !name) return drop(key);
    const c = isBag(v) ? v : { ideal: v };
    const put = (legacy: string, x: unknown, must: boolean): void => {
      // The legacy shape takes one device id or facing mode: the first of a list is the favourite.
      if (x === undefined) return;
      const one = Array.isArray(x) ? (x[0] as unknown) : x;
      if (must) mandatory[legacy] = one;
      else optional.push({ [legacy]: one });
    };
    if (range) {
      put('min' + range, c.exact ?? c.min, required);
      put('max' + range, c.exact ?? c.max, required);
      put('min' + range, c.ideal, false);
      put('max' + range, c.ideal, false);
    } else {
      // Chrome's legacy parser knew facingMode only as an optional hint (a mandatory one is rejected).
      put(name!, c.exact, required && key !== 'facingMode');
      put(name!, c.ideal, false);
    }
  };
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key !== 'advanced') add(key, v, true);
    else if (Array.isArray(v)) for (const set of v as unknown[]) if (isBag(set)) for (const k of Object.keys(set)) add(k, set[k], false);
  }
  return { mandatory, optional };
}

/** `constraints` in the legacy shape; the same object when neither track has the spec shape. */
export function legacyConstraints(constraints: unknown, drop: (key: string) => void): unknown {
  if (!isBag(constraints)) return constraints;
  let out = constraints;
  for (const kind of ['audio', 'video']) {
    const value = track(constraints[kind], drop);
    if (value !== constraints[kind]) out = { ...out, [kind]: value };
  }
  return out;
}
