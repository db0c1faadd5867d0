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
  // Bundler entries: dependencies stay external.
  {
    input: 'src/index.ts',
    external: ['sdp-transform'],
    plugins: plugins(),
    output: [
      { file: 'dist/rtcshim.mjs', format: 'es', banner, sourcemap: true },
      { file: 'dist/rtcshim.cjs', format: 'cjs', exports: 'default', banner, sourcemap: true },
    ],
  },
  {
    input: 'src/factory.ts',
    external: ['sdp-transform'],
    plugins: plugins(),
    output: [
      { file: 'dist/factory.mjs', format: 'es', banner, sourcemap: true },
      { file: 'dist/factory.cjs', format: 'cjs', exports: 'named', banner, sourcemap: true },
    ],
  },
];
