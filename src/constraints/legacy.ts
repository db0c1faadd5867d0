/**
 * Legacy `{mandatory: {...}, optional: [{...}]}` track constraints (Chrome's pre-2017 shape,
 * https://w3c.github.io/mediacapture-main/archives/20130520/getusermedia.html) to spec
 * constraints (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints): `minWidth`/
 * `maxWidth` → `width: {min, max}`, `sourceId` → `deviceId`, `googXxx` → the spec name; mandatory
 * values are required (`exact`/`min`/`max`), optional ones `ideal`. Pure: returns new objects and
 * never the caller's, or the argument itself when it has no legacy shape.
 */
type Bag = Record<string, unknown>;

const RENAMED: Readonly<Record<string, string>> = {
  sourceId: 'deviceId',
  googEchoCancellation: 'echoCancellation',
  googNoiseSuppression: 'noiseSuppression',
  googAutoGainControl: 'autoGainControl',
};

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null;

function track(value: unknown, known: (name: string) => boolean, drop: (name: string) => void): unknown {
  if (!isBag(value) || !('mandatory' in value || 'optional' in value)) return value;
  const { mandatory, optional } = value;
  const out: Bag = {};
  for (const key of Object.keys(value)) if (key !== 'mandatory' && key !== 'optional') out[key] = value[key];
  // Chrome's screen capture (`chromeMediaSource`) exists only in the legacy shape: left alone.
  if (isBag(mandatory) && 'chromeMediaSource' in mandatory) return value;
  const add = (key: string, v: unknown, required: boolean): void => {
    const range = /^(min|max)([A-Z]\w*)$/.exec(key);
    const name = range ? range[2]!.charAt(0).toLowerCase() + range[2]!.slice(1) : RENAMED[key] || key;
    if (!known(name)) return drop(key);
    if (!required) {
      if (!(name in out)) out[name] = v;
    } else if (range) {
      out[name] = { ...(isBag(out[name]) ? out[name] : {}), [range[1]!]: v };
    } else if (!(name in out)) {
      out[name] = { exact: v };
    }
  };
  if (isBag(mandatory)) for (const key of Object.keys(mandatory)) add(key, mandatory[key], true);
  if (Array.isArray(optional)) for (const set of optional) if (isBag(set)) for (const key of Object.keys(set)) add(key, set[key], false);
  return out;
}

/** `constraints` in the spec shape; the same object when neither track has the legacy shape. */
export function specConstraints(constraints: unknown, known: (name: string) => boolean, drop: (name: string) => void): unknown {
  if (!isBag(constraints)) return constraints;
  let out = constraints;
  for (const kind of ['audio', 'video']) {
    const value = track(constraints[kind], known, drop);
    if (value !== constraints[kind]) out = { ...out, [kind]: value };
  }
  return out;
}
