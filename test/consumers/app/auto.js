// `import 'rtcshim'` (bare, as apps write it): the page is patched on import, and no bundler may
// drop the import as side-effect free.
import 'rtcshim';
import { assert, call, check, done, patched } from '../common/harness.js';

(async () => {
  await check('patched on import', () => {
    assert(patched(), 'RTCPeerConnection.prototype.getStreamById missing after import');
  });
  await check('call: audio and data channel', call);
  await done();
})();
