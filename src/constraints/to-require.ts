/**
 * Spec track constraints in the form Firefox read before 38: no `exact` or `ideal`; a `min`/`max`
 * range is binding only for the names listed in `require: [...]`, and wanted values go in
 * `advanced: [{...}]` sets, tried in order (the 2014 editors' draft,
 * https://w3c.github.io/mediacapture-main/archives/20140817/getusermedia.html; Firefox 38 took the
 * current form). `{width: {exact: 640}}` → `{width: {min: 640, max: 640}, require: ['width']}`,
 * `{width: {min: 320, ideal: 640}}` → `{width: {min: 320}, require: ['width'], advanced:
 * [{width: {min: 640, max: 640}}]}`, `{facingMode: 'user'}` → `{advanced: [{facingMode: 'user'}]}`.
 * Pure: the caller's objects are never changed; returns the argument itself when no track has a
 * constraint object to convert.
 */
type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);

function track(value: unknown): unknown {
  if (!isBag(value) || 'require' in value || 'mandatory' in value || 'optional' in value) return value;
  const out: Bag = {};
  const require: string[] = [];
  const advanced: Bag[] = Array.isArray(value.advanced) ? (value.advanced as Bag[]).slice() : [];
  for (const key of Object.keys(value)) {
    if (key === 'advanced') continue;
    const v = value[key];
    if (!isBag(v)) {
      // A bare value is wanted (ideal), never binding.
      if (key === 'deviceId' || key === 'mediaSource' || typeof v === 'boolean') out[key] = v;
      else advanced.push({ [key]: typeof v === 'number' ? { min: v, max: v } : v });
      continue;
    }
    const range: Bag = {};
    if (v.exact !== undefined) {
      if (typeof v.exact === 'number') range.min = range.max = v.exact;
      else out[key] = v.exact;
    }
    if (v.min !== undefined) range.min = v.min;
    if (v.max !== undefined) range.max = v.max;
    if (Object.keys(range).length) out[key] = range;
    if (v.exact !== undefined || v.min !== undefined || v.max !== undefined) require.push(key);
    if (v.ideal !== undefined) advanced.push({ [key]: typeof v.ideal === 'number' ? { min: v.ideal, max: v.ideal } : v.ideal });
  }
  if (require.length) out.require = require;
  if (advanced.length) out.advanced = advanced;
  return out;
}

/** `constraints` in Firefox 37's form; the same object when neither track needs converting. */
export function requireConstraints(constraints: unknown): unknown {
  if (!isBag(constraints)) return constraints;
  let out = constraints;
  for (const kind of ['audio', 'video']) {
    const v = constraints[kind];
    // Nothing to convert in a track without a constraint object.
    if (!isBag(v) || !Object.keys(v).some((k) => k !== 'advanced' && (isBag(v[k]) || k === 'facingMode' || typeof v[k] === 'number'))) continue;
    const value = track(v);
    if (value !== v) out = { ...out, [kind]: value };
  }
  return out;
}
