// Posts what rtcshim did to this untouched window to the page that framed it.
import { footprint, names } from './lib.js';

parent.postMessage({
  kind: 'reference',
  applied: names(window.adapter.applied),
  skipped: window.adapter.skipped.map((s) => ({ name: s.name, reason: s.reason })),
  footprint: footprint(window),
}, location.origin);
