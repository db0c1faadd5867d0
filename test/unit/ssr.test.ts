/**
 * SSR / Node (issue 10): each published entry, imported by name as an installed package is (a
 * temporary project whose node_modules/rtcshim links to this repo, so package.json `exports`
 * picks the file), in a fresh Node process: it must throw nothing, print nothing and add no
 * global. A fresh process per entry, so that no other test's imports or globals hide a change.
 * Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');

// Runs in the child: snapshot globalThis's own keys (and the symbols), load the entry, compare.
const probe = (load: string): string => `
const keys = () => [...Reflect.ownKeys(globalThis)].map(String).sort();
const before = keys();
${load}
  .then((m) => {
    const added = keys().filter((k) => !before.includes(k));
    const a = m && (m.default || m);
    process.stdout.write(JSON.stringify({ added, exports: Object.keys(m).sort(), browser: a.browserDetails ? a.browserDetails.browser : null }));
  });`;

const entries: Record<string, { file: string; load: string }> = {
  "import 'rtcshim'": { file: 'probe.mjs', load: "import('rtcshim')" },
  "require('rtcshim')": { file: 'probe.cjs', load: "Promise.resolve().then(() => require('rtcshim'))" },
  "import 'rtcshim/factory'": { file: 'probe.mjs', load: "import('rtcshim/factory')" },
  "require('rtcshim/factory')": { file: 'probe.cjs', load: "Promise.resolve().then(() => require('rtcshim/factory'))" },
};

describe('SSR / Node: importing an entry does nothing', () => {
  let project = '';

  before(() => {
    assert.ok(fs.existsSync(path.join(root, 'dist', 'rtcshim.mjs')), 'dist is missing: run npm run build');
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'rtcshim-ssr-'));
    fs.mkdirSync(path.join(project, 'node_modules'));
    fs.symlinkSync(root, path.join(project, 'node_modules', 'rtcshim'), 'junction');
  });

  after(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  for (const [name, { file, load }] of Object.entries(entries)) {
    it(name + ': no throw, no output, no global added', () => {
      fs.writeFileSync(path.join(project, file), probe(load));
      const ran = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
      assert.equal(ran.status, 0, ran.stderr);
      assert.equal(ran.stderr, '', 'nothing on stderr');
      const out = JSON.parse(ran.stdout) as { added: string[]; exports: string[]; browser: string | null };
      assert.deepEqual(out.added, [], 'globals added');
      if (name.includes('factory')) {
        assert.ok(out.exports.includes('createAdapter'), 'the factory entry exports createAdapter: ' + out.exports.join());
        assert.equal(out.browser, null);
      } else {
        assert.equal(out.browser, 'Not a browser.');
      }
    });
  }

  it('the probe sees what it is meant to see (a global added by the entry would show)', () => {
    fs.writeFileSync(path.join(project, 'probe-self.cjs'), probe("Promise.resolve().then(() => { globalThis.adapter = 1; console.log('x'); return {}; })"));
    const ran = spawnSync(process.execPath, ['probe-self.cjs'], { cwd: project, encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /^x\n/);
    assert.deepEqual((JSON.parse(ran.stdout.slice(2)) as { added: string[] }).added, ['adapter']);
  });
});
