// scripts/compat-table.mjs: the README's compatibility table from the columns the engines log.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs script without typings
import { columnsFrom, renderTable, replaceTable } from '../../scripts/compat-table.mjs';

describe('compat-table', () => {
  const log = [
    "[chromium] LOG: 'RTCSHIM_COMPAT {\"engine\":\"Chromium 156\",\"cells\":{\"`a`\":\"✓\",\"b(x)\":\"✗ → ✓\"}}'",
    "[firefox] LOG: 'RTCSHIM_COMPAT {\"engine\":\"Firefox 153\",\"cells\":{\"`a`\":\"✗\",\"b(x)\":\"✓\"}}'",
    "[webkitgtk] LOG: 'RTCSHIM_COMPAT {\"engine\":\"WebKitGTK\",\"cells\":{\"`a`\":\"—\",\"b(x)\":\"✗ → ✓\"}}'",
    "[webkitgtk] LOG: 'RTCSHIM_COMPAT_OUTCOMES {\"native\":{}}'",
    'unrelated line',
    'e2e webkitgtk 2.50.6          1 ok    0 failing    0 skipped',
  ].join('\n');

  it('reads each engine\'s column from karma\'s output', () => {
    assert.deepEqual(columnsFrom(log), {
      'Chromium 156': { '`a`': '✓', 'b(x)': '✗ → ✓' },
      'Firefox 153': { '`a`': '✗', 'b(x)': '✓' },
      // named after the version in the reporter's summary line: the page cannot tell it
      'WebKitGTK 2.50': { '`a`': '—', 'b(x)': '✗ → ✓' },
    });
  });

  it('keeps WebKitGTK unnamed when no summary line gives its version (so no column matches)', () => {
    assert.deepEqual(Object.keys(columnsFrom(log.replace(/^e2e webkitgtk.*$/m, ''))), ['Chromium 156', 'Firefox 153', 'WebKitGTK']);
  });

  it('renders one row per label and one column per engine, ? where an engine gave none', () => {
    const table = renderTable(columnsFrom(log)) as string;
    const lines = table.split('\n');
    assert.equal(lines[0], '| member or calling form | Chromium 156 | Firefox 153 | Chromium 73 | Chromium 92 | WebKitGTK 2.50 |');
    assert.equal(lines[2], '| `a` | ✓ | ✗ | ? | ? | — |');
    assert.equal(lines[3], '| b(x) | ✗ → ✓ | ✓ | ? | ? | ✗ → ✓ |');
  });

  it('replaces only what stands between the markers, and refuses a README without them', () => {
    const readme = 'intro\n<!-- compat:start -->\nold\n<!-- compat:end -->\nrest\n';
    assert.equal(replaceTable(readme, '| new |'), 'intro\n<!-- compat:start -->\n| new |\n<!-- compat:end -->\nrest\n');
    assert.throws(() => replaceTable('no markers', '| x |'), /markers/);
  });
});
