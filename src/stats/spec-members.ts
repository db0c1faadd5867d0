/**
 * Old Chromium's getStats report, given the members the spec names
 * (https://w3c.github.io/webrtc-stats/). Chromium 73 and 92 report per-track numbers on the
 * obsolete `track` stats (https://w3c.github.io/webrtc-stats/#obsolete-stats) that the spec now
 * puts on `inbound-rtp`/`outbound-rtp` and `media-source`; 73 also names a candidate's address
 * `ip` only and a data channel's id `datachannelid`. This adds the spec's members beside the old
 * ones (it never overwrites or removes one: code of that era reads them), and a `media-source` per
 * sent track where the engine reports none. Pure; the input objects are copied, not changed.
 */
export type Stats = Record<string, unknown> & { readonly id: string; readonly type: string };

/** The spec's inbound-rtp members an old engine reports on the receiver's track stats. */
const INBOUND = ('trackIdentifier frameWidth frameHeight framesReceived framesDecoded framesDropped jitterBufferDelay ' +
  'jitterBufferEmittedCount audioLevel totalAudioEnergy totalSamplesDuration totalSamplesReceived concealedSamples ' +
  'silentConcealedSamples concealmentEvents insertedSamplesForDeceleration removedSamplesForAcceleration').split(' ');
/** The spec's outbound-rtp members an old engine reports on the sender's track stats. */
const OUTBOUND = ['frameWidth', 'frameHeight', 'framesSent', 'hugeFramesSent'];

function fill(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && !(key in target)) target[key] = value;
}

export function withSpecMembers(stats: readonly Stats[]): Stats[] {
  const byId = new Map<string, Stats>();
  for (const s of stats) byId.set(s.id, s);
  const hasSources = stats.some((s) => s.type === 'media-source');
  const out: Stats[] = [];
  const sources: Stats[] = [];
  for (const s of stats) {
    const copy: Record<string, unknown> = { ...s };
    const track = typeof s.trackId === 'string' ? byId.get(s.trackId) : undefined;
    if (s.type === 'local-candidate' || s.type === 'remote-candidate') fill(copy, 'address', s.ip);
    if (s.type === 'data-channel') fill(copy, 'dataChannelIdentifier', s.datachannelid);
    if (track && s.type === 'inbound-rtp') for (const key of INBOUND) fill(copy, key, track[key]);
    if (track && s.type === 'outbound-rtp') {
      for (const key of OUTBOUND) fill(copy, key, track[key]);
      if (!hasSources && !('mediaSourceId' in copy)) {
        const id = 'RTCMediaSource_' + track.id;
        copy.mediaSourceId = id;
        const audio = (track.kind ?? s.kind ?? s.mediaType) === 'audio';
        const source: Record<string, unknown> = { id, type: 'media-source', timestamp: track.timestamp, kind: audio ? 'audio' : 'video' };
        fill(source, 'trackIdentifier', track.trackIdentifier);
        const from: ReadonlyArray<[string, string]> = audio
          ? [['audioLevel', 'audioLevel'], ['totalAudioEnergy', 'totalAudioEnergy'], ['totalSamplesDuration', 'totalSamplesDuration']]
          : [['width', 'frameWidth'], ['height', 'frameHeight'], ['frames', 'framesSent']];
        for (const [key, old] of from) fill(source, key, track[old]);
        if (!sources.some((x) => x.id === id)) sources.push(source as Stats);
      }
    }
    out.push(copy as Stats);
  }
  return out.concat(sources);
}
