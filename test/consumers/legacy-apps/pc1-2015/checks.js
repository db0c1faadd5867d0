// Checks (test code): Start, Call and Hang Up clicked as the sample's user did.
import { assert, assertNoErrors, assertPlaying, check, done, errorsOf, iceUp, recordFailureCallbacks, waitFor } from './legacy-checks.js';

const $ = (id) => document.getElementById(id);
const localVideo = $('localVideo');
const remoteVideo = $('remoteVideo');

await check('no error at load', () => {
  assertNoErrors([window]);
  recordFailureCallbacks(window, ['onCreateSessionDescriptionError', 'onSetSessionDescriptionError', 'onAddIceCandidateError']);
});

await check('local stream attached and playing', async () => {
  $('startButton').click();
  const stream = await waitFor(() => window.localStream, "getUserMedia's success callback");
  assert(localVideo.srcObject === stream, 'the local video does not show the stream');
  await assertPlaying(localVideo, 'local video');
});

await check('ICE connected', async () => {
  await waitFor(() => !$('callButton').disabled, 'the Call button');
  $('callButton').click();
  await waitFor(() => iceUp(window.pc1) && iceUp(window.pc2), 'pc1 and pc2 to reach connected/completed');
});

await check('remote stream via onaddstream plays', async () => {
  // only the app's onaddstream handler (gotRemoteStream) sets remoteVideo.srcObject
  const stream = await waitFor(() => remoteVideo.srcObject, 'onaddstream');
  assert(stream.id === window.localStream.id, `remote stream id ${stream.id}, pc1 sent ${window.localStream.id}`);
  assert(stream.getVideoTracks().length === 1 && stream.getAudioTracks().length === 1, 'the remote stream lacks its audio or video track');
  await assertPlaying(remoteVideo, 'remote video');
});

await check('no error during the call (failure callbacks included)', () => assertNoErrors([window]));

await check('hangup without error', () => {
  const before = errorsOf(window).length;
  const [pc1, pc2] = [window.pc1, window.pc2];
  assert(pc1 && pc2, 'no call to hang up');
  $('hangupButton').click();
  assert(window.pc1 === null && window.pc2 === null, 'hangup() did not finish');
  assert(pc1.signalingState === 'closed' && pc2.signalingState === 'closed', 'a connection is not closed');
  assertNoErrors([window], [before]);
});

done();
