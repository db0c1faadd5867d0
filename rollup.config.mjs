// Builds every public file from src/. See docs/design.md ("Public surface").
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const banner = `/*! rtcshim ${process.env.npm_package_version ?? ''} | BSD-3-Clause */`;
// V8's explicit compile hint: every function here runs at load, so compile them eagerly while the
// script streams in, off the main thread (https://v8.dev/blog/explicit-compile-hints).
const scriptBanner = `//# allFunctionsCalledOnLoad\n${banner}`;

const plugins = () => [
  resolve({ browser: true }),
  commonjs(),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, noEmitOnError: true }),
];

export default [
  // <script> builds: dependencies bundled, patch the page on load.
  {
    input: 'src/index.ts',
    plugins: plugins(),
    output: [
      { file: 'dist/adapter.js', format: 'umd', name: 'adapter', exports: 'default', banner: scriptBanner, sourcemap: false },
      {
        file: 'dist/adapter.min.js',
        format: 'umd',
        name: 'adapter',
        exports: 'default',
        banner: scriptBanner,
        sourcemap: true,
        plugins: [terser({ ecma: 2017, compress: { passes: 2 }, format: { comments: /^!|^# allFunctionsCalledOnLoad/ } })],
      },
    ],
  },
  {
    input: 'src/no-global.ts',
    plugins: plugins(),
    output: { file: 'dist/adapter_no_global.js', format: 'iife', banner: scriptBanner },
  },
  // Package entries, dependencies external. `rtcshim` and `rtcshim/factory` are built together so
  // that they share one chunk (dist/rtcshim-core.*): an app importing both gets one copy of the
  // code and one logging setting. `preserveEntrySignatures: 'strict'` keeps each entry's exports
  // exactly its source's, so the shared code goes to the chunk rather than being exported from
  // factory.*, and only the `rtcshim` entry (listed in `sideEffects`) runs anything on import.
  {
    input: { rtcshim: 'src/index.ts', factory: 'src/factory.ts' },
    external: ['sdp-transform'],
    preserveEntrySignatures: 'strict',
    plugins: plugins(),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'rtcshim-core.mjs', banner, sourcemap: true },
  },
  {
    input: { rtcshim: 'src/index.ts', factory: 'src/factory.ts' },
    external: ['sdp-transform'],
    preserveEntrySignatures: 'strict',
    plugins: plugins(),
    // 'auto': `module.exports = adapter` for rtcshim.cjs (its only export is the default), named
    // exports for factory.cjs.
    output: { dir: 'dist', format: 'cjs', exports: 'auto', entryFileNames: '[name].cjs', chunkFileNames: 'rtcshim-core.cjs', banner, sourcemap: true },
  },
];
