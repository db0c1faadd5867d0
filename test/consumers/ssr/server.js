// An SSR app's server entry (scripts/consumers/ssr.mjs bundles it for Node): it imports rtcshim as
// the app's shared client/server code does, the default export and the factory, and prints what
// they did in Node as one JSON line (the only output allowed).
import adapter from 'rtcshim';
import { createAdapter } from 'rtcshim/factory';

const report = {
  browser: adapter.browserDetails.browser,
  applied: adapter.applied.map((shim) => shim.name),
  created: {},
};
for (const [label, options] of [['{}', {}], ['{ window: undefined }', { window: undefined }]]) {
  try {
    const created = createAdapter(options);
    report.created[label] = { browser: created.browserDetails.browser, applied: created.applied.length };
  } catch (err) {
    report.created[label] = { threw: String((err && err.stack) || err) };
  }
}
console.log(JSON.stringify(report));
