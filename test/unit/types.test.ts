/**
 * The published typings, as apps see them: an ESM and a CommonJS consumer import the package by
 * name (TypeScript's node16 resolution through package.json `exports`) and type-check. Needs
 * `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');

describe('typings', () => {
  it('type-check for ESM and CommonJS consumers, with no .default trap', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'test', 'types', 'tsconfig.json')], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
