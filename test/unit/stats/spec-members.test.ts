import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withSpecMembers, type Stats } from '../../../src/stats/spec-members';
import { statsReport } from '../../../src/stats/report';

// Shaped like Chromium 73's report (test/e2e/stats.e2e.js measures the real one).
const chromium73: Stats[] = [
  { id: 'RTCIceCandidate_a', type: 'local-candidate', timestamp: 1, ip: '10.0.0.1', port: 5000 },
  { id: 'RTCDataChannel_1', type: 'data-channel', timestamp: 1, datachannelid: 1, label: 'x' },
  { id: 'RTCMediaStreamTrack_receiver_2', type: 'track', timestamp: 1, kind: 'video', trackIdentifier: 'remote-video', frameWidth: 640, framesDecoded: 10, remoteSource: true },
  { id: 'RTCInboundRTPVideoStream_1', type: 'inbound-rtp', timestamp: 1, kind: 'video', trackId: 'RTCMediaStreamTrack_receiver_2', packetsReceived: 5 },
  { id: 'RTCMediaStreamTrack_sender_1', type: 'track', timestamp: 2, kind: 'audio', trackIdentifier: 'mic', audioLevel: 0.5, totalAudioEnergy: 1 },
  { id: 'RTCOutboundRTPAudioStream_9', type: 'outbound-rtp', timestamp: 2, kind: 'audio', trackId: 'RTCMediaStreamTrack_sender_1' },
  { id: 'RTCMediaStreamTrack_sender_3', type: 'track', timestamp: 2, kind: 'video', trackIdentifier: 'cam', frameWidth: 320, frameHeight: 240, framesSent: 7 },
  { id: 'RTCOutboundRTPVideoStream_8', type: 'outbound-rtp', timestamp: 2, mediaType: 'video', trackId: 'RTCMediaStreamTrack_sender_3' },
];

describe('withSpecMembers', () => {
  const out = withSpecMembers(chromium73);
  const byId = new Map(out.map((s) => [s.id, s]));

  it('adds the spec names beside the old ones: candidate address, data channel id', () => {
    assert.equal(byId.get('RTCIceCandidate_a')?.address, '10.0.0.1');
    assert.equal(byId.get('RTCIceCandidate_a')?.ip, '10.0.0.1');
    assert.equal(byId.get('RTCDataChannel_1')?.dataChannelIdentifier, 1);
  });

  it('puts the receiver track\'s numbers on inbound-rtp and the sender track\'s on outbound-rtp', () => {
    const inbound = byId.get('RTCInboundRTPVideoStream_1')!;
    assert.equal(inbound.trackIdentifier, 'remote-video');
    assert.equal(inbound.frameWidth, 640);
    assert.equal(inbound.framesDecoded, 10);
    assert.equal(inbound.packetsReceived, 5);
    assert.equal(byId.get('RTCOutboundRTPVideoStream_8')?.framesSent, 7);
  });

  it('makes one media-source per sent track, linked by mediaSourceId', () => {
    const sources = out.filter((s) => s.type === 'media-source');
    assert.deepEqual(sources, [
      { id: 'RTCMediaSource_RTCMediaStreamTrack_sender_1', type: 'media-source', timestamp: 2, kind: 'audio', trackIdentifier: 'mic', audioLevel: 0.5, totalAudioEnergy: 1 },
      { id: 'RTCMediaSource_RTCMediaStreamTrack_sender_3', type: 'media-source', timestamp: 2, kind: 'video', trackIdentifier: 'cam', width: 320, height: 240, frames: 7 },
    ]);
    assert.equal(byId.get('RTCOutboundRTPAudioStream_9')?.mediaSourceId, 'RTCMediaSource_RTCMediaStreamTrack_sender_1');
  });

  it('keeps every old stats object and member, never overwrites, never changes its input', () => {
    const copy = JSON.parse(JSON.stringify(chromium73)) as unknown;
    const again = withSpecMembers([{ id: 'c', type: 'local-candidate', timestamp: 1, ip: '1.1.1.1', address: '2.2.2.2' }]);
    assert.equal(again[0]!.address, '2.2.2.2');
    assert.deepEqual(chromium73, copy);
    for (const s of chromium73) assert.ok(byId.has(s.id), s.id);
  });

  it('adds no media-source where the engine reports them', () => {
    const modern = withSpecMembers([...chromium73, { id: 'S1', type: 'media-source', timestamp: 1, kind: 'audio' }]);
    assert.equal(modern.filter((s) => s.type === 'media-source').length, 1);
  });
});

describe('statsReport', () => {
  class FakeReport {}
  const report = statsReport(FakeReport.prototype, [{ id: 'a', type: 'codec', timestamp: 1 }, { id: 'b', type: 'transport', timestamp: 2 }]) as Map<string, Stats>;

  it('is a maplike object of the given prototype', () => {
    assert.ok(report instanceof FakeReport);
    assert.equal(report.size, 2);
    assert.equal(report.get('a')?.type, 'codec');
    assert.equal(report.has('b'), true);
    assert.equal(report.has('c'), false);
    assert.deepEqual([...report.keys()], ['a', 'b']);
    assert.deepEqual([...report].map(([k]) => k), ['a', 'b']);
    assert.deepEqual([...report.values()].map((v) => v.type), ['codec', 'transport']);
    const seen: unknown[] = [];
    report.forEach(function (this: unknown, v, k, r) { seen.push([k, v.id === k && r === report, this]); }, 'ctx');
    assert.deepEqual(seen, [['a', true, 'ctx'], ['b', true, 'ctx']]);
    assert.throws(() => report.forEach(null as never), TypeError);
  });
});
