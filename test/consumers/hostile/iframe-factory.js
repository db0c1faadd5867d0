// hostile-iframe-factory (bundled with esbuild from an app with the tarball installed): the page
// imports `rtcshim/factory` and patches only its iframe, createAdapter({ window:
// iframe.contentWindow }). The parent stays native; the iframe gets what the engine needs, once.
import { createAdapter } from 'rtcshim/factory';
import { assert, check, done, expectedBrowser } from '../_common/harness.js';
import { assertClean, audioStream, footprint, legacyCall, names, reference, specCall } from './lib.js';

const INSTALLED = Symbol.for('rtcshim.installed');
const tags = (w) => Object.keys(footprint(w));

(async () => {
  const child = await new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('blank.html did not load')), 10000);
    frame.onload = () => {
      clearTimeout(timer);
      resolve(frame.contentWindow);
    };
    frame.src = '/_hostile/blank.html';
    document.body.appendChild(frame);
  });
  await check('nothing patched on import', () => {
    assertClean({ adapter: false });
    assert(!('adapter' in window) && !(INSTALLED in window) && !(INSTALLED in child), 'an adapter or a mark before createAdapter()');
    assert(tags(window).length === 0 && tags(child).length === 0, `rtcshim functions before createAdapter(): ${tags(window)} ${tags(child)}`);
  });
  await check('createAdapter({ window: iframe.contentWindow }) patches only the iframe, once', async () => {
    const adapter = createAdapter({ window: child });
    const ref = await reference();
    assert(adapter.browserDetails.browser === expectedBrowser(), `browserDetails.browser is ${adapter.browserDetails.browser}`);
    assert(JSON.stringify(names(adapter.applied)) === JSON.stringify(ref.applied),
      `applied ${names(adapter.applied).join(',')}, a page with adapter.js ${ref.applied.join(',')}`);
    assert(child[INSTALLED] && child[INSTALLED].applied === adapter.applied, 'the iframe is not marked as patched');
    assert(!(INSTALLED in window) && tags(window).length === 0, `the parent got patched: ${tags(window)}`);
    assert(tags(child).length > 0, 'no rtcshim function in the iframe');
    const again = createAdapter({ window: child });
    assert(again.applied.length === 0 && again.skipped.every((s) => /already patched/.test(s.reason)), 'a second createAdapter on the iframe did something');
    return `${adapter.applied.length} applied in the iframe, none in the parent`;
  });
  await check('call in the iframe: legacy API', () => legacyCall(new child.RTCPeerConnection(), new child.RTCPeerConnection(), audioStream(child)));
  await check('call: parent (native) to iframe (patched), spec API', () => specCall(new RTCPeerConnection(), new child.RTCPeerConnection(), audioStream(window)));
  await done();
})();
