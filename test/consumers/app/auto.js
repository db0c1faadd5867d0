// `import 'rtcshim'`: patches the page on import.
import adapter from 'rtcshim';
import { assert, call, check, done, expectedBrowser, patched } from './harness.js';

(async () => {
  await check('patched on import', () => {
    assert(patched(), 'RTCPeerConnection.prototype.getStreamById missing after import');
    assert(Array.isArray(adapter.applied) && adapter.applied.length > 0, 'adapter.applied is empty');
    assert(adapter.browserDetails.browser === expectedBrowser(), `browserDetails.browser is ${adapter.browserDetails.browser}`);
  });
  await check('call: audio and data channel', call);
  await done();
})();
