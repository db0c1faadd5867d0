// Checks (test code): Start, a message typed and sent, Stop, clicked as the demo's user did.
import { assert, assertNoErrors, check, done, errorsOf, iceUp, waitFor } from './legacy-checks.js';

const $ = (id) => document.getElementById(id);
const MESSAGE = 'hello over a 2013 data channel';

await check('no error at load', () => assertNoErrors([window]));

await check('ICE connected', async () => {
  $('startButton').click();
  await waitFor(() => iceUp(window.localPeerConnection) && iceUp(window.remotePeerConnection), 'both peer connections to reach connected/completed');
});

await check('data channel opens', async () => {
  // the app enables Send from its own onopen handler
  await waitFor(() => !$('sendButton').disabled, "the send channel's onopen (Send enabled)");
  assert(window.sendChannel.readyState === 'open', `send channel is ${window.sendChannel.readyState}`);
});

await check('unreliable as {reliable: false} asked', () => {
  const channel = window.sendChannel;
  assert(channel.ordered === false && channel.maxRetransmits === 0,
    `send channel: ordered ${channel.ordered}, maxRetransmits ${channel.maxRetransmits}, maxPacketLifeTime ${channel.maxPacketLifeTime}`);
});

await check('data channel message arrives', async () => {
  $('dataChannelSend').value = MESSAGE;
  $('sendButton').click();
  await waitFor(() => $('dataChannelReceive').value === MESSAGE, "the message in the receive box (the app's onmessage)");
});

await check('no error during the call', () => assertNoErrors([window]));

await check('hangup without error', () => {
  const before = errorsOf(window).length;
  const [local, remote, send, receive] = [window.localPeerConnection, window.remotePeerConnection, window.sendChannel, window.receiveChannel];
  assert(local && remote && send && receive, 'no call to stop');
  $('closeButton').click();
  assert(window.localPeerConnection === null && window.remotePeerConnection === null, 'closeDataChannels() did not finish');
  assert(local.signalingState === 'closed' && remote.signalingState === 'closed', 'a connection is not closed');
  assert(send.readyState === 'closed' && receive.readyState === 'closed', `channels: ${send.readyState}, ${receive.readyState}`);
  assertNoErrors([window], [before]);
});

done();
