// The bench's Chromium: which binary, with which flags (both from scripts/browsers.cjs), and how
// a page reads its heap.
import { chromiumBenchFlags, chromiumBinary } from '../browsers.cjs';
import { versionOf } from './launch.mjs';

const bin = chromiumBinary();

export const chromium = {
  name: 'chromium',
  label: 'Chromium',
  bin,
  launchArgs: (url, profile) => [...chromiumBenchFlags(), `--user-data-dir=${profile}`, url],
  version: () => versionOf(bin),
  // performance.memory.usedJSHeapSize (--enable-precise-memory-info) read right before t0 and
  // again after t1, each after a full gc() (--js-flags=--expose-gc): the heap the load added.
  heap: {
    how: 'performance.memory.usedJSHeapSize, after gc(), growth over the load',
    row: 'growth over the load, after gc()',
    // A full GC while the script is being fetched: its follow-up work (sweeping) is over by t0.
    head: `if (typeof gc === 'function') gc();`,
    // performance.memory is a snapshot object: read it afresh each time
    before: `(typeof gc === 'function' && performance.memory ? performance.memory.usedJSHeapSize : null)`,
    after: `function (done) {
  if (typeof gc !== 'function' || !performance.memory) return done(null, 'no gc() or no performance.memory');
  gc();
  done(performance.memory.usedJSHeapSize);
}`,
  },
};
