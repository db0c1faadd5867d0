// The printed report: what was measured how, the table, notes per browser, and the budgets.
import { columnTitle } from './columns.mjs';
import { fmtInt, fmtKB, fmtMs } from './format.mjs';

function table(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const w = [];
  for (let i = 0; i < n; i++) w[i] = Math.max(...rows.map((r) => (r[i] == null ? 0 : String(r[i]).length)));
  return rows
    .map((r) =>
      r.length === 1
        ? r[0]
        : r.map((c, i) => (i === 0 ? String(c).padEnd(w[0]) : String(c ?? '').padStart(w[i]))).join('   ').trimEnd(),
    )
    .join('\n');
}

export function report(res, labelOf) {
  const { size, browsers, budgets: bud, meta } = res;
  const cols = meta.columns;
  const lines = [];
  lines.push(
    `rtcshim bench  ${meta.date}  node ${meta.node}  ${meta.cpus} CPUs  load average ${meta.loadavgStart.toFixed(1)} -> ${meta.loadavgEnd.toFixed(1)}`,
  );
  lines.push(`  rtcshim        = ${meta.ours}  sha256 ${meta.oursSha256.slice(0, 12)}${meta.oursNote ? `  ${meta.oursNote}` : ''}`);
  lines.push(`  webrtc-adapter = ${meta.adapterVersion}, out/adapter.js minified by ${meta.minifiedWith}, terser ${meta.terserVersion}; the browsers load this minified file`);
  lines.push(`  load+patch     = performance.now() around a preloaded classic <script src>, ${meta.warm ? 'WARM (one cacheable source per column: repeat visits, code caches may serve the compile)' : 'cold (unique source per load)'}, ${meta.iterations} loads per column per browser after ${meta.warmup} warm-up rounds, columns interleaved`);
  lines.push('');
  const head = ['', ...cols.map((c) => columnTitle(c, meta.adapterVersion))];
  const rows = [head];
  const dash = (c, v) => (c === 'native' ? '-' : v);
  rows.push(['size']);
  rows.push(['  min+gzip -9 (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].minGzip) : ''))]);
  rows.push(['  min (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].min) : ''))]);
  for (const b of browsers) {
    rows.push([`${labelOf(b.browser)} ${b.version ?? ''}`.trim()]);
    rows.push(['  load+patch median', ...cols.map((c) => fmtMs(b.columns[c].msMedian))]);
    rows.push(['  load+patch p90', ...cols.map((c) => fmtMs(b.columns[c].msP90))]);
    rows.push(['  load+patch added (median - native)', ...cols.map((c) => dash(c, fmtMs(b.columns[c].msAdded)))]);
    rows.push(['  script alone added (to its load event)', ...cols.map((c) => dash(c, fmtMs(b.columns[c].msScriptAdded)))]);
    if (b.columns.native.heapMedian != null) {
      rows.push([`  heap median (${b.heapRow})`, ...cols.map((c) => fmtKB(b.columns[c].heapMedian))]);
      rows.push(['  heap added (median - native)', ...cols.map((c) => dash(c, fmtKB(b.columns[c].heapAdded)))]);
    } else {
      rows.push(['  heap added', ...cols.map(() => 'n/a')]);
    }
  }
  lines.push(table(rows));
  lines.push('');
  for (const b of browsers) {
    const notes = [];
    notes.push(`crossOriginIsolated ${b.crossOriginIsolated}`);
    notes.push(`performance.now() step ${b.timerStepMs != null ? (b.timerStepMs * 1000).toFixed(0) + ' us' : 'n/a'}`);
    const np = cols.reduce((n, c) => n + b.columns[c].notPreloaded, 0);
    notes.push(np ? `WARNING: ${np} samples had the bundle arrive after t0` : 'bundle in renderer before t0 in every sample');
    notes.push(`${(b.wallMs / 1000).toFixed(1)} s`);
    lines.push(`${labelOf(b.browser)}: ${notes.join('; ')}`);
    lines.push(`  heap: ${b.heapMeasure}`);
    for (const c of cols) {
      const col = b.columns[c];
      if (col.errors.length) lines.push(`  ${c}: page errors: ${col.errors.join(' | ')}`);
      if ((c === 'adapterjs' || c === 'rtcshim') && !col.adapter) lines.push(`  ${c}: WARNING: window.adapter missing after load`);
    }
  }
  if (meta.loadavgStart > meta.cpus || meta.loadavgEnd > meta.cpus) {
    lines.push(`WARNING: the machine was busy (load average above ${meta.cpus}); timings are noisy, rerun on an idle machine`);
  }
  lines.push('');
  lines.push('budgets');
  const nw = Math.max(...bud.map((x) => x.name.length));
  for (const x of bud) {
    lines.push(
      `  ${x.status}  ${x.name.padEnd(nw)}  ` +
        (x.status === 'SKIP' ? `(${x.note})` : `${x.text}  (ratio ${x.ratio == null ? 'n/a' : x.ratio.toFixed(2)}${x.note ? `; ${x.note}` : ''})`),
    );
  }
  // With --diagnose: what the smallest plain patch for each engine costs, as the same ratio. A
  // budget below the floor's ratio cannot be met by any shim that patches at load (docs/bench.md).
  const floors = cols.filter((c) => c.startsWith('floor-'));
  if (floors.length) {
    lines.push('');
    lines.push('floors (the smallest plain patch, in the ratio the budgets use)');
    for (const b of browsers) {
      const theirs = b.columns.adapterjs;
      for (const c of floors) {
        const f = b.columns[c];
        const heap = f.heapAdded != null && theirs.heapAdded ? `, heap ${fmtKB(f.heapAdded)} = ${(f.heapAdded / theirs.heapAdded).toFixed(2)} x` : '';
        lines.push(`  ${labelOf(b.browser).padEnd(8)} ${c.padEnd(18)} load+patch ${fmtMs(f.msAdded)} = ${(f.msAdded / theirs.msAdded).toFixed(2)} x adapter.js${heap}`);
      }
    }
  }
  return lines.join('\n');
}
