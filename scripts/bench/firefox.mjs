// The bench's Firefox: which binary, with which prefs (both from scripts/browsers.cjs), and how
// a page reads its heap.
import { firefoxArgs, firefoxBenchPrefs, firefoxBinary } from '../browsers.cjs';
import { versionOf } from './launch.mjs';

const bin = firefoxBinary();

// With the pref dom.enable_memory_stats, performance.mozMemory.gc.zone.gcBytes is the GC heap of
// the page's zone, in whole 4 KiB arenas. Page script cannot call the GC, so after t1 the page
// provokes a major GC: it allocates 4 MiB ArrayBuffers and drops them until majorGCCount moves.
// Their contents are malloc memory, which counts toward the zone's malloc trigger (about 60 MB)
// but hardly toward gcBytes; it takes 15-27 buffers. Sweeping and releasing arenas go on after
// the GC, so the page then polls gcBytes every 20 ms until three readings agree (40-110 ms).
// There is no reading before t0: no GC can be forced there without disturbing the time. So
// "heap added" is the settled gcBytes minus the native page's; every column's page is the same
// apart from the script.
const AFTER = `function (done) {
  var gcInfo = function () { return performance.mozMemory && performance.mozMemory.gc; };
  var g = gcInfo();
  if (!g || !g.zone) return done(null, 'no performance.mozMemory (pref dom.enable_memory_stats)');
  var major = g.majorGCCount, buffers = 0, t = performance.now();
  while (gcInfo().majorGCCount === major && buffers < 1000) { new ArrayBuffer(4 << 20); buffers++; }
  if (gcInfo().majorGCCount === major) return done(null, 'no major GC after ' + buffers * 4 + ' MiB of ArrayBuffers');
  var pressureMs = performance.now() - t, last = -1, same = 0, polls = 0;
  t = performance.now();
  (function poll() {
    var bytes = gcInfo().zone.gcBytes;
    same = bytes === last ? same + 1 : 0;
    last = bytes;
    polls++;
    if (same >= 2) return done(bytes, null, { buffers: buffers, pressureMs: pressureMs, settleMs: performance.now() - t });
    if (polls > 100) return done(null, 'zone.gcBytes did not settle within 2 s');
    setTimeout(poll, 20);
  })();
}`;

export const firefox = {
  name: 'firefox',
  label: 'Firefox',
  bin,
  launchArgs: (url, profile) => firefoxArgs(profile, url, firefoxBenchPrefs()),
  version: () => versionOf(bin),
  heap: {
    how: 'performance.mozMemory.gc.zone.gcBytes after a major GC provoked by ArrayBuffer allocation, settled',
    row: 'zone.gcBytes after a major GC',
    head: '',
    before: 'null',
    after: AFTER,
  },
};
