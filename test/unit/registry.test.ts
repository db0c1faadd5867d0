/**
 * Enforces docs/design.md's structure: one shim per file under src/shims/<area>/, each registered
 * once with its file's name, a reason with a link, and a unit test; only src/patch/ writes to
 * prototypes, globals or navigators.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { registry } from '../../src/registry';

const root = path.resolve(__dirname, '..', '..');
const rel = (...parts: string[]): string => path.join(root, ...parts);

function filesUnder(dir: string, ext: string): string[] {
  return fs
    .readdirSync(rel(dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

describe('registry', () => {
  const shimFiles = filesUnder('src/shims', '.ts');

  it('registers every file under src/shims/ exactly once, named after its file and area', () => {
    const fromFiles = shimFiles.map((f) => path.basename(f, '.ts')).sort();
    const registered = registry.map((s) => s.name);
    assert.deepEqual([...registered].sort(), fromFiles);
    assert.equal(new Set(registered).size, registered.length);
    for (const file of shimFiles) {
      const shim = registry.find((s) => s.name === path.basename(file, '.ts'));
      assert.equal(shim?.area, path.basename(path.dirname(file)), file);
    }
  });

  it('every shim says why it exists, with a bug or spec link', () => {
    for (const shim of registry) assert.match(shim.reason, /https?:\/\/|crbug\.com\//, shim.name);
  });

  it('every shim has a unit test mirroring its source path', () => {
    for (const shim of registry) {
      const test = rel('test', 'unit', 'shims', shim.area, shim.name + '.test.ts');
      assert.ok(fs.existsSync(test), 'missing ' + path.relative(root, test));
    }
  });

  it('only src/patch/ writes to prototypes, globals or navigators', () => {
    const writes = /\.prototype(\.[A-Za-z_$][\w$]*|\[[^\]]+\])\s*=[^=]|Object\.(defineProperty|defineProperties|assign|setPrototypeOf)\(|Reflect\.(set|defineProperty)\(|(window|navigator|win|nav)\.[A-Za-z_$][\w$]*\s*=[^=]/;
    const offenders: string[] = [];
    for (const file of filesUnder('src', '.ts')) {
      if (file.startsWith(path.join('src', 'patch') + path.sep)) continue;
      fs.readFileSync(rel(file), 'utf8').split('\n').forEach((line, i) => {
        if (writes.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//')) offenders.push(file + ':' + String(i + 1) + ': ' + line.trim());
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('no module but src/index.ts has import-time side effects on a window', () => {
    for (const file of filesUnder('src', '.ts')) {
      if (file === path.join('src', 'index.ts')) continue;
      const text = fs.readFileSync(rel(file), 'utf8');
      assert.doesNotMatch(text, /^\s*createAdapter\(/m, file);
      assert.doesNotMatch(text, /typeof window/, file);
    }
  });
});
