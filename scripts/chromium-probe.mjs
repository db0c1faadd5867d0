#!/usr/bin/env node
// Measure, in real Chromium builds and without rtcshim, the engine behaviours that some shims can
// only gate by version range (their comments cite this tool). Each argument is a Chromium binary
// or an npm package that ships one (chrome-aws-lambda, @sparticuz/chromium; fetched into
// .cache/browsers/ like the old-engine set):
//
//   node scripts/chromium-probe.mjs @sparticuz/chromium@123.0.0 @sparticuz/chromium@126.0.0
//   node scripts/chromium-probe.mjs chrome-aws-lambda@10.1.0 /usr/lib/chromium/chromium
//
// Prints one JSON line per build. @sparticuz/chromium's versions are listed by
// `npm view @sparticuz/chromium versions`. What each field means (the shim that depends on it):
//   offerIsDescription  createOffer() resolves with an RTCSessionDescription (description-init-result)
//   typeOnlyOffer       setLocalDescription({type: 'offer'}) without sdp: "ok" or the error name
//                       (implicit-set-local-description)
//   candidateNoRemote   addIceCandidate() before any remote description: the rejection's name
//                       (add-ice-candidate-state)
//   multiUrlServers     getConfiguration().iceServers.length for one server with two urls
//                       (get-configuration-ice-servers)
//   sldLength, aicLength  setLocalDescription.length, addIceCandidate.length
//                       (implicit-set-local-description, add-ice-candidate-end)
//   candidateJsonUfrag  RTCIceCandidate's toJSON() carries the usernameFragment it was made with
//                       (ice-candidate-fields)
//   emptyCandidateInit  new RTCIceCandidate({candidate: '', sdpMid: '0'}): "ok" or the error name
//                       (ice-candidate-end-init)
//   foreignUfrag        addIceCandidate with a usernameFragment no remote description has:
//                       "resolved" or the rejection's name (add-ice-candidate-ufrag)
//   unparsableCandidate addIceCandidate({candidate: 'candidate:garbage', sdpMid}): "resolved" or
//                       the rejection's name (add-ice-candidate-syntax)
//   closedEvents        state-change events a closed connection fires after close() (closed-connection-events)
//   offerToReceive      transceiver directions after createOffer({offerToReceiveAudio: true}) on a
//                       new connection, then after createOffer({offerToReceiveVideo: false}) with a
//                       recvonly video transceiver, e.g. "recvonly|inactive" (offer-to-receive)
//   statsShape          for a connected call with an audio track: the stats types reported, and
//                       whether local candidates have \`address\`, e.g. "track,media-source|address"
//                       (stats-spec-members)
//   legacyUnknownName   getUserMedia({video: {mandatory: {rtcshimUnknown: 1}}}): "ok" or the
//                       rejection's name (legacy-constraints)
//   legacyGoogEcho      echoCancellation of the track {audio: {mandatory: {googEchoCancellation:
//                       false}}} captures: false where the engine honours the goog name (legacy-constraints)
//   specGoogEcho        the same for {audio: {googEchoCancellation: {exact: false}}}, the spec
//                       shape with the goog name (legacy-constraints)
// As root it runs inside a private network namespace with loopback only (BROWSERS.md).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumProbeFlags } from './browsers.cjs';
import { reexecInLoopbackNetns } from './netns.mjs';
import { fetchChromiumPackage } from './old-chromium.mjs';

// ES2017, no shim: the page measures the engine itself.
const PAGE = `<!doctype html><meta charset="utf-8"><script>
async function attempt(fn) { try { return await fn(); } catch (e) { return e && e.name || String(e); } }
async function run() {
  var P = RTCPeerConnection.prototype;
  var r = { userAgent: navigator.userAgent, sldLength: P.setLocalDescription.length, aicLength: P.addIceCandidate.length };
  r.offerIsDescription = await attempt(async function () {
    var pc = new RTCPeerConnection(); pc.addTransceiver('audio');
    var offer = await pc.createOffer(); pc.close();
    return offer instanceof RTCSessionDescription;
  });
  r.typeOnlyOffer = await attempt(async function () {
    var pc = new RTCPeerConnection(); pc.addTransceiver('audio');
    await pc.setLocalDescription({ type: 'offer' }); pc.close();
    return 'ok';
  });
  r.candidateNoRemote = await attempt(async function () {
    var pc = new RTCPeerConnection();
    await pc.addIceCandidate({ candidate: 'candidate:1 1 udp 2122260223 10.0.0.1 50000 typ host', sdpMid: '0' });
    pc.close();
    return 'resolved';
  });
  r.multiUrlServers = await attempt(async function () {
    var pc = new RTCPeerConnection({ iceServers: [{ urls: ['stun:127.0.0.1:3478', 'stun:127.0.0.1:3479'] }] });
    var n = pc.getConfiguration().iceServers.length; pc.close();
    return n;
  });
  r.candidateJsonUfrag = await attempt(async function () {
    var init = { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '0', usernameFragment: 'u' };
    return new RTCIceCandidate(init).toJSON().usernameFragment === 'u';
  });
  r.emptyCandidateInit = await attempt(async function () {
    new RTCIceCandidate({ candidate: '', sdpMid: '0' });
    return 'ok';
  });
  async function withRemote(fn) {
    var a = new RTCPeerConnection(); var b = new RTCPeerConnection();
    a.createDataChannel('x');
    var offer = await a.createOffer(); await a.setLocalDescription(offer); await b.setRemoteDescription(offer);
    try { return await fn(b); } finally { a.close(); b.close(); }
  }
  r.foreignUfrag = await attempt(function () {
    return withRemote(async function (pc) {
      await pc.addIceCandidate({ candidate: 'candidate:1 1 udp 2122260223 10.0.0.1 50000 typ host', sdpMLineIndex: 0, usernameFragment: 'nomatch' });
      return 'resolved';
    });
  });
  r.unparsableCandidate = await attempt(function () {
    return withRemote(async function (pc) {
      await pc.addIceCandidate({ candidate: 'candidate:garbage', sdpMLineIndex: 0 });
      return 'resolved';
    });
  });
  r.offerToReceive = await attempt(async function () {
    var a = new RTCPeerConnection({ sdpSemantics: 'unified-plan' });
    await a.createOffer({ offerToReceiveAudio: true });
    var first = a.getTransceivers().map(function (t) { return t.direction; }).join(',');
    var b = new RTCPeerConnection({ sdpSemantics: 'unified-plan' });
    b.addTransceiver('video', { direction: 'recvonly' });
    await b.createOffer({ offerToReceiveVideo: false });
    var second = b.getTransceivers().map(function (t) { return t.direction; }).join(',');
    a.close(); b.close();
    return first + '|' + second;
  });
  r.closedEvents = await attempt(async function () {
    var pc = new RTCPeerConnection(); var seen = [];
    pc.createDataChannel('x');
    ['signalingstatechange', 'iceconnectionstatechange', 'icegatheringstatechange'].forEach(function (t) {
      pc.addEventListener(t, function () { seen.push(t); });
    });
    await pc.setLocalDescription(await pc.createOffer());
    seen = [];
    pc.close();
    await new Promise(function (resolve) { setTimeout(resolve, 300); });
    return seen.join(',') || 'none';
  });
  async function capture(constraints, read) {
    var stream = await navigator.mediaDevices.getUserMedia(constraints);
    var value = read(stream.getTracks()[0].getSettings());
    stream.getTracks().forEach(function (t) { t.stop(); });
    return value;
  }
  r.legacyUnknownName = await attempt(function () {
    return capture({ video: { mandatory: { rtcshimUnknown: 1 } } }, function () { return 'ok'; });
  });
  r.legacyGoogEcho = await attempt(function () {
    return capture({ audio: { mandatory: { googEchoCancellation: false } } }, function (s) { return s.echoCancellation; });
  });
  r.specGoogEcho = await attempt(function () {
    return capture({ audio: { googEchoCancellation: { exact: false } } }, function (s) { return s.echoCancellation; });
  });
  r.statsShape = await attempt(async function () {
    var a = new RTCPeerConnection(); var b = new RTCPeerConnection();
    a.onicecandidate = function (e) { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = function (e) { if (e.candidate) a.addIceCandidate(e.candidate); };
    var ctx = new AudioContext(); var dest = ctx.createMediaStreamDestination();
    var osc = ctx.createOscillator(); osc.connect(dest); osc.start();
    a.addTrack(dest.stream.getAudioTracks()[0], dest.stream);
    var offer = await a.createOffer(); await a.setLocalDescription(offer); await b.setRemoteDescription(offer);
    var answer = await b.createAnswer(); await b.setLocalDescription(answer); await a.setRemoteDescription(answer);
    for (var i = 0; i < 50 && a.iceConnectionState !== 'connected' && a.iceConnectionState !== 'completed'; i++) await new Promise(function (r) { setTimeout(r, 100); });
    var report = await a.getStats(); var types = []; var address = 'no-candidate';
    report.forEach(function (s) {
      if ((s.type === 'track' || s.type === 'media-source' || s.type === 'stream') && types.indexOf(s.type) < 0) types.push(s.type);
      if (s.type === 'local-candidate') address = 'address' in s ? 'address' : 'no-address';
    });
    a.close(); b.close(); ctx.close();
    return types.sort().join(',') + '|' + address;
  });
  return r;
}
run().then(function (r) { return fetch('/result', { method: 'POST', body: JSON.stringify(r) }); });
</script>`;

function resolveBinary(arg) {
  if (fs.existsSync(arg)) return arg;
  if (!/^(@[\w-]+\/)?[\w-]+@[\w.-]+$/.test(arg)) throw new Error(`${arg}: neither a file nor an npm package@version`);
  return fetchChromiumPackage(arg, `probe-${arg.replace(/[^\w.-]+/g, '_')}`);
}

async function probe(bin) {
  let child;
  const server = http.createServer();
  try {
    const result = new Promise((resolve, reject) => {
      server.on('request', (req, res) => {
        if (req.method === 'POST' && req.url === '/result') {
          let body = '';
          req.on('data', (d) => (body += d));
          req.on('end', () => {
            res.end();
            try {
              resolve(JSON.parse(body));
            } catch (e) {
              reject(e);
            }
          });
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      });
      setTimeout(() => reject(new Error('no result within 60 s')), 60_000).unref();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rtcshim-probe-'));
    child = spawn(bin, [...chromiumProbeFlags(), `--user-data-dir=${profile}`, `http://127.0.0.1:${server.address().port}/`], { stdio: 'ignore' });
    // The browser's helper processes may still be writing the profile when the main one exits.
    child.on('exit', () => {
      try {
        fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // a leftover temp directory is harmless
      }
    });
    return await result;
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    server.close();
  }
}

const args = process.argv.slice(2);
if (!args.length || args.includes('-h') || args.includes('--help')) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 21).join('\n'));
  process.exit(args.length ? 0 : 2);
}
// Fetch first: inside the namespace there is no registry. The re-run finds every build in the cache.
const binaries = [];
for (const arg of args) {
  try {
    binaries.push({ arg, bin: resolveBinary(arg) });
  } catch (e) {
    binaries.push({ arg, error: e.message });
  }
}
reexecInLoopbackNetns(fileURLToPath(import.meta.url), (why) => {
  console.error(`chromium-probe: ${why}`);
  process.exit(2);
});
let failed = false;
for (const { arg, bin, error } of binaries) {
  try {
    if (error) throw new Error(error);
    const r = await probe(bin);
    const version = (/Chrome\/([\d.]+)/.exec(r.userAgent) || [])[1] || '?';
    delete r.userAgent;
    console.log(JSON.stringify({ build: arg, version, ...r }));
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ build: arg, error: e.message }));
  }
}
process.exit(failed ? 1 : 0);
