// From one browser's samples to per-column medians, and each column's cost over the native page.

export function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

// A sample's heap reading: the growth over the load where the engine reads the heap before t0
// (h0), else the level after the load (h1); either way the native column's median is subtracted.
const heapReading = (s) => (s.h1 == null ? null : s.h0 == null ? s.h1 : s.h1 - s.h0);

export function summarize(engine, samples, cols, version) {
  const out = { browser: engine.name, version, columns: {} };
  const measured = samples.filter((s) => !s.warmup);
  out.userAgent = measured[0]?.ua || '';
  for (const col of cols) {
    const xs = measured.filter((s) => s.col === col);
    const ms = xs.map((s) => s.ms);
    const msScript = xs.every((s) => s.msScript != null) && xs.length ? xs.map((s) => s.msScript) : null;
    const heap = xs.length && xs.every((s) => heapReading(s) != null) ? xs.map(heapReading) : null;
    out.columns[col] = {
      n: xs.length,
      msMedian: quantile(ms, 0.5),
      msP90: quantile(ms, 0.9),
      msMin: quantile(ms, 0),
      msMax: quantile(ms, 1),
      msScriptMedian: msScript ? quantile(msScript, 0.5) : null,
      heapMedian: heap ? quantile(heap, 0.5) : null,
      heapP90: heap ? quantile(heap, 0.9) : null,
      notPreloaded: xs.filter((s) => s.preloaded === false).length,
      unknownPreload: xs.filter((s) => s.preloaded == null).length,
      errors: [...new Set(xs.flatMap((s) => s.errors || []))],
      adapter: xs[0]?.adapter ?? null,
    };
  }
  // "added" = the column's median minus the native (empty script) column's median
  const nat = out.columns.native;
  for (const col of cols) {
    const c = out.columns[col];
    c.msAdded = c.msMedian - nat.msMedian;
    c.msScriptAdded = c.msScriptMedian != null && nat.msScriptMedian != null ? c.msScriptMedian - nat.msScriptMedian : null;
    c.heapAdded = c.heapMedian != null && nat.heapMedian != null ? c.heapMedian - nat.heapMedian : null;
  }
  out.crossOriginIsolated = measured.every((s) => s.isolated);
  out.timerStepMs = quantile(
    measured.map((s) => s.timerStepMs).filter((x) => Number.isFinite(x)),
    0.5,
  );
  const whyNot = measured.find((s) => heapReading(s) == null);
  out.heapMeasure = whyNot ? `none (${whyNot.heapWhyNot || 'no reading'})` : engine.heap.how;
  out.heapRow = engine.heap.row;
  return out;
}
