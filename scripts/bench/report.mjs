// The printed report: what was measured how, the table, notes per browser, the per-area bytes,
// the floor ratios and the budgets.
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

const fmtX = (x) => (x == null ? 'n/a' : `${x.toFixed(2)} x`);

function header(meta) {
  return [
    `rtcshim bench  ${meta.date}  node ${meta.node}  ${meta.cpus} CPUs  load average ${meta.loadavgStart.toFixed(1)} -> ${meta.loadavgEnd.toFixed(1)}`,
    `  rtcshim        = ${meta.ours}  sha256 ${meta.oursSha256.slice(0, 12)}${meta.oursNote ? `  ${meta.oursNote}` : ''}`,
    `  webrtc-adapter = ${meta.adapterVersion}, out/adapter.js minified by ${meta.minifiedWith}, terser ${meta.terserVersion}; the browsers load this minified file`,
    `  load+patch     = performance.now() around a preloaded classic <script src>, ${meta.warm ? 'WARM (one cacheable source per column: repeat visits, code caches may serve the compile)' : 'cold (unique source per load)'}, ${meta.iterations} loads per column per browser after ${meta.warmup} warm-up rounds, columns interleaved`,
  ];
}

function mainTable({ size, browsers, meta }, labelOf) {
  const cols = meta.columns;
  const rows = [['', ...cols.map((c) => columnTitle(c, meta.adapterVersion))]];
  // a column one browser did not run (no floor script for that engine) stays blank there;
  // "added" is relative to native, so native shows a dash
  const cell = (b, c, text) => (!b.columns[c] ? '' : c === 'native' ? '-' : text);
  rows.push(['size']);
  rows.push(['  min+gzip -9 (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].minGzip) : ''))]);
  rows.push(['  min (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].min) : ''))]);
  for (const b of browsers) {
    const col = (c) => b.columns[c] || {};
    rows.push([`${labelOf(b.browser)} ${b.version ?? ''}`.trim()]);
    rows.push(['  load+patch median', ...cols.map((c) => (b.columns[c] ? fmtMs(col(c).msMedian) : ''))]);
    rows.push(['  load+patch p90', ...cols.map((c) => (b.columns[c] ? fmtMs(col(c).msP90) : ''))]);
    rows.push(['  load+patch added (median - native)', ...cols.map((c) => cell(b, c, fmtMs(col(c).msAdded)))]);
    rows.push(['  script alone added (to its load event)', ...cols.map((c) => cell(b, c, fmtMs(col(c).msScriptAdded)))]);
    if (b.columns.native.heapMedian != null) {
      rows.push([`  heap median (${b.heapRow})`, ...cols.map((c) => (b.columns[c] ? fmtKB(col(c).heapMedian) : ''))]);
      rows.push(['  heap added (median - native)', ...cols.map((c) => cell(b, c, fmtKB(col(c).heapAdded)))]);
    } else {
      rows.push(['  heap added', ...cols.map((c) => (b.columns[c] ? 'n/a' : ''))]);
    }
  }
  return table(rows);
}

function browserNotes({ browsers, meta }, labelOf) {
  const lines = [];
  for (const b of browsers) {
    const cols = Object.keys(b.columns);
    const notes = [];
    notes.push(`crossOriginIsolated ${b.crossOriginIsolated}`);
    notes.push(`performance.now() step ${b.timerStepMs != null ? (b.timerStepMs * 1000).toFixed(0) + ' us' : 'n/a'}`);
    const np = cols.reduce((n, c) => n + b.columns[c].notPreloaded, 0);
    notes.push(np ? `WARNING: ${np} samples had the bundle arrive after t0` : 'bundle in renderer before t0 in every sample');
    notes.push(`${(b.wallMs / 1000).toFixed(1)} s`);
    lines.push(`${labelOf(b.browser)}: ${notes.join('; ')}`);
    lines.push(`  heap: ${b.heapMeasure}`);
    if (!b.floor) lines.push(`  floor script: none in bench/floor/ for ${labelOf(b.browser)}`);
    else {
      lines.push(`  floor script: ${b.floor.rel}${b.floor.exact ? '' : `  WARNING: written for ${labelOf(b.browser)} ${b.floor.writtenFor}, this is ${b.version}`}`);
    }
    for (const c of cols) {
      const col = b.columns[c];
      if (col.errors.length) lines.push(`  ${c}: page errors: ${col.errors.join(' | ')}`);
      if ((c === 'adapterjs' || c === 'rtcshim') && !col.adapter) lines.push(`  ${c}: WARNING: window.adapter missing after load`);
    }
  }
  if (meta.loadavgStart > meta.cpus || meta.loadavgEnd > meta.cpus) {
    lines.push(`WARNING: the machine was busy (load average above ${meta.cpus}); timings are noisy, rerun on an idle machine`);
  }
  return lines;
}

function areaLines(areas) {
  if (!areas) return [];
  const lines = ['', 'bytes per API area (src/shims/<area>/), printed, not judged: the build without the area, subtracted'];
  if (areas.error) return [...lines, `  n/a: ${areas.error}`];
  const rows = [['', 'min', 'min+gzip']];
  for (const a of areas.areas) rows.push([`  ${a.area}`, fmtInt(a.min), fmtInt(a.minGzip)]);
  rows.push(['  the rest (factory, detection, shared code)', fmtInt(areas.rest.min), fmtInt(areas.rest.minGzip)]);
  rows.push(['  whole bundle, built from src/', fmtInt(areas.whole.min), fmtInt(areas.whole.minGzip)]);
  return [...lines, table(rows)];
}

const fmtUs = (ns) => (ns == null ? 'n/a' : `${(ns / 1000).toFixed(ns < 10_000 ? 2 : 1)} us`);
const fmtMs3 = (n) => (n == null ? 'n/a' : `${n.toFixed(3)} ms`);

function srdLines(srd, meta, labelOf) {
  if (!srd) return [];
  const lines = [
    '',
    'setRemoteDescription per call (printed, not judged; scripts/bench/srd.mjs): a remote offer, then an untimed rollback, on one',
    `  RTCPeerConnection per case; ${srd.calls} calls per cell, columns on their own pages. Median ms until the promise settles`,
    '  (in brackets: until the call returns). "added" = rtcshim minus native on the SDP as captured (both numbers).',
  ];
  const cols = srd.columns;
  for (const b of srd.browsers) {
    if (b.error) {
      lines.push(`  ${labelOf(b.browser)}: n/a: ${b.error}`);
      continue;
    }
    const rows = [[`${labelOf(b.browser)} ${b.version ?? ''}`.trim(), ...cols.map((c) => columnTitle(c, meta.adapterVersion)), 'rtcshim added']];
    for (const c of b.cases) {
      const cells = b.cells[c.id];
      const base = b.cells[b.cases.find((x) => x.file === c.file && x.variant === 'as captured').id].native;
      const cell = (x) => {
        if (!x.ok) return `rejected: ${Object.keys(x.errors).join(', ')}`;
        const failed = x.n - x.ok;
        return `${fmtMs3(x.settledMedian)} (${fmtMs3(x.returnedMedian)})${failed ? ` ${failed} rejected` : ''}`;
      };
      const ours = cells.rtcshim;
      const added = ours.ok && base.ok
        ? `${fmtMs3(ours.settledMedian - base.settledMedian)} (${fmtMs3(ours.returnedMedian - base.returnedMedian)})`
        : 'n/a';
      rows.push([`  ${c.file}, ${c.variant}`, ...cols.map((col) => cell(cells[col])), added]);
    }
    lines.push(table(rows));
    for (const n of b.notes) lines.push(`  ${n}`);
  }
  return lines;
}

function rewriteLines(rw) {
  if (!rw) return [];
  const lines = ['', 'SDP rewrites per call in Node (printed, not judged; scripts/bench/sdp-rewrites.mjs): median of batches of calls'];
  if (rw.error) return [...lines, `  n/a: ${rw.error}`];
  lines.push(`  on chromium156-offer.sdp (${fmtInt(rw.sdpBytes)} bytes), without its quirk (returned as it is) and with it (rewritten), ${fmtInt(rw.calls)} calls each`);
  const rows = [['', 'shim', 'without quirk', 'with quirk', 'quirk']];
  for (const r of rw.rows) rows.push([`  ${r.name}`, r.shim, fmtUs(r.withoutNs), fmtUs(r.withNs), r.quirk]);
  return [...lines, table(rows)];
}

function floorLines(floors, labelOf) {
  if (!floors.length) return [];
  const lines = ['', 'floors (printed, not judged): added cost as a multiple of the engine\'s floor script, the physical limit'];
  for (const f of floors) {
    lines.push(
      `  ${`${labelOf(f.browser)} ${parseInt(f.version, 10) || '?'}`.padEnd(13)} load+patch (floor ${fmtMs(f.time.floor)}): rtcshim ${fmtX(f.time.rtcshim)}, adapter.js ${fmtX(f.time.adapterjs)}` +
        `   heap (floor ${fmtKB(f.heap.floor)}): rtcshim ${fmtX(f.heap.rtcshim)}, adapter.js ${fmtX(f.heap.adapterjs)}`,
    );
  }
  return lines;
}

function floorCheckLines(browsers, labelOf) {
  const checked = browsers.filter((b) => b.floorCheck);
  if (!checked.length) return [];
  const lines = ['', 'floor check: each floor script must make exactly the changes rtcshim makes in its engine'];
  for (const b of checked) {
    const c = b.floorCheck;
    const who = `${labelOf(b.browser)} ${parseInt(b.version, 10) || '?'}`;
    if (c.same) {
      lines.push(`  same     ${who}: ${c.changes.length} changes (applied: ${(c.applied.rtcshim || []).join(', ') || 'none'})`);
      continue;
    }
    lines.push(`  DIFFERS  ${who}: update ${b.floor.rel} (docs/bench.md), its floor ratios are not the floor`);
    for (const x of c.onlyRtcshim) lines.push(`             only rtcshim:   ${x}`);
    for (const x of c.onlyFloor) lines.push(`             only the floor: ${x}`);
    lines.push(`             applied: rtcshim ${JSON.stringify(c.applied.rtcshim)}, floor ${JSON.stringify(c.applied.floor)}`);
  }
  return lines;
}

function budgetLines(bud) {
  const lines = ['', 'budgets'];
  const nw = Math.max(...bud.map((x) => x.name.length));
  for (const x of bud) {
    lines.push(
      `  ${x.status}  ${x.name.padEnd(nw)}  ` +
        (x.status === 'SKIP' ? `(${x.note})` : `${x.text}  (ratio ${x.ratio == null ? 'n/a' : x.ratio.toFixed(2)}${x.note ? `; ${x.note}` : ''})`),
    );
  }
  return lines;
}

export function report(res, labelOf) {
  return [
    ...header(res.meta),
    '',
    mainTable(res, labelOf),
    '',
    ...browserNotes(res, labelOf),
    ...areaLines(res.areas),
    ...srdLines(res.srd, res.meta, labelOf),
    ...rewriteLines(res.rewrites),
    ...floorLines(res.floors, labelOf),
    ...floorCheckLines(res.browsers, labelOf),
    ...budgetLines(res.budgets),
  ].join('\n');
}
