// Printed, not judged: the bytes each API area (a folder under src/shims/) adds to the min+gzip
// bundle. Method: leave one out. The dist/adapter.min.js build of rollup.config.mjs runs once as
// is and once per area with every module of that area replaced by an empty stub; the area's
// bytes are the difference. So an area is charged for its shims and for whatever code only they
// use (tree-shaking drops it with them), and not for its registry lines (a few bytes each).
// gzip is not additive: the areas' gzip bytes need not add up to the whole, and "the rest" (the
// factory, detection, logging, code shared by several areas) is the whole minus their sum.
import fs from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { ROOT } from './paths.mjs';
import { findMinOutput, gz } from './size.mjs';

const SHIMS_DIR = path.join(ROOT, 'src', 'shims');
const STUB = '\0bench-area-stub:';

// Every module under `dir` resolves to an empty module; a named import from it (`shim`) reads a
// property of its default export and is undefined. The bundle is measured, never run.
function withoutArea(dir) {
  return {
    name: 'bench-without-area',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(STUB)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && !resolved.external && resolved.id.startsWith(dir + path.sep)) return STUB + resolved.id;
      return null;
    },
    load(id) {
      return id.startsWith(STUB) ? { code: 'export default {};', syntheticNamedExports: true } : null;
    },
  };
}

// No rollup cache between the builds: it would keep the resolutions of the previous one. So each
// build type-checks again, about 2-5 s each on this machine.
async function buildMin(config, output, extraPlugins) {
  const bundle = await rollup({ ...config, plugins: [...extraPlugins, ...[config.plugins].flat()], onwarn: () => {} });
  try {
    const { output: chunks } = await bundle.generate({ ...output, sourcemap: false });
    return Buffer.from(chunks[0].code);
  } finally {
    await bundle.close();
  }
}

/** { whole: { min, minGzip }, areas: [{ area, min, minGzip }], rest: { min, minGzip } } or { error } */
export async function areaBytes() {
  const { config, output, why } = await findMinOutput();
  if (!output) return { error: why };
  if (!fs.existsSync(SHIMS_DIR)) return { error: 'no src/shims/' };
  const areas = fs.readdirSync(SHIMS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  try {
    const whole = await buildMin(config, output, []);
    const out = { whole: { min: whole.length, minGzip: gz(whole) }, areas: [] };
    for (const area of areas) {
      const without = await buildMin(config, output, [withoutArea(path.join(SHIMS_DIR, area))]);
      out.areas.push({ area, min: whole.length - without.length, minGzip: out.whole.minGzip - gz(without) });
    }
    const sum = (k) => out.areas.reduce((n, a) => n + a[k], 0);
    out.rest = { min: out.whole.min - sum('min'), minGzip: out.whole.minGzip - sum('minGzip') };
    return out;
  } catch (e) {
    return { error: `build failed: ${e.message}` };
  }
}
