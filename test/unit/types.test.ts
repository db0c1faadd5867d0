/**
 * The published typings and entries, as apps see them under each TypeScript resolution mode
 * (test/types/tsconfig.<mode>.json: node10 with and without esModuleInterop, node16, nodenext,
 * bundler). Each consumer imports the package by name from a temporary project whose
 * node_modules/rtcshim links to this repo; it must type-check, and its output must run in Node
 * and find the adapter object under every import form. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const sources = path.join(root, 'test', 'types');
const tsc = require.resolve('typescript/bin/tsc');

const modes = fs
  .readdirSync(sources)
  .map((f) => /^tsconfig\.(.+)\.json$/.exec(f)?.[1])
  .filter((m): m is string => m !== undefined && m !== 'base')
  .sort();

/** What tsc writes for a source file (`.mts` → `.mjs`, `.cts` → `.cjs`, `.ts` → `.js`). */
function emitted(file: string): string {
  return file.replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs').replace(/\.ts$/, '.js');
}

function run(args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('typings and entries per TypeScript resolution mode', () => {
  let project = '';

  before(() => {
    assert.ok(fs.existsSync(path.join(root, 'dist', 'types', 'index.d.cts')), 'dist/types is missing: run npm run build');
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'rtcshim-types-'));
    fs.cpSync(sources, project, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
    fs.mkdirSync(path.join(project, 'node_modules'));
    // Resolved by name, as an installed package is ('junction' keeps it working on Windows).
    fs.symlinkSync(root, path.join(project, 'node_modules', 'rtcshim'), 'junction');
  });

  after(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  it('has the modes the package promises', () => {
    assert.deepEqual(modes, ['bundler', 'node10', 'node10-interop', 'node16', 'nodenext']);
  });

  for (const mode of modes) {
    it(mode + ': the consumer type-checks, and each file runs and finds the adapter', () => {
      const config = 'tsconfig.' + mode + '.json';
      const compiled = run([tsc, '-p', config], project);
      assert.equal(compiled.status, 0, mode + ':\n' + compiled.output);
      const { files, compilerOptions } = JSON.parse(fs.readFileSync(path.join(project, config), 'utf8')) as {
        files: string[];
        compilerOptions: { outDir: string };
      };
      for (const file of files) {
        const ran = run([path.join(compilerOptions.outDir, emitted(file))], project);
        assert.equal(ran.status, 0, mode + ' ' + file + ':\n' + ran.output);
        assert.match(ran.output, new RegExp('^ok ' + file.replace('.', '\\.') + '$', 'm'), mode + ' ' + file);
      }
    });
  }

  // test/types/legacy/app.mts: a strict app using the legacy members rtcshim installs
  // (pc.addStream, getLocalStreams, createDTMFSender, navigator.getUserMedia, ...) without casts.
  it('legacy members: the app type-checks against the published types alone', () => {
    const compiled = run([tsc, '-p', path.join('legacy', 'tsconfig.json')], project);
    assert.equal(compiled.status, 0, compiled.output);
  });
});
