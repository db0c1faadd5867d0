// Checks (test code): the two apprtc clients of index.html call each other; then the caller hangs up.
import { assert, assertNoErrors, assertPlaying, check, done, errorsOf, iceUp, isFirefox, waitFor, watch } from './legacy-checks.js';

const caller = document.getElementById('caller').contentWindow;
const callee = document.getElementById('callee').contentWindow;
const windows = [window, caller, callee];
watch(windows);

// How js/adapter.js attaches a stream in this engine: Firefox's branch sets mozSrcObject, Chrome's a
// blob: URL as src.
function attachedTheAppsWay(video, stream) {
  if (isFirefox()) return video.mozSrcObject === stream;
  return /^blob:/.test(video.src);
}

await new Promise((resolve) => (document.readyState === 'complete' ? resolve() : window.addEventListener('load', resolve)));

await check('no error at load', async () => {
  await waitFor(() => caller.localStream !== undefined || errorsOf(caller).length, 'the caller to get its local stream', 5000).catch(() => {});
  assertNoErrors(windows);
  assert(caller.webrtcDetectedBrowser === (isFirefox() ? 'firefox' : 'chrome'), `js/adapter.js sniffed ${caller.webrtcDetectedBrowser}`);
});

await check('local stream attached and playing (mandatory maxWidth/maxHeight held)', async () => {
  for (const [name, w] of [['caller', caller], ['callee', callee]]) {
    const stream = await waitFor(() => w.localStream, `${name}: getUserMedia success`);
    assert(attachedTheAppsWay(w.localVideo, stream), `${name}: local video not attached the app's way (src ${w.localVideo.src})`);
    const size = await assertPlaying(w.localVideo, `${name} local video`);
    // the page asked for {mandatory: {maxWidth: 320, maxHeight: 240}}
    const [width, height] = [w.localVideo.videoWidth, w.localVideo.videoHeight];
    assert(width <= 320 && height <= 240, `${name}: local video is ${size}, over the mandatory maxWidth 320 / maxHeight 240`);
  }
});

await check('ICE connected', async () => {
  await waitFor(() => iceUp(caller.pc) && iceUp(callee.pc), 'both peer connections to reach connected/completed');
});

await check('remote stream via onaddstream plays', async () => {
  for (const [name, w, far] of [['caller', caller, callee], ['callee', callee, caller]]) {
    // remoteStream is set only by the app's onaddstream handler
    const stream = await waitFor(() => w.remoteStream, `${name}: onaddstream`);
    assert(stream.id === far.localStream.id, `${name}: remote stream id ${stream.id}, the far end sent ${far.localStream.id}`);
    assert(stream.getVideoTracks().length === 1 && stream.getAudioTracks().length === 1, `${name}: remote stream has no audio and video track`);
    assert(attachedTheAppsWay(w.remoteVideo, stream), `${name}: remote video not attached the app's way`);
    await assertPlaying(w.remoteVideo, `${name} remote video`);
    await waitFor(() => w.document.getElementById('hangup'), `${name}: the app's own waitForRemoteVideo to show the hang-up button`);
  }
});

await check('hangup without error', async () => {
  const before = windows.map((w) => errorsOf(w).length);
  const [callerPc, calleePc] = [caller.pc, callee.pc];
  caller.document.getElementById('hangup').click();
  assert(caller.pc === null && callerPc.signalingState === 'closed', 'the caller did not close its connection');
  assert(caller.localStream.getTracks().every((t) => t.readyState === 'ended'), 'localStream.stop() left tracks live');
  await waitFor(() => callee.pc === null, 'the callee to close on bye');
  assert(calleePc.signalingState === 'closed', 'the callee connection is not closed');
  assertNoErrors(windows, before);
});

done();
