// scripts/compat-table.mjs: the README's compatibility table from the columns the engines log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs script without typings
import { columnsFrom, renderTable, replaceTable } from '../../scripts/compat-table.mjs';

describe('compat-table', () => {
  const log = [
    "[chromium] LOG: 'RTCSHIM_COMPAT {\"engine\":\"Chromium 156\",\"cells\":{\"`a`\":\"✓\",\"b(x)\":\"✗ → ✓\"}}'",
    "[firefox] LOG: 'RTCSHIM_COMPAT {\"engine\":\"Firefox 153\",\"cells\":{\"`a`\":\"✗\",\"b(x)\":\"✓\"}}'",
    'unrelated line',
  ].join('\n');

  it('reads each engine\'s column from karma\'s output', () => {
    assert.deepEqual(columnsFrom(log), {
      'Chromium 156': { '`a`': '✓', 'b(x)': '✗ → ✓' },
      'Firefox 153': { '`a`': '✗', 'b(x)': '✓' },
    });
  });

  it('renders one row per label and one column per engine, ? where an engine gave none', () => {
    const table = renderTable(columnsFrom(log)) as string;
    const lines = table.split('\n');
    assert.equal(lines[0], '| member or calling form | Chromium 156 | Firefox 153 | Chromium 73 | Chromium 92 |');
    assert.equal(lines[2], '| `a` | ✓ | ✗ | ? | ? |');
    assert.equal(lines[3], '| b(x) | ✗ → ✓ | ✓ | ? | ? |');
  });

  it('replaces only what stands between the markers, and refuses a README without them', () => {
    const readme = 'intro\n<!-- compat:start -->\nold\n<!-- compat:end -->\nrest\n';
    assert.equal(replaceTable(readme, '| new |'), 'intro\n<!-- compat:start -->\n| new |\n<!-- compat:end -->\nrest\n');
    assert.throws(() => replaceTable('no markers', '| x |'), /markers/);
  });
});
