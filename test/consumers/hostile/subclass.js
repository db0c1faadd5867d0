// The subclass pages: the app replaced window.RTCPeerConnection with its own subclass
// (subclass-app.js), before or after rtcshim loaded. The app's class must stay the app's
// (instanceof, its method, its constructor runs once per connection and never for rtcshim), and
// rtcshim's legacy API must work on its instances as on an untouched page of this engine.
import { assert, check, done } from '../_common/harness.js';
import { assertClean, audioStream, legacyCall, names, reference, specCall } from './lib.js';

(async () => {
  const app = window.hostileApp;
  await check('loads without error', () => assertClean());
  await check('RTCPeerConnection is still the app subclass, never constructed by rtcshim', () => {
    assert(app && window.RTCPeerConnection === app.AppPC, 'window.RTCPeerConnection is not the app subclass any more');
    assert(app.constructed === 0, `the app's constructor ran ${app.constructed} times before the app made a connection`);
  });
  await check("patched as on an untouched page, on the engine's class", async () => {
    const ref = await reference();
    const applied = names(window.adapter.applied);
    assert(JSON.stringify(applied) === JSON.stringify(ref.applied),
      `applied ${applied.join(',')} but the reference applied ${ref.applied.join(',')}`);
    // patched on the engine's class, which the app's inherits; the app's own class is the app's
    const own = Object.getOwnPropertyNames(app.AppPC.prototype).filter((k) => k !== 'constructor' && k !== 'appHello')
      .concat(Object.getOwnPropertyNames(app.AppPC).filter((k) => ['length', 'name', 'prototype'].indexOf(k) < 0).map((k) => `AppPC.${k}`));
    assert(own.length === 0, `rtcshim wrote on the app's class: ${own.join(', ')}`);
    return `${applied.length} applied, as in the reference, none on the app's class`;
  });
  await check("new RTCPeerConnection() is the app's", () => {
    const before = app.constructed;
    const pc = new RTCPeerConnection();
    try {
      assert(pc instanceof app.AppPC && pc instanceof app.Base, 'not an instance of the app subclass and its base');
      assert(pc.constructor === app.AppPC, 'pc.constructor is not the app subclass');
      assert(app.constructed === before + 1, `the app's constructor ran ${app.constructed - before} times for one connection`);
      assert(pc.appHello() === `hello from app connection #${app.constructed}`, 'the app method answered wrong');
    } finally {
      pc.close();
    }
  });
  await check('legacy API on an app connection', async () => {
    const pc = new RTCPeerConnection();
    const source = audioStream();
    try {
      assert(Array.isArray(pc.getLocalStreams()) && pc.getLocalStreams().length === 0, 'getLocalStreams() is not an empty array');
      pc.addStream(source.stream);
      assert(pc.getLocalStreams()[0] === source.stream, 'addStream: getLocalStreams() lacks the stream');
      const offer = await new Promise((resolve, reject) => pc.createOffer(resolve, reject));
      assert(offer.type === 'offer' && /m=audio/.test(offer.sdp), 'createOffer(success, failure) gave no audio offer');
      pc.removeStream(source.stream);
      assert(pc.getLocalStreams().length === 0, 'removeStream: getLocalStreams() still has the stream');
    } finally {
      source.stop();
      pc.close();
    }
  });
  await check('call: legacy API between app connections', async () => {
    const before = app.constructed;
    await legacyCall(new RTCPeerConnection(), new RTCPeerConnection());
    assert(app.constructed === before + 2, `the app's constructor ran ${app.constructed - before} times for two connections`);
  });
  await check('call: spec API between app connections', () => specCall(new RTCPeerConnection(), new RTCPeerConnection()));
  await done();
})();
