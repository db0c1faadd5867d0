// The columns: the scripts a page loads, one per column, each measured the same way.
import fs from 'node:fs';

export const COLUMN_TITLES = {
  native: 'native (no shim)',
  adapterjs: 'webrtc-adapter',
  rtcshim: 'rtcshim',
  floor: 'floor script',
  touch: 'touch (diag)',
  'adapterjs-parse': 'adapter parse (diag)',
  'rtcshim-parse': 'rtcshim parse (diag)',
};

// "touch": only reads what any shim that probes the engine reads (the floor of probing).
const TOUCH_SRC =
  'var __touch = [window.RTCPeerConnection && window.RTCPeerConnection.prototype, ' +
  'navigator.mediaDevices, navigator.userAgent];';

/**
 * name -> script bytes, for one engine. native is an empty script; adapterjs the minified
 * adapter.js; rtcshim the build under test; floor the engine's floor script (floors.mjs), when
 * there is one. --diagnose adds touch and parse-only (the bundle inside a function that is never
 * called); --extra adds any file.
 */
export function buildColumns({ adapterMin, oursMin, floor, diagnose, extra }, die) {
  const bundles = { native: Buffer.alloc(0), adapterjs: Buffer.from(adapterMin), rtcshim: oursMin };
  if (floor) bundles.floor = fs.readFileSync(floor.file);
  if (diagnose) {
    bundles.touch = Buffer.from(TOUCH_SRC);
    bundles['adapterjs-parse'] = Buffer.from(`function __bench_never_called(){${adapterMin}}`);
    bundles['rtcshim-parse'] = Buffer.concat([Buffer.from('function __bench_never_called(){'), oursMin, Buffer.from('}')]);
  }
  for (const x of extra) {
    if (bundles[x.name]) die(`--extra ${x.name}: already a column`);
    bundles[x.name] = fs.readFileSync(x.file);
  }
  return bundles;
}

export function columnTitle(col, adapterVersion) {
  if (col === 'adapterjs') return `webrtc-adapter ${adapterVersion}`;
  return COLUMN_TITLES[col] || `${col} (extra)`;
}
