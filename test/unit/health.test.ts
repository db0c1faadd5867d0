/**
 * The library's own health (issue 10): no code built from strings in anything we publish, so a
 * page with a strict CSP (`script-src 'self'`, no 'unsafe-eval') can load every bundle. Scans
 * every file of dist/ (bundles, chunks, source maps, typings). Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');

// eval(...), new Function(...), Function(...) / window.Function(...) called as a constructor,
// and `.constructor('code')` (the usual way bundles reach Function without naming it).
const STRING_CODE: readonly RegExp[] = [/(^|[^\w$])eval\s*\(/, /\bnew\s+Function\b/, /(^|[^\w$])Function\s*\(/, /\.constructor\s*\(\s*['"`]/];

function offences(text: string): string[] {
  const found: string[] = [];
  for (const re of STRING_CODE) {
    const m = re.exec(text);
    if (m) found.push(JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)));
  }
  return found;
}

describe('dist/ health', () => {
  it('the scan finds each form it looks for', () => {
    for (const bad of ['x=eval("1")', 'new Function("a", "return a")', 'var f=Function("return this")()', 'g=window.Function("x")', 'a.constructor("return this")']) {
      assert.equal(offences(bad).length > 0, true, bad);
    }
    for (const fine of ['isFunction(x)', 'typeof x === "function"', 'x.evaluate()', 'my_eval(1)', 'this.constructor(args)']) {
      assert.deepEqual(offences(fine), [], fine);
    }
  });

  it('no eval, new Function or Function constructor call in any dist file', () => {
    assert.ok(fs.existsSync(path.join(dist, 'adapter.min.js')), 'dist is missing: run npm run build');
    const files = fs
      .readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(dist, f)).isFile());
    assert.ok(files.length >= 10, 'scanned ' + files.length + ' files');
    const bad = files.flatMap((f) => offences(fs.readFileSync(path.join(dist, f), 'utf8')).map((o) => f + ': ' + o));
    assert.deepEqual(bad, []);
  });
});
