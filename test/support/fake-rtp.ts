/**
 * Tracks, streams, senders, receivers and transceivers for the fake windows, to the spec's
 * semantics (https://w3c.github.io/webrtc-pc/#rtp-media-api), so that shim unit tests exercise a
 * model of the engine and not a stub: addTrack/removeTrack/addTransceiver with their errors, the
 * media sections a description carries (`a=msid:<stream> <track>` and a direction per
 * transceiver), and, on the remote side, `track` events with their streams (one stream object per
 * stream id and connection) and `removetrack` on a stream when the remote side stops sending.
 * Test support only; written apart from src/ on purpose.
 */

let idCounter = 0;
const nextId = (prefix: string): string => prefix + String(++idCounter);

export type TrackKind = 'audio' | 'video';
export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive' | 'stopped';

export class FakeTrack extends EventTarget {
  readonly kind: TrackKind;
  readonly id: string;
  readonly label: string;
  enabled = true;
  muted = false;
  readyState: 'live' | 'ended' = 'live';
  constructor(kind: TrackKind, id: string = nextId('track-')) {
    super();
    this.kind = kind;
    this.id = id;
    this.label = kind + ' ' + id;
  }
  stop(): void {
    this.readyState = 'ended';
  }
  clone(): FakeTrack {
    return new FakeTrack(this.kind);
  }
}

/**
 * A MediaStream class of its own per fake window (tests never share prototypes); without
 * getTrackById where the engine lacked it (Firefox before 49).
 */
export function makeMediaStreamClass(getTrackById = true): typeof FakeStreamBase {
  class FakeMediaStream extends FakeStreamBase {}
  if (getTrackById) {
    Object.defineProperty(FakeMediaStream.prototype, 'getTrackById', {
      value(this: FakeStreamBase, id: string): FakeTrack | null {
        return this.getTracks().find((t) => t.id === id) ?? null;
      },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return FakeMediaStream;
}

export class FakeStreamBase extends EventTarget {
  readonly id: string;
  private readonly tracks: FakeTrack[] = [];
  constructor(from?: FakeStreamBase | readonly FakeTrack[], id: string = nextId('stream-')) {
    super();
    this.id = id;
    const initial = from instanceof FakeStreamBase ? from.getTracks() : from ?? [];
    for (const track of initial) this.addTrack(track);
  }
  getTracks(): FakeTrack[] {
    return this.tracks.slice();
  }
  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === 'video');
  }
  addTrack(track: FakeTrack): void {
    if (!(track instanceof FakeTrack)) throw new TypeError('not a MediaStreamTrack');
    if (this.tracks.indexOf(track) < 0) this.tracks.push(track);
  }
  removeTrack(track: FakeTrack): void {
    const at = this.tracks.indexOf(track);
    if (at >= 0) this.tracks.splice(at, 1);
  }
  get active(): boolean {
    return this.tracks.some((t) => t.readyState === 'live');
  }
}

/** RTCDTMFSender, as far as createDTMFSender's callers see it. */
export class FakeDtmfSender extends EventTarget {
  toneBuffer = '';
}

export class FakeSender {
  track: FakeTrack | null;
  private ownDtmf: FakeDtmfSender | null = null;
  /** One RTCDTMFSender per audio sender; null for video (https://w3c.github.io/webrtc-pc/#dom-rtcrtpsender-dtmf). */
  get dtmf(): FakeDtmfSender | null {
    if (this.track && this.track.kind !== 'audio') return null;
    return this.ownDtmf ?? (this.ownDtmf = new FakeDtmfSender());
  }
  /** The streams the track was added with (what `a=msid` carries); not visible to apps. */
  streams: FakeStreamBase[];
  constructor(track: FakeTrack | null, streams: FakeStreamBase[]) {
    this.track = track;
    this.streams = streams;
  }
  replaceTrack(track: FakeTrack | null): Promise<void> {
    if (track && this.track && track.kind !== this.track.kind) return Promise.reject(new TypeError('kind mismatch'));
    this.track = track;
    return Promise.resolve();
  }
}

export class FakeReceiver {
  readonly track: FakeTrack;
  constructor(track: FakeTrack) {
    this.track = track;
  }
}

export class FakeTransceiver {
  mid: string | null = null;
  direction: Direction;
  currentDirection: Direction | null = null;
  readonly sender: FakeSender;
  readonly receiver: FakeReceiver;
  readonly kind: TrackKind;
  /** The remote side sends on it (from the last remote description). */
  remoteSends = false;
  constructor(kind: TrackKind, direction: Direction, sender: FakeSender) {
    this.kind = kind;
    this.direction = direction;
    this.sender = sender;
    this.receiver = new FakeReceiver(new FakeTrack(kind));
  }
  stop(): void {
    this.direction = 'stopped';
    this.currentDirection = 'stopped';
  }
}

/** What a remote description asks the receiving connection to announce. */
export interface RemoteChanges {
  added: Array<{ transceiver: FakeTransceiver; streams: FakeStreamBase[] }>;
  removed: Array<{ transceiver: FakeTransceiver; streams: FakeStreamBase[] }>;
}

const sends = (d: Direction): boolean => d === 'sendrecv' || d === 'sendonly';
const reverse = (d: Direction): Direction => (d === 'sendonly' ? 'recvonly' : d === 'recvonly' ? 'sendonly' : d);

/** The transceivers of one fake connection, and how they show in and come from SDP. */
export class RtpModel {
  readonly transceivers: FakeTransceiver[] = [];
  private midCounter = 2; // mids 0 and 1 are the fake's fixed audio and data sections
  /** One stream object per remote stream id, kept when its tracks leave (as the spec keeps it). */
  readonly remoteStreams = new Map<string, FakeStreamBase>();

  constructor(private readonly Stream: typeof FakeStreamBase) {}

  addTrack(track: unknown, streams: unknown[]): FakeSender {
    if (!(track instanceof FakeTrack)) throw new TypeError('addTrack: not a MediaStreamTrack');
    for (const s of streams) if (!(s instanceof FakeStreamBase)) throw new TypeError('addTrack: not a MediaStream');
    if (this.transceivers.some((t) => t.sender.track === track)) {
      throw new DOMException('The track is already sent', 'InvalidAccessError');
    }
    // Reuse a transceiver of the kind that never sent (the spec's reuse rule, simplified).
    const reusable = this.transceivers.find((t) => t.kind === track.kind && !t.sender.track && t.direction !== 'stopped' && t.sender.streams.length === 0);
    if (reusable) {
      reusable.sender.track = track;
      reusable.sender.streams = streams as FakeStreamBase[];
      reusable.direction = reusable.direction === 'recvonly' ? 'sendrecv' : reusable.direction === 'inactive' ? 'sendonly' : reusable.direction;
      return reusable.sender;
    }
    const transceiver = new FakeTransceiver(track.kind, 'sendrecv', new FakeSender(track, streams as FakeStreamBase[]));
    this.transceivers.push(transceiver);
    return transceiver.sender;
  }

  removeTrack(sender: unknown): void {
    const transceiver = this.transceivers.find((t) => t.sender === sender);
    if (!transceiver) throw new DOMException('The sender was not created by this connection', 'InvalidAccessError');
    if (!transceiver.sender.track) return;
    transceiver.sender.track = null;
    transceiver.direction = transceiver.direction === 'sendrecv' ? 'recvonly' : transceiver.direction === 'sendonly' ? 'inactive' : transceiver.direction;
  }

  addTransceiver(trackOrKind: unknown, init: RTCRtpTransceiverInit = {}): FakeTransceiver {
    const track = trackOrKind instanceof FakeTrack ? trackOrKind : null;
    const kind = track ? track.kind : trackOrKind;
    if (kind !== 'audio' && kind !== 'video') throw new TypeError('addTransceiver: kind must be audio or video');
    const streams = (init.streams ?? []) as unknown as FakeStreamBase[];
    const transceiver = new FakeTransceiver(kind, (init.direction ?? 'sendrecv') as Direction, new FakeSender(track, streams));
    this.transceivers.push(transceiver);
    return transceiver;
  }

  /** The media sections for the transceivers, to append to the fake's SDP. */
  sdpSections(ice: readonly string[]): string[] {
    const lines: string[] = [];
    for (const t of this.transceivers) {
      if (t.direction === 'stopped') continue;
      if (t.mid === null) t.mid = String(this.midCounter++);
      lines.push('m=' + t.kind + ' 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=mid:' + t.mid, ...ice, 'a=' + t.direction);
      const track = t.sender.track;
      if (track && sends(t.direction)) {
        for (const s of t.sender.streams.length ? t.sender.streams : [null]) lines.push('a=msid:' + (s ? s.id : '-') + ' ' + track.id);
      }
    }
    return lines;
  }

  /** Applies the media sections of a remote description; returns the tracks to announce or drop. */
  applyRemote(sdp: string): RemoteChanges {
    const changes: RemoteChanges = { added: [], removed: [] };
    const sections = sdp.split(/\r?\n(?=m=)/).filter((p) => p.startsWith('m=audio') || p.startsWith('m=video'));
    for (const text of sections) {
      const lineValues = (prefix: string): string[] => text.split(/\r?\n/).filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length).trim());
      const mid = lineValues('a=mid:')[0];
      if (mid === undefined || mid === '0') continue;
      const kind = (text.startsWith('m=audio') ? 'audio' : 'video') as TrackKind;
      const remoteDirection = (['sendrecv', 'sendonly', 'recvonly', 'inactive'].find((d) => text.includes('\na=' + d)) ?? 'sendrecv') as Direction;
      let transceiver = this.transceivers.find((t) => t.mid === mid);
      if (!transceiver) {
        transceiver = this.transceivers.find((t) => t.mid === null && t.kind === kind);
        if (transceiver) transceiver.mid = mid;
      }
      if (!transceiver) {
        transceiver = new FakeTransceiver(kind, 'recvonly', new FakeSender(null, []));
        transceiver.mid = mid;
        this.transceivers.push(transceiver);
      }
      transceiver.currentDirection = reverse(remoteDirection);
      const streamIds = lineValues('a=msid:').map((v) => v.split(' ')[0]!).filter((id) => id !== '-');
      const streams = streamIds.map((id) => {
        let stream = this.remoteStreams.get(id);
        if (!stream) this.remoteStreams.set(id, (stream = new this.Stream([], id)));
        return stream;
      });
      const nowSends = sends(remoteDirection);
      if (nowSends && !transceiver.remoteSends) {
        for (const s of streams) s.addTrack(transceiver.receiver.track);
        changes.added.push({ transceiver, streams });
      } else if (!nowSends && transceiver.remoteSends) {
        const holding = [...this.remoteStreams.values()].filter((s) => s.getTracks().includes(transceiver!.receiver.track));
        for (const s of holding) s.removeTrack(transceiver.receiver.track);
        changes.removed.push({ transceiver, streams: holding });
      }
      transceiver.remoteSends = nowSends;
    }
    return changes;
  }
}
