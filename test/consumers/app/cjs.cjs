// `require('rtcshim')` from CommonJS: the adapter itself, page patched on require.
const adapter = require('rtcshim');
const { assert, call, check, done, expectedBrowser, patched } = require('../common/harness.js');

(async () => {
  await check('patched on require', () => {
    assert(patched(), 'RTCPeerConnection.prototype.getStreamById missing after require');
    assert(adapter.default === adapter, "require('rtcshim').default is not the adapter");
    assert(adapter.applied.length > 0, 'adapter.applied is empty');
    assert(adapter.browserDetails.browser === expectedBrowser(), `browserDetails.browser is ${adapter.browserDetails.browser}`);
  });
  await check('call: audio and data channel', call);
  await done();
})();
