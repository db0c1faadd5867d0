// `import { createAdapter } from 'rtcshim/factory'`: nothing happens until createAdapter().
import { createAdapter } from 'rtcshim/factory';
import { assert, call, check, done, expectedBrowser, patched } from '../common/harness.js';

(async () => {
  await check('not patched on import', () => {
    assert(!patched(), 'RTCPeerConnection.prototype.getStreamById exists before createAdapter()');
    assert(!('adapter' in window), 'window.adapter exists');
  });
  await check('createAdapter({ window }) patches', () => {
    const adapter = createAdapter({ window });
    assert(patched(), 'RTCPeerConnection.prototype.getStreamById missing after createAdapter()');
    assert(adapter.applied.length > 0, 'adapter.applied is empty');
    assert(adapter.browserDetails.browser === expectedBrowser(), `browserDetails.browser is ${adapter.browserDetails.browser}`);
  });
  await check('call: audio and data channel', call);
  await done();
})();
