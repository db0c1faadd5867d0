#!/usr/bin/env node
// Builds the test-only bundle of the SDP rewrites (test/support/sdp-browser.ts: src/sdp's pure
// functions and the unit tests' line diff) as an ES2017 IIFE that sets `window.rtcshimSdp`, for
// test/e2e/sdp-rewrites.e2e.js, which runs them on live SDP in every engine (Chromium 73
// included). Written to .e2e-build/ (git-ignored), served by karma.conf.js; dist/ is not touched.
// scripts/karma.mjs runs it before every karma run. Rollup plus TypeScript's single-file
// transpiler: both are the product build's own tools, and no type check is needed here (`npm
// test` runs one over test/support).
//
//   node scripts/sdp-bundle.mjs     # writes .e2e-build/rtcshim-sdp.js
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SDP_BUNDLE = path.join(root, '.e2e-build', 'rtcshim-sdp.js');

const transpile = {
  name: 'transpile-ts',
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.ESNext, sourceMap: true, isolatedModules: true },
    });
    return { code: out.outputText, map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null };
  },
};

/** Writes the bundle; resolves with its path. */
export async function buildSdpBundle() {
  const bundle = await rollup({
    input: path.join(root, 'test', 'support', 'sdp-browser.ts'),
    plugins: [resolve({ extensions: ['.ts', '.js'] }), transpile],
    onwarn(warning) {
      throw new Error(`sdp-bundle: ${warning.message}`);
    },
  });
  try {
    await bundle.write({ file: SDP_BUNDLE, format: 'iife', name: 'rtcshimSdp', banner: '/* test-only: scripts/sdp-bundle.mjs */' });
  } finally {
    await bundle.close();
  }
  return SDP_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await buildSdpBundle();
  console.log(`sdp-bundle: ${path.relative(root, file)}`);
}
