// Bytes: min and min+gzip of each bundle. adapter.js is minified the way dist/adapter.min.js is.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { minify } from 'terser';
import { ROOT } from './paths.mjs';

// adapter.js is minified with the very terser plugin instance (hence the same terser and the same
// options) that rollup.config.mjs attaches to the dist/adapter.min.js output, called the way rollup
// calls it for that output (same format, no source map). Only if that cannot be found (config
// missing or reshaped) does the bench fall back to plain terser with compress + mangle, and says so.
export const OURS_MIN_OUTPUT = 'dist/adapter.min.js';
const TERSER_FALLBACK = { compress: true, mangle: true };

export const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** rollup.config.mjs's path, its configs, and the config + output that write dist/adapter.min.js. */
export async function findMinOutput() {
  const cfgPath = ['rollup.config.mjs', 'rollup.config.js'].map((f) => path.join(ROOT, f)).find((f) => fs.existsSync(f));
  if (!cfgPath) return { why: 'no rollup.config.mjs' };
  let cfg;
  try {
    cfg = (await import(pathToFileURL(cfgPath).href)).default;
    if (typeof cfg === 'function') cfg = await cfg({});
  } catch (e) {
    return { cfgPath, why: `cannot load ${path.basename(cfgPath)}: ${e.message}` };
  }
  for (const config of [cfg].flat()) {
    for (const output of [config.output].flat().filter(Boolean)) {
      if (path.resolve(ROOT, output.file || '') === path.join(ROOT, OURS_MIN_OUTPUT)) return { cfgPath, config, output };
    }
  }
  return { cfgPath, why: `no ${OURS_MIN_OUTPUT} output in ${path.basename(cfgPath)}` };
}

async function buildMinifier() {
  const { cfgPath, config, output, why: notFound } = await findMinOutput();
  let why = notFound;
  if (output) {
    const plugin = [...[output.plugins].flat(), ...[config.plugins].flat()].find((p) => p && p.name === 'terser');
    if (plugin) {
      const src = fs.readFileSync(cfgPath, 'utf8').match(/terser\(([^)]*)\)/);
      return {
        how: `the terser plugin of ${path.basename(cfgPath)} (${OURS_MIN_OUTPUT} output${src ? `: terser(${src[1].trim()})` : ''})`,
        minify: async (code) => {
          const r = await plugin.renderChunk(code, { fileName: 'adapter.min.js' }, { ...output, format: output.format || 'umd', sourcemap: false });
          return typeof r === 'string' ? r : r.code;
        },
      };
    }
    why = `no terser plugin on the ${OURS_MIN_OUTPUT} output`;
  }
  return {
    how: `FALLBACK plain terser ${JSON.stringify(TERSER_FALLBACK)} (${why})`,
    minify: async (code) => (await minify(code, TERSER_FALLBACK)).code,
  };
}

export async function measureSizes(adapterSrc, oursMin) {
  const t = Date.now();
  const minifier = await buildMinifier();
  const adapterMin = await minifier.minify(adapterSrc);
  return {
    minifyMs: Date.now() - t,
    minifiedWith: minifier.how,
    adapterMin,
    size: {
      native: { raw: 0, min: 0, minGzip: 0 },
      adapterjs: { raw: Buffer.byteLength(adapterSrc), min: Buffer.byteLength(adapterMin), minGzip: gz(adapterMin) },
      rtcshim: { raw: null, min: oursMin.length, minGzip: gz(oursMin) },
    },
  };
}
