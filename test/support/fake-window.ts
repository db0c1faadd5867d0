/**
 * Fake windows modelling engines we cannot run here (old Firefox, Safari, pre-promise Chrome, …).
 * Each models only what the shims observe: which globals exist under which names, the shape
 * (length) of the signaling methods, which overloads they accept, what createOffer resolves with,
 * and whether the RTCIceServer dictionary knows `url`. Signaling follows the JSEP state machine
 * closely enough for the shims' contracts; errors are DOMExceptions with spec names.
 * addIceCandidate follows the spec's order (TypeError, InvalidStateError, OperationError for an
 * unknown mid or m-line, a foreign usernameFragment, a string that does not parse) except where an
 * engine flag says the engine differs; RTCIceCandidate keeps its fields in internal slots behind
 * prototype getters, as a WebIDL object does.
 */
import type { ShimWindow } from '../../src/types';
import { FakeSender, FakeStreamBase, FakeTrack, makeMediaStreamClass, RtpModel } from './fake-rtp';

export interface FakeEngine {
  userAgent: string;
  /** Where the constructors live. */
  names: 'unprefixed' | 'webkit-only' | 'moz-only' | 'unprefixed+webkit';
  /** 'both' = spec engine; 'promise' = no legacy overloads (Safari); 'callback' = pre-promise. */
  overloads: 'both' | 'promise' | 'callback';
  /** Old Chromium: setLocalDescription/addIceCandidate argument required (length 1). */
  argumentRequired?: boolean;
  /** Old Chromium: createOffer resolves with an RTCSessionDescription. */
  resolvesDescription?: boolean;
  /** Does the RTCIceServer dictionary have the legacy `url` member? */
  readsIceUrl?: boolean;
  /** Firefox: getConfiguration echoes `url`. */
  echoesIceUrl?: boolean;
  /** Old Chromium: getConfiguration returns one server per URL. */
  splitsIceServers?: boolean;
  /** Chromium: the legacy apply overloads accept a missing failure callback. */
  failureCallbackOptional?: boolean;
  /** Old Chromium: a candidate before any remote description rejects with OperationError. */
  candidateBeforeRemoteIsOperationError?: boolean;
  /** Chromium 73: `new RTCIceCandidate({candidate: ''})` throws a DOMException named TypeMismatchError. */
  rejectsEmptyCandidateInit?: boolean;
  /** Chromium: addIceCandidate resolves (and drops the candidate) for a usernameFragment of no remote description. */
  ignoresForeignUfrag?: boolean;
  /** Firefox: addIceCandidate resolves (and ignores it) for a candidate string that does not parse. */
  acceptsUnparsableCandidate?: boolean;
  getUserMedia?: 'unprefixed' | 'webkit' | 'moz' | 'none';
  mediaDevices?: boolean;
  /** Chromium to 103: a legacy {mandatory} name it does not know fails the request (legacy callback: synchronously). */
  rejectsUnknownLegacyNames?: boolean;
  /** Chrome < 71, Safari < 13.1: a=extmap-allow-mixed is a parse error. */
  rejectsExtmapAllowMixed?: boolean;
  /** RTCIceCandidate has the fields parsed from its candidate string (all but Chromium before 74). */
  candidateFields?: boolean;
  /** RTCPeerConnection has canTrickleIceCandidates (all but Chromium 73). */
  canTrickle?: boolean;
  /** Chromium: the legacy createDTMFSender(track). */
  createDTMFSender?: boolean;
  /** Firefox: the identity members (setIdentityProvider, getIdentityAssertion, peerIdentity, idpLoginUrl). */
  identity?: boolean;
  /** A window with no WebRTC at all (WebKitGTK, a page in an engine without it). */
  noPeerConnection?: boolean;
  /**
   * The engine's own legacy stream members (measured in Chromium 73-156 and Firefox 153): both have
   * addStream, getLocalStreams, getRemoteStreams and onaddstream. 'chromium' also has removeStream
   * and onremovestream, and drops a stream from either list when its last track goes; 'firefox'
   * keeps listing it, announces a stream id once (not again when tracks come back to it), and
   * addStream of a stream already sent throws InvalidAccessError.
   */
  legacyStreams?: 'chromium' | 'firefox';
  /** No addTrack/removeTrack/addTransceiver/getSenders/getReceivers/getTransceivers (before Chrome 64, Firefox 34). */
  noRtpApi?: boolean;
  /**
   * Chromium before ~117: `getStats(callback, selector)` answers with the legacy, non-spec
   * RTCStatsResponse (`result()`); `getStats(selector)` is the promise form.
   */
  legacyStats?: boolean;
  /** Data channels: the spec's close() (channels closed at once, no events after), not Chromium's and Firefox's. */
  closesChannels?: boolean;
  /** send() of more than sctp.maxMessageSize: 'throws' a TypeError (spec), 'closes' the channel (Chromium 92-123), 'sends' (Chromium 73). */
  oversizeSend?: 'throws' | 'closes' | 'sends';
  /** Chromium 73: no `sctp` attribute. */
  noSctp?: boolean;
  /** Firefox: close() leaves `sctp.state` 'connected'. */
  sctpStaysConnected?: boolean;
  /** Chromium 73: RTCDataChannelInit and RTCDataChannel say `maxRetransmitTime` where the spec says `maxPacketLifeTime`. */
  oldLifetimeName?: boolean;
  /** No connectionState / connectionstatechange (Firefox before 113, Chrome before 72). */
  noConnectionState?: boolean;
  /** Has restartIce() (Chrome 77+, Firefox 70+, Safari 14.1+). */
  restartIce?: boolean;
  /**
   * Playback before srcObject (Chrome before 71, Firefox before 62): URL.createObjectURL takes a
   * MediaStream, and the media element has no srcObject (Firefox's mozSrcObject is not modelled).
   */
  streamUrls?: boolean;
  /** MediaStream has no getTrackById (Firefox before 49, https://bugzil.la/1208390). */
  noGetTrackById?: boolean;
  /**
   * `new EventTarget()` throws (Chrome before 64, Firefox before 59): the global is there, as an
   * interface object, but not constructible.
   */
  eventTargetNotConstructible?: boolean;
  /** Chrome 30-65's MediaStreamTrack.getSources(callback); the list is `fakeSources` of the window (tests change it). */
  getSources?: boolean;
}

let offerCounter = 0;
let ufragCounter = 0;

/** The connection state the fake engines report, from ICE alone (they model no DTLS). */
function connectionStateOf(ice: RTCIceConnectionState): RTCPeerConnectionState {
  return ice === 'checking' ? 'connecting' : ice === 'completed' ? 'connected' : (ice as RTCPeerConnectionState);
}

/**
 * A small JSEP-shaped SDP: two bundled media sections, `a=mid:0` and `a=mid:1`, each with the
 * connection's own `a=ice-ufrag` (what addIceCandidate compares a usernameFragment with).
 */
function fakeSdp(type: string, ufrag: string, rtp?: RtpModel, legacySctp = false): string {
  offerCounter += 1;
  const ice = ['a=ice-ufrag:' + ufrag, 'a=ice-pwd:fakepasswordfakepassword0'];
  // The transceivers' sections (mids 2, 3, ...) follow the two fixed ones.
  const media = rtp ? rtp.sdpSections(ice) : [];
  const mids = ['0', '1'].concat(media.filter((l) => l.startsWith('a=mid:')).map((l) => l.slice(6)));
  return [
    'v=0', 'o=- ' + String(offerCounter) + ' 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'a=group:BUNDLE ' + mids.join(' '), 'a=fake:' + type,
    'm=audio 9 UDP/TLS/RTP/SAVPF 111', 'c=IN IP4 0.0.0.0', 'a=mid:0', ...ice, 'a=rtpmap:111 opus/48000/2',
    // Firefox before 53 wrote (and read) only the legacy data-channel syntax.
    ...(legacySctp
      ? ['m=application 9 DTLS/SCTP 5000', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...ice, 'a=sctpmap:5000 webrtc-datachannel 1024']
      : ['m=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'c=IN IP4 0.0.0.0', 'a=mid:1', ...ice, 'a=sctp-port:5000']),
    ...media,
    '',
  ].join('\r\n');
}

/**
 * The media sections of an SDP as the fake engines read them: each section's mid and ufrags (its
 * own `a=ice-ufrag` lines, else the session-level ones). Written apart from src/sdp on purpose.
 */
function sectionsOf(sdp: string): Array<{ mid: string | null; ufrags: string[] }> {
  const parts = sdp.split(/\r?\n(?=m=)/);
  const valuesOf = (text: string, prefix: string): string[] =>
    text.split(/\r?\n/).filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length).trim());
  const sessionUfrags = parts[0]!.startsWith('m=') ? [] : valuesOf(parts[0]!, 'a=ice-ufrag:');
  return parts.filter((p) => p.startsWith('m=')).map((text) => {
    const own = valuesOf(text, 'a=ice-ufrag:');
    return { mid: valuesOf(text, 'a=mid:')[0] ?? null, ufrags: own.length ? own : sessionUfrags };
  });
}

/** The candidate grammar, roughly, as the fake engines check it (RFC 8839 section 5.1). */
const CANDIDATE_SYNTAX = /^(?:a=)?candidate:[A-Za-z0-9+/]{1,32} [12] [A-Za-z]+ \d{1,10} [^ ]+ \d{1,5} typ [a-z]+( |$)/i;

/** Builds a fresh fake window; every call makes new classes, so tests never share prototypes. */
export function fakeWindow(engine: FakeEngine): ShimWindow & Record<string, unknown> {
  class FakeSessionDescription {
    readonly type: RTCSdpType;
    readonly sdp: string;
    constructor(init: RTCSessionDescriptionInit) {
      if (init === null || typeof init !== 'object') throw new TypeError('init required');
      if (!['offer', 'answer', 'pranswer', 'rollback'].includes(init.type)) throw new TypeError('bad type');
      this.type = init.type;
      this.sdp = init.sdp ?? '';
    }
    toJSON(): RTCSessionDescriptionInit {
      return { type: this.type, sdp: this.sdp };
    }
  }

  /** RTCIceCandidate: WebIDL attributes are prototype getters over the object's internal slots. */
  interface CandidateSlots {
    readonly candidate: string;
    readonly sdpMid: string | null;
    readonly sdpMLineIndex: number | null;
    readonly usernameFragment: string | null;
  }
  const candidateSlots = new WeakMap<object, CandidateSlots>();
  const slotsOf = (self: unknown): CandidateSlots => {
    const slots = typeof self === 'object' && self !== null ? candidateSlots.get(self) : undefined;
    if (!slots) throw new TypeError('Illegal invocation');
    return slots;
  };

  class FakeIceCandidate {
    constructor(init: RTCIceCandidateInit = {}) {
      const candidate = init.candidate ?? '';
      if (engine.rejectsEmptyCandidateInit && candidate === '') {
        throw new DOMException("Failed to construct 'RTCIceCandidate': The 'candidate' property is empty.", 'TypeMismatchError');
      }
      const sdpMid = init.sdpMid ?? null;
      const sdpMLineIndex = init.sdpMLineIndex ?? null;
      if (candidate && sdpMid === null && sdpMLineIndex === null) throw new TypeError('mid or index');
      candidateSlots.set(this, { candidate, sdpMid, sdpMLineIndex, usernameFragment: init.usernameFragment ?? null });
    }
    get candidate(): string {
      return slotsOf(this).candidate;
    }
    get sdpMid(): string | null {
      return slotsOf(this).sdpMid;
    }
    get sdpMLineIndex(): number | null {
      return slotsOf(this).sdpMLineIndex;
    }
    get usernameFragment(): string | null {
      return slotsOf(this).usernameFragment;
    }
    /** The WebIDL default toJSON: reads the internal slots, not the (patchable) getters. */
    toJSON(): RTCIceCandidateInit {
      const { candidate, sdpMid, sdpMLineIndex, usernameFragment } = slotsOf(this);
      return engine.candidateFields === false ? { candidate, sdpMid, sdpMLineIndex } : { candidate, sdpMid, sdpMLineIndex, usernameFragment };
    }
  }
  if (engine.candidateFields === false) delete (FakeIceCandidate.prototype as { usernameFragment?: unknown }).usernameFragment;
  const parsedFields = ['foundation', 'component', 'priority', 'address', 'protocol', 'port', 'type', 'tcpType', 'relatedAddress', 'relatedPort'];
  if (engine.candidateFields) {
    // Roughly what engines parse (written apart from src/sdp on purpose): enough for the fields' presence.
    parsedFields.forEach((key, i) => {
      Object.defineProperty(FakeIceCandidate.prototype, key, {
        get(this: FakeIceCandidate) {
          const f = slotsOf(this).candidate.split(' ');
          const at = [0, 1, 3, 4, 2, 5, 7][i];
          return f.length < 8 || at === undefined ? null : at === 0 ? f[0]!.slice(10) : f[at];
        },
        enumerable: true,
        configurable: true,
      });
    });
  }
  // WebIDL attributes and operations are enumerable; class members are not.
  for (const key of ['candidate', 'sdpMid', 'sdpMLineIndex', 'usernameFragment', 'toJSON']) {
    const desc = Object.getOwnPropertyDescriptor(FakeIceCandidate.prototype, key);
    if (desc) Object.defineProperty(FakeIceCandidate.prototype, key, { ...desc, enumerable: true });
  }

  const FakeMediaStream = makeMediaStreamClass(!engine.noGetTrackById);
  class FakeMediaStreamTrack extends FakeTrack {}
  const rtpModels = new WeakMap<object, RtpModel>();
  const rtpOf = (pc: object): RtpModel => {
    let model = rtpModels.get(pc);
    if (!model) rtpModels.set(pc, (model = new RtpModel(FakeMediaStream)));
    return model;
  };
  /** An event with members, as the engine's RTCTrackEvent / MediaStreamTrackEvent would carry them. */
  const fromEngine = new WeakSet<Event>();
  const eventWith = (type: string, members: Record<string, unknown>): Event => {
    const event = new Event(type);
    fromEngine.add(event);
    for (const [key, value] of Object.entries(members)) Object.defineProperty(event, key, { value, enumerable: true });
    return event;
  };

  const announced = new WeakSet<object>();
  const liveRemote = (model: RtpModel): FakeStreamBase[] => [...model.remoteStreams.values()].filter((x) => x.getTracks().length > 0);
  /** RTCStatsReport: maplike, read-only to apps (a Map is close enough for the shims). */
  class FakeStatsReport extends Map<string, { id: string; type: string; timestamp: number }> {}

  /**
   * RTCDataChannel: attributes are prototype getters over internal slots (as WebIDL objects have).
   * Test hooks on the connection: `fakeConnect(maxMessageSize)` opens every channel (firing `open`),
   * `fakeIncoming(label)` fires a `datachannel` event. close() follows `engine.closesChannels`: the
   * measured engines leave the channels as they were and close them (firing `close`) a task later.
   */
  interface ChannelSlots { pc: FakePeerConnection; label: string; state: RTCDataChannelState; init: RTCDataChannelInit; sent: unknown[] }
  const channelSlots = new WeakMap<object, ChannelSlots>();
  const channelOf = (self: unknown): ChannelSlots => {
    const slots = channelSlots.get(self as object);
    if (!slots) throw new TypeError('Illegal invocation');
    return slots;
  };
  const pcChannels = new WeakMap<object, FakeDataChannel[]>();
  /** RTCSctpTransport: `state` and `maxMessageSize` are prototype getters over internal slots. */
  const sctpSlots = new WeakMap<object, { state: RTCSctpTransportState; maxMessageSize: number }>();
  class FakeSctpTransport extends EventTarget {
    constructor(maxMessageSize: number) {
      super();
      sctpSlots.set(this, { state: 'connected', maxMessageSize });
    }
    get state(): RTCSctpTransportState {
      return sctpSlots.get(this)!.state;
    }
    get maxMessageSize(): number {
      return sctpSlots.get(this)!.maxMessageSize;
    }
  }
  const sctpOf = new WeakMap<object, FakeSctpTransport>();
  const byteSize = (data: unknown): number =>
    typeof data === 'string' ? new TextEncoder().encode(data).length : (data as { byteLength?: number; size?: number }).byteLength ?? (data as { size: number }).size;
  class FakeDataChannel extends EventTarget {
    constructor(pc: FakePeerConnection, label: string, init: RTCDataChannelInit) {
      super();
      channelSlots.set(this, { pc, label, state: 'connecting', init: { ...init }, sent: [] });
      const list = pcChannels.get(pc) ?? [];
      list.push(this);
      pcChannels.set(pc, list);
    }
    get readyState(): RTCDataChannelState {
      return channelOf(this).state;
    }
    get label(): string {
      return channelOf(this).label;
    }
    get ordered(): boolean {
      return channelOf(this).init.ordered ?? true;
    }
    get maxPacketLifeTime(): number | null {
      return channelOf(this).init.maxPacketLifeTime ?? null;
    }
    get maxRetransmits(): number | null {
      return channelOf(this).init.maxRetransmits ?? null;
    }
    /** What send() passed on (test hook). */
    get fakeSent(): unknown[] {
      return channelOf(this).sent;
    }
    send(data: unknown): void {
      const slots = channelOf(this);
      if (slots.state !== 'open') throw new DOMException("RTCDataChannel.readyState is not 'open'", 'InvalidStateError');
      const sctp = sctpOf.get(slots.pc);
      if (sctp && byteSize(data) > sctp.maxMessageSize && engine.oversizeSend !== 'sends') {
        if (engine.oversizeSend === 'closes') {
          slots.state = 'closed';
          return;
        }
        throw new TypeError('Trying to send message larger than max-message-size');
      }
      slots.sent.push(data);
    }
    close(): void {
      const slots = channelOf(this);
      if (slots.state === 'closed' || slots.state === 'closing') return;
      slots.state = 'closing';
      setTimeout(() => {
        slots.state = 'closed';
        this.dispatchEvent(new Event('close'));
      }, 0);
    }
  }
  class FakeDataChannelEvent extends Event {
    readonly #channel: FakeDataChannel;
    constructor(type: string, init: { channel: FakeDataChannel }) {
      super(type);
      this.#channel = init.channel;
    }
    get channel(): FakeDataChannel {
      return this.#channel;
    }
  }

  const state = new WeakMap<object, { iceServers: unknown[]; config: Record<string, unknown>; ufrag: string; restart?: boolean }>();

  class FakePeerConnection extends EventTarget {
    signalingState: RTCSignalingState = 'stable';
    // Accessors on the prototype, as in the engines (WebIDL attributes), so shims can wrap them.
    #local: FakeSessionDescription | null = null;
    #remote: FakeSessionDescription | null = null;
    get localDescription(): FakeSessionDescription | null {
      return this.#local;
    }
    get remoteDescription(): FakeSessionDescription | null {
      return this.#remote;
    }
    addedCandidates: unknown[] = [];
    /** ICE, modelled coarsely: checking then connected a task after an answer is applied. */
    iceConnectionState: RTCIceConnectionState = 'new';
    constructor(config?: RTCConfiguration, _legacyConstraints?: unknown) {
      super();
      const servers: unknown[] = [];
      for (const server of (config && config.iceServers) || []) {
        const s = server as unknown as Record<string, unknown>;
        // WebIDL converts dictionary members in lexicographic order: `url` before `urls`.
        const legacyUrl = engine.readsIceUrl ? s.url : undefined;
        const urls = s.urls ?? legacyUrl;
        if (urls === undefined) throw new TypeError("Failed to read the 'urls' property from 'RTCIceServer'");
        const copy: Record<string, unknown> = { urls };
        if (engine.echoesIceUrl && s.url !== undefined) copy.url = s.url;
        servers.push(copy);
      }
      ufragCounter += 1;
      state.set(this, { iceServers: servers, config: { ...(config ?? {}) }, ufrag: 'ufrag' + String(ufragCounter) });
    }
    getConfiguration(): RTCConfiguration {
      const own = state.get(this);
      let iceServers = (own?.iceServers ?? []) as RTCIceServer[];
      if (engine.splitsIceServers) {
        iceServers = iceServers.flatMap((s) => (Array.isArray(s.urls) ? s.urls : [s.urls]).map((u) => ({ ...s, urls: [u] })));
      }
      // Chromium echoes sdpSemantics (a non-standard member) when the app chose it.
      const semantics = (own?.config as { sdpSemantics?: string } | undefined)?.sdpSemantics;
      return { bundlePolicy: 'balanced', rtcpMuxPolicy: 'require', iceTransportPolicy: 'all', iceServers, ...(semantics ? { sdpSemantics: semantics } : {}) };
    }
    setConfiguration(config: RTCConfiguration): void {
      const own = state.get(this);
      if (own) own.iceServers = [...(config.iceServers ?? [])];
    }
    close(): void {
      if (this.signalingState === 'closed') return;
      this.signalingState = 'closed';
      this.iceConnectionState = 'closed'; // no event: close() fires none
      const sctp = sctpOf.get(this);
      // Firefox leaves its SCTP transport 'connected' (measured in 153); the spec closes it.
      if (sctp && !engine.sctpStaysConnected) sctpSlots.get(sctp)!.state = 'closed';
      for (const channel of pcChannels.get(this) ?? []) {
        const slots = channelOf(channel);
        if (slots.state === 'closed') continue;
        if (engine.closesChannels) {
          slots.state = 'closed';
          continue;
        }
        setTimeout(() => {
          slots.state = 'closed';
          channel.dispatchEvent(new Event('close'));
        }, 0);
      }
    }
    createDataChannel(label: unknown, init?: RTCDataChannelInit): FakeDataChannel {
      if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
      if (init && init.maxPacketLifeTime != null && init.maxRetransmits != null) throw new TypeError('both max retransmits and max lifetime');
      return new FakeDataChannel(this, String(label), init ?? {});
    }
    get sctp(): unknown {
      return sctpOf.get(this) ?? null;
    }
    /** The description of the last completed offer/answer exchange (roughly: the remote one when stable). */
    get currentRemoteDescription(): FakeSessionDescription | null {
      return this.signalingState === 'stable' || this.signalingState === 'closed' ? this.remoteDescription : null;
    }
    /** Connects: ICE connected (its events), the SCTP transport, and every channel opens (firing `open`). */
    fakeConnect(maxMessageSize = 262144): void {
      sctpOf.set(this, new FakeSctpTransport(maxMessageSize));
      this.iceTo('connected');
      for (const channel of pcChannels.get(this) ?? []) {
        channelOf(channel).state = 'open';
        channel.dispatchEvent(new Event('open'));
      }
    }
    fakeIncoming(label: string): void {
      const channel = new FakeDataChannel(this, label, {});
      channelOf(channel).state = sctpOf.has(this) ? 'open' : 'connecting';
      this.dispatchEvent(new FakeDataChannelEvent('datachannel', { channel }));
    }
    /**
     * WebIDL `getStats(optional MediaStreamTrack? selector = null)`: extra arguments are ignored,
     * a selector that is not a track is a TypeError, a track the connection neither sends nor
     * receives an InvalidAccessError. Callback-only engines and `legacyStats` take a callback first.
     */
    getStats(...args: unknown[]): unknown {
      const [first] = args;
      if (engine.overloads === 'callback' || (engine.legacyStats && typeof first === 'function')) {
        if (typeof first !== 'function') throw new TypeError('callback required');
        setTimeout(() => (first as (r: unknown) => void)({ result: () => [] }), 0);
        return engine.overloads === 'callback' ? undefined : Promise.resolve(undefined);
      }
      const selector = first ?? null;
      if (selector !== null && !(selector instanceof FakeTrack)) return Promise.reject(new TypeError('parameter 1 is not of type MediaStreamTrack'));
      if (selector && !(engine.noRtpApi ? [] : rtpOf(this).transceivers).some((t) => t.sender.track === selector || t.receiver.track === selector)) {
        return Promise.reject(new DOMException('There is no sender or receiver for the track.', 'InvalidAccessError'));
      }
      return Promise.resolve(new FakeStatsReport([['P', { id: 'P', type: 'peer-connection', timestamp: 0 }]]));
    }
    /** Sets the ICE state and, unless closed, fires iceconnectionstatechange (and connectionstatechange where the engine has it). */
    protected iceTo(next: RTCIceConnectionState): void {
      if (this.signalingState === 'closed' || this.iceConnectionState === next) return;
      const before = engine.noConnectionState ? null : connectionStateOf(this.iceConnectionState);
      this.iceConnectionState = next;
      this.dispatchEvent(new Event('iceconnectionstatechange'));
      if (before !== null && before !== connectionStateOf(next)) this.dispatchEvent(new Event('connectionstatechange'));
    }
    protected async doCreate(kind: 'offer' | 'answer', options?: unknown): Promise<RTCSessionDescriptionInit> {
      if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
      const own = state.get(this);
      // An ICE restart: new credentials in this offer (the engine's own restartIce sets `restart`).
      if (own && kind === 'offer' && ((options as RTCOfferOptions | undefined)?.iceRestart || own.restart)) {
        ufragCounter += 1;
        own.ufrag = 'ufrag' + String(ufragCounter);
        own.restart = false;
      }
      if (kind === 'answer' && this.signalingState !== 'have-remote-offer' && this.signalingState !== 'have-local-pranswer') {
        throw new DOMException('no remote offer', 'InvalidStateError');
      }
      const init = { type: kind, sdp: fakeSdp(kind, state.get(this)?.ufrag ?? 'ufrag0', engine.noRtpApi ? undefined : rtpOf(this), engine.names === 'moz-only') };
      return engine.resolvesDescription ? new FakeSessionDescription(init) : init;
    }
    protected async doSet(side: 'local' | 'remote', description: unknown): Promise<void> {
      if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
      const desc = new FakeSessionDescription(description as RTCSessionDescriptionInit);
      if (!desc.sdp.startsWith('v=0')) throw new DOMException('parse error', 'OperationError');
      // Measured (docs/sdp-quirks.md): every Chromium rejects a last line without a line ending;
      // Firefox rejects the draft simulcast syntax; old engines a=extmap-allow-mixed.
      if (engine.names !== 'moz-only' && engine.names !== 'unprefixed' && !desc.sdp.endsWith('\n')) throw new DOMException('Failed to parse SessionDescription. Invalid SDP line.', 'OperationError');
      if (engine.getUserMedia === 'moz' && /^a=simulcast: ?\S+ rid=/m.test(desc.sdp)) throw new DOMException('Rid can contain only alphanumeric characters', 'OperationError');
      if (engine.names === 'moz-only' && desc.sdp.includes('DTLS/SCTP webrtc-datachannel')) throw new DOMException('SIPCC Failed to parse SDP: Invalid proto for m=application', 'OperationError');
      if (engine.rejectsExtmapAllowMixed && desc.sdp.includes('a=extmap-allow-mixed')) throw new DOMException('Failed to parse SessionDescription. a=extmap-allow-mixed Expects at least 2 fields.', 'OperationError');
      const s = this.signalingState;
      const next: Record<string, Partial<Record<RTCSdpType, RTCSignalingState>>> = side === 'local'
        ? { stable: { offer: 'have-local-offer' }, 'have-local-offer': { offer: 'have-local-offer' }, 'have-remote-offer': { answer: 'stable', pranswer: 'have-local-pranswer' }, 'have-local-pranswer': { answer: 'stable' } }
        : { stable: { offer: 'have-remote-offer' }, 'have-remote-offer': { offer: 'have-remote-offer' }, 'have-local-offer': { answer: 'stable', pranswer: 'have-remote-pranswer' }, 'have-remote-pranswer': { answer: 'stable' } };
      const to = next[s]?.[desc.type];
      if (!to) throw new DOMException('wrong state ' + s + ' for ' + desc.type, 'InvalidStateError');
      if (side === 'local') this.#local = desc;
      else this.#remote = desc;
      this.signalingState = to;
      if (to === 'stable' && this.iceConnectionState === 'new') {
        setTimeout(() => {
          this.iceTo('checking');
          setTimeout(() => this.iceTo('connected'), 0);
        }, 0);
      }
      if (side === 'remote' && !engine.noRtpApi) {
        // The spec's "set the RTCSessionDescription": remote tracks come and go with the description.
        const model = rtpOf(this);
        const liveBefore = liveRemote(model);
        const changes = model.applyRemote(desc.sdp);
        for (const { transceiver, streams } of changes.removed) {
          for (const stream of streams) stream.dispatchEvent(eventWith('removetrack', { track: transceiver.receiver.track }));
        }
        for (const { transceiver, streams } of changes.added) {
          const { receiver } = transceiver;
          this.dispatchEvent(eventWith('track', { track: receiver.track, receiver, transceiver, streams }));
        }
        if (engine.legacyStreams) {
          const liveAfter = liveRemote(model);
          for (const stream of liveAfter) {
            // Firefox announces a stream id once, not again when tracks come back to it (measured).
            if (liveBefore.indexOf(stream) >= 0 || (engine.legacyStreams === 'firefox' && announced.has(stream))) continue;
            announced.add(stream);
            this.dispatchEvent(eventWith('addstream', { stream }));
          }
          if (engine.legacyStreams === 'chromium') {
            for (const stream of liveBefore) if (liveAfter.indexOf(stream) < 0) this.dispatchEvent(eventWith('removestream', { stream }));
          }
        }
      }
    }
    protected async doAddIceCandidate(candidate: unknown): Promise<void> {
      if (engine.argumentRequired && (candidate === undefined || candidate === null)) {
        throw new TypeError("Failed to execute 'addIceCandidate': 1 argument required");
      }
      if (engine.argumentRequired && typeof candidate === 'object' && candidate !== null && (candidate as RTCIceCandidateInit).candidate === '') {
        throw new DOMException('Error processing ICE candidate', 'OperationError');
      }
      const init = (candidate ?? {}) as RTCIceCandidateInit;
      if (init.candidate && init.sdpMid == null && init.sdpMLineIndex == null) throw new TypeError('sdpMid and sdpMLineIndex are both null');
      if (engine.candidateBeforeRemoteIsOperationError && !this.remoteDescription && init.candidate) {
        throw new DOMException('Error processing ICE candidate', 'OperationError');
      }
      if (this.signalingState === 'closed' || !this.remoteDescription) throw new DOMException('no remote description', 'InvalidStateError');
      const sections = sectionsOf(this.remoteDescription.sdp);
      let section: { mid: string | null; ufrags: string[] } | undefined;
      if (init.sdpMid != null) {
        section = sections.find((s) => s.mid === init.sdpMid);
        if (!section) throw new DOMException('unknown mid ' + init.sdpMid, 'OperationError');
      } else if (init.sdpMLineIndex != null) {
        section = sections[init.sdpMLineIndex];
        if (!section) throw new DOMException('no m-line ' + String(init.sdpMLineIndex), 'OperationError');
      }
      const ufrag = init.usernameFragment;
      if (section && typeof ufrag === 'string' && ufrag !== '' && section.ufrags.indexOf(ufrag) < 0) {
        // Chromium drops the candidate and resolves; the spec (and Firefox) reject.
        if (engine.ignoresForeignUfrag) return;
        throw new DOMException('unknown ufrag ' + ufrag, 'OperationError');
      }
      if (init.candidate && !CANDIDATE_SYNTAX.test(init.candidate)) {
        // Firefox ignores it and resolves; the spec (and Chromium) reject.
        if (engine.acceptsUnparsableCandidate) return;
        throw new DOMException('bad candidate', 'OperationError');
      }
      this.addedCandidates.push(candidate);
    }
  }

  type Run = (self: FakePeerConnection, value: unknown) => Promise<unknown>;
  const methods: Array<[string, 'create' | 'apply', Run, number]> = [
    ['createOffer', 'create', (self, v) => self['doCreate']('offer', v), 0],
    ['createAnswer', 'create', (self) => self['doCreate']('answer'), 0],
    ['setLocalDescription', 'apply', (self, v) => {
      if (engine.argumentRequired && v === undefined) return Promise.reject(new TypeError('1 argument required'));
      if (v === undefined || v === null) {
        // the spec's implicit description (what engines with the optional argument do)
        const implied = ['stable', 'have-local-offer', 'have-remote-pranswer'].indexOf(self.signalingState) >= 0 ? 'offer' : 'answer';
        return self['doCreate'](implied).then((init) => self['doSet']('local', { type: init.type, sdp: init.sdp }));
      }
      return self['doSet']('local', v);
    }, engine.argumentRequired ? 1 : 0],
    ['setRemoteDescription', 'apply', (self, v) => self['doSet']('remote', v), 1],
    ['addIceCandidate', 'apply', (self, v) => self['doAddIceCandidate'](v), engine.argumentRequired ? 1 : 0],
  ];
  for (const [key, kind, run, length] of methods) {
    const method = function (this: FakePeerConnection, ...args: unknown[]): unknown {
      const value = kind === 'create' ? args[args.length >= 2 ? 2 : 0] : args[0];
      if (engine.overloads === 'callback') {
        const [ok, fail] = kind === 'create' ? [args[0], args[1]] : [args[1], args[2]];
        if (typeof ok !== 'function' || typeof fail !== 'function') throw new TypeError('callbacks required');
        run(this, value).then((v) => (ok as (x: unknown) => void)(v), (e) => (fail as (x: unknown) => void)(e));
        return undefined;
      }
      if (engine.overloads === 'both' && args.length >= 2) {
        const [ok, fail] = kind === 'create' ? [args[0], args[1]] : [args[1], args[2]];
        const lenient = engine.failureCallbackOptional && kind === 'apply' && fail === undefined && typeof ok === 'function';
        if (lenient) {
          run(this, value).then((v) => (ok as (x: unknown) => void)(v), () => {});
          return Promise.resolve(undefined);
        }
        if (typeof ok !== 'function' || typeof fail !== 'function') return Promise.reject(new TypeError('callbacks'));
        return run(this, value).then((v) => { (ok as (x: unknown) => void)(v); }, (e) => { (fail as (x: unknown) => void)(e); });
      }
      // Promise-only engines treat extra arguments as WebIDL does without the legacy overload.
      return run(this, kind === 'create' ? args[0] : value);
    };
    Object.defineProperty(method, 'name', { value: key });
    Object.defineProperty(method, 'length', { value: length });
    Object.defineProperty(FakePeerConnection.prototype, key, { value: method, writable: true, enumerable: true, configurable: true });
  }

  if (!engine.noConnectionState) {
    Object.defineProperty(FakePeerConnection.prototype, 'connectionState', {
      get(this: FakePeerConnection) { return connectionStateOf(this.iceConnectionState); },
      enumerable: true,
      configurable: true,
    });
  }
  const proto = FakePeerConnection.prototype;
  if (engine.canTrickle) {
    Object.defineProperty(proto, 'canTrickleIceCandidates', {
      get(this: FakePeerConnection) {
        return this.remoteDescription ? this.remoteDescription.sdp.includes('a=ice-options:trickle') : null;
      },
      enumerable: true,
      configurable: true,
    });
  }

  if (engine.restartIce) {
    const restartIce = function restartIce(this: FakePeerConnection): void {
      const own = state.get(this);
      if (own && this.signalingState !== 'closed') own.restart = true;
    };
    Object.defineProperty(FakePeerConnection.prototype, 'restartIce', { value: restartIce, writable: true, enumerable: true, configurable: true });
  }
  /** The engine's own addStream & co. (see FakeEngine.legacyStreams). */
  const legacyStreamMethods = (chromium: boolean): Record<string, (this: FakePeerConnection, ...args: unknown[]) => unknown> => {
    const check = (pc: FakePeerConnection, stream: unknown): FakeStreamBase => {
      if (!(stream instanceof FakeMediaStream)) throw new TypeError('parameter 1 is not of type MediaStream');
      if (pc.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
      return stream;
    };
    const methods: Record<string, (this: FakePeerConnection, ...args: unknown[]) => unknown> = {
      addStream(stream: unknown): void {
        const model = rtpOf(this);
        for (const track of check(this, stream).getTracks()) {
          if (!model.transceivers.some((t) => t.sender.track === track)) model.addTrack(track, [stream as FakeStreamBase]);
          else if (!chromium) throw new DOMException('This track is already set on a sender.', 'InvalidAccessError');
        }
      },
      getLocalStreams(): unknown[] {
        const out: FakeStreamBase[] = [];
        for (const t of rtpOf(this).transceivers) {
          if (chromium && !t.sender.track) continue;
          for (const stream of t.sender.streams) if (out.indexOf(stream) < 0) out.push(stream);
        }
        return out;
      },
      getRemoteStreams(): unknown[] {
        const model = rtpOf(this);
        return chromium ? liveRemote(model) : [...model.remoteStreams.values()];
      },
    };
    if (chromium) {
      methods.removeStream = function (this: FakePeerConnection, stream: unknown): void {
        const model = rtpOf(this);
        const tracks = check(this, stream).getTracks();
        for (const t of model.transceivers) if (t.sender.track && tracks.indexOf(t.sender.track) >= 0) model.removeTrack(t.sender);
      };
    }
    return methods;
  };
  if (engine.createDTMFSender) {
    // Chromium's errors (measured in 73 to 156).
    Object.defineProperty(proto, 'createDTMFSender', {
      value: function createDTMFSender(this: FakePeerConnection, track: unknown): unknown {
        if (!(track instanceof FakeTrack)) throw new TypeError('parameter 1 is not of type MediaStreamTrack');
        if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
        const sender = rtpOf(this).transceivers.find((t) => t.sender.track === track)?.sender;
        if (!sender || track.kind !== 'audio') throw new DOMException('No RTCRtpSender is available for the track provided.', 'SyntaxError');
        return sender.dtmf;
      },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  if (engine.identity) {
    // Firefox: no IdP set is an InvalidStateError; peerIdentity stays pending.
    const peer = new WeakMap<object, Promise<never>>();
    Object.defineProperties(proto, {
      peerIdentity: { get(this: object) { if (!peer.has(this)) peer.set(this, new Promise<never>(() => {})); return peer.get(this); }, enumerable: true, configurable: true },
      idpLoginUrl: { get: () => null, enumerable: true, configurable: true },
      setIdentityProvider: { value: function setIdentityProvider(_provider: string): void {}, writable: true, enumerable: true, configurable: true },
      getIdentityAssertion: { value: () => Promise.reject(new DOMException('no IdP set', 'InvalidStateError')), writable: true, enumerable: true, configurable: true },
    });
  }

  if (!engine.noRtpApi) {
    const rtpMethods: Record<string, (this: FakePeerConnection, ...args: unknown[]) => unknown> = {
      addTrack(track: unknown, ...streams: unknown[]): unknown {
        if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
        return rtpOf(this).addTrack(track, streams);
      },
      removeTrack(sender: unknown): void {
        if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
        rtpOf(this).removeTrack(sender);
      },
      addTransceiver(trackOrKind: unknown, init?: unknown): unknown {
        if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
        return rtpOf(this).addTransceiver(trackOrKind, init as RTCRtpTransceiverInit);
      },
      getSenders(): unknown[] {
        return rtpOf(this).transceivers.filter((t) => t.direction !== 'stopped').map((t) => t.sender);
      },
      getReceivers(): unknown[] {
        return rtpOf(this).transceivers.filter((t) => t.direction !== 'stopped').map((t) => t.receiver);
      },
      getTransceivers(): unknown[] {
        return rtpOf(this).transceivers.slice();
      },
    };
    if (engine.legacyStreams) Object.assign(rtpMethods, legacyStreamMethods(engine.legacyStreams === 'chromium'));
    for (const key of Object.keys(rtpMethods)) {
      Object.defineProperty(FakePeerConnection.prototype, key, { value: rtpMethods[key], writable: true, enumerable: true, configurable: true });
    }
    for (const type of engine.legacyStreams === 'chromium' ? ['addstream', 'removestream'] : engine.legacyStreams ? ['addstream'] : []) {
      const handlers = new WeakMap<object, unknown>();
      Object.defineProperty(FakePeerConnection.prototype, 'on' + type, {
        get(this: object) {
          return handlers.get(this) ?? null;
        },
        set(this: FakePeerConnection, value: unknown) {
          if (!handlers.has(this)) {
            this.addEventListener(type, (e) => {
              // Firefox's handler runs for the events Firefox dispatches only (measured in 153).
              if (engine.legacyStreams === 'firefox' && !fromEngine.has(e)) return;
              (handlers.get(this) as ((e: Event) => void) | null)?.call(this, e);
            });
          }
          handlers.set(this, typeof value === 'function' ? value : null);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }

  const win: ShimWindow & Record<string, unknown> = {
    DOMException,
    Event,
    EventTarget,
    navigator: { userAgent: engine.userAgent },
  };
  if (!engine.noPeerConnection) {
    const pc = FakePeerConnection as unknown as typeof RTCPeerConnection;
    const desc = FakeSessionDescription as unknown as typeof RTCSessionDescription;
    const cand = FakeIceCandidate as unknown as typeof RTCIceCandidate;
    const stream = FakeMediaStream as unknown as typeof MediaStream;
    if (engine.overloads !== 'callback') win.RTCStatsReport = FakeStatsReport;
    Object.assign(win, { RTCDataChannel: FakeDataChannel, RTCDataChannelEvent: FakeDataChannelEvent });
    if (!engine.noSctp) win.RTCSctpTransport = FakeSctpTransport as unknown as typeof RTCSctpTransport;
    if (engine.noSctp) delete (FakePeerConnection.prototype as { sctp?: unknown }).sctp;
    if (engine.oldLifetimeName) {
      delete (FakeDataChannel.prototype as { maxPacketLifeTime?: unknown }).maxPacketLifeTime;
      Object.defineProperty(FakeDataChannel.prototype, 'maxRetransmitTime', {
        get(this: FakeDataChannel): number | null {
          return (channelOf(this).init as { maxRetransmitTime?: number }).maxRetransmitTime ?? 65535;
        },
        configurable: true,
      });
      // ... and 65535 for an unset maxRetransmits.
      Object.defineProperty(FakeDataChannel.prototype, 'maxRetransmits', {
        get(this: FakeDataChannel): number {
          return channelOf(this).init.maxRetransmits ?? 65535;
        },
        configurable: true,
      });
    }
    if (engine.names === 'unprefixed' || engine.names === 'unprefixed+webkit') {
      Object.assign(win, { RTCPeerConnection: pc, RTCSessionDescription: desc, RTCIceCandidate: cand, MediaStream: stream });
    }
    if (engine.names === 'unprefixed+webkit') Object.assign(win, { webkitRTCPeerConnection: pc, webkitMediaStream: stream });
    if (engine.names === 'webkit-only') Object.assign(win, { webkitRTCPeerConnection: pc, RTCSessionDescription: desc, RTCIceCandidate: cand, webkitMediaStream: stream });
    if (engine.names === 'moz-only') Object.assign(win, { mozRTCPeerConnection: pc, mozRTCSessionDescription: desc, mozRTCIceCandidate: cand, MediaStream: stream });
  } else {
    Object.assign(win, { MediaStream: FakeMediaStream });
  }
  win.MediaStreamTrack = FakeMediaStreamTrack as unknown as typeof MediaStreamTrack;
  if (engine.getSources) {
    // Chrome's SourceInfo list, called back later (as Chrome did); tests plug and unplug devices in `fakeSources`.
    const sources = [{ id: 'mic1', label: '', kind: 'audio', facing: '' }, { id: 'cam1', label: '', kind: 'video', facing: 'user' }];
    win.fakeSources = sources;
    Object.assign(FakeMediaStreamTrack, { getSources: (done: (s: typeof sources) => void): void => void Promise.resolve().then(() => done(sources.map((x) => ({ ...x })))) });
  }
  if (engine.eventTargetNotConstructible) {
    const Illegal = function EventTarget(): never {
      throw new TypeError('Illegal constructor');
    };
    Illegal.prototype = EventTarget.prototype;
    win.EventTarget = Illegal as unknown as typeof EventTarget;
  }
  if (!engine.noRtpApi && !engine.noPeerConnection) win.RTCRtpSender = FakeSender as unknown as typeof RTCRtpSender;
  const nav = win.navigator as Record<string, unknown>;
  // Firefox (153, measured) fails with a MediaStreamError, no DOMException and no TypeError.
  // Chrome before 64 failed with a NavigatorUserMediaError of the pre-spec names (constraintName).
  const OLD_NAMES: Record<string, string> = { OverconstrainedError: 'ConstraintNotSatisfiedError', NotAllowedError: 'PermissionDeniedError' };
  const fail = (name: string, message: string, constraint?: string): Error =>
    engine.getUserMedia === 'moz'
      ? ({ name, message, constraint } as unknown as Error)
      : engine.getUserMedia === 'webkit' && name !== 'TypeError'
        ? ({ name: OLD_NAMES[name] ?? name, message, constraintName: constraint && 'sourceId' } as unknown as Error)
        : name === 'TypeError'
          ? new TypeError(message)
          : Object.assign(new DOMException(message, name), { constraint });
  const unknownLegacyName = (constraints: unknown): string | undefined => {
    if (!engine.rejectsUnknownLegacyNames) return undefined;
    for (const kind of ['audio', 'video']) {
      const mandatory = (constraints as Record<string, { mandatory?: object } | undefined>)[kind]?.mandatory;
      const name = mandatory && Object.keys(mandatory).find((k) => !/^(?:(?:min|max)(?:Width|Height|FrameRate|AspectRatio)|sourceId|echoCancellation|goog(?:EchoCancellation|AutoGainControl|NoiseSuppression|HighpassFilter))$/.test(k));
      if (name) return name;
    }
    return undefined;
  };
  const gum = async (constraints: MediaStreamConstraints): Promise<MediaStream> => {
    if (!constraints || (!constraints.audio && !constraints.video)) throw new TypeError('audio or video required');
    const unknown = unknownLegacyName(constraints);
    if (unknown) throw fail('OverconstrainedError', 'Unknown name of constraint detected', unknown);
    const text = JSON.stringify(constraints);
    // An impossible device (spec or legacy form) and a denied permission (a device named "denied").
    if (text.includes('"nope"')) throw fail('OverconstrainedError', '', 'deviceId');
    if (text.includes('"denied"')) throw fail('NotAllowedError', 'Permission denied');
    const tracks: FakeTrack[] = [];
    if (constraints.audio) tracks.push(new FakeMediaStreamTrack('audio'));
    if (constraints.video) tracks.push(new FakeMediaStreamTrack('video'));
    return new FakeMediaStream(tracks) as unknown as MediaStream;
  };
  const enumerateDevices = async (): Promise<MediaDeviceInfo[]> =>
    ['audioinput', 'videoinput', 'audiooutput'].map((kind, i) => ({ kind, deviceId: 'd' + String(i), label: kind + ' ' + String(i), groupId: 'g' }) as MediaDeviceInfo);
  const supported = { width: true, height: true, frameRate: true, aspectRatio: true, facingMode: true, deviceId: true, groupId: true, echoCancellation: true, noiseSuppression: true, autoGainControl: true };
  if (engine.mediaDevices !== false) nav.mediaDevices = { getUserMedia: gum, enumerateDevices, getSupportedConstraints: () => ({ ...supported }) };
  Object.assign(win, playback(win, engine));
  // Chromium's WebIDL: both callbacks required (length 3), a TypeError otherwise; Chromium (73 to
  // 156, measured) also throws the TypeError for constraints without audio and video.
  const legacy = function (c: MediaStreamConstraints, ok: (s: MediaStream) => void, failure: (e: unknown) => void): void {
    if (typeof ok !== 'function' || typeof failure !== 'function') throw new TypeError('3 arguments required');
    if (engine.getUserMedia !== 'moz' && (!c || (!c.audio && !c.video))) throw new TypeError('At least one of audio and video must be requested');
    const unknown = unknownLegacyName(c);
    if (unknown) return failure(fail('OverconstrainedError', 'Unknown name of constraint detected', unknown));
    gum(c).then(ok, (e: unknown) => failure(e instanceof TypeError && engine.getUserMedia === 'moz' ? fail('TypeError', e.message) : e));
  };
  if (engine.getUserMedia === 'unprefixed') nav.getUserMedia = legacy;
  if (engine.getUserMedia === 'unprefixed' || engine.getUserMedia === 'webkit') nav.webkitGetUserMedia = legacy;
  if (engine.getUserMedia === 'moz') nav.mozGetUserMedia = legacy;
  return win;
}

/**
 * Playback as the media element and the File API model it: `src` reflects its content attribute
 * (set by the setter or setAttribute), `srcObject` is an attribute of its own, and object URLs
 * are made for Blobs (and MediaStreams where `streamUrls`), anything else a TypeError.
 */
function playback(win: ShimWindow, engine: FakeEngine): Pick<ShimWindow, 'URL' | 'Blob' | 'HTMLMediaElement'> {
  const urls = new Map<string, unknown>();
  let n = 0;
  const Stream = win.MediaStream as typeof MediaStream;
  const FakeURL = {
    createObjectURL(object: unknown): string {
      if (!(object instanceof Blob) && !(engine.streamUrls && object instanceof Stream)) throw new TypeError('not a Blob or MediaSource');
      const url = 'blob:https://example.test/' + String(++n);
      urls.set(url, object);
      return url;
    },
    revokeObjectURL(url: string): void {
      urls.delete(String(url));
    },
    /** Test access: what a URL stands for now. */
    registered: urls,
  };
  const slots = new WeakMap<object, { attrs: Map<string, string>; srcObject: unknown }>();
  const slot = (el: object) => {
    const s = slots.get(el);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  };
  class FakeElement {
    setAttribute(name: string, value: string): void {
      slot(this).attrs.set(String(name).toLowerCase(), String(value));
    }
    getAttribute(name: string): string | null {
      return slot(this).attrs.get(String(name).toLowerCase()) ?? null;
    }
  }
  class FakeMediaElement extends FakeElement {
    constructor() {
      super();
      slots.set(this, { attrs: new Map(), srcObject: null });
    }
    get src(): string {
      return this.getAttribute('src') ?? '';
    }
    set src(value: string) {
      this.setAttribute('src', value);
    }
    get srcObject(): unknown {
      return slot(this).srcObject;
    }
    set srcObject(value: unknown) {
      slot(this).srcObject = value;
    }
  }
  if (engine.streamUrls) delete (FakeMediaElement.prototype as { srcObject?: unknown }).srcObject;
  return { URL: FakeURL as unknown as typeof URL, Blob, HTMLMediaElement: FakeMediaElement as unknown as typeof HTMLMediaElement };
}

export const UA = {
  chrome156: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  chrome73: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/73.0.3683.0 Safari/537.36',
  chrome45: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/45.0.2454.85 Safari/537.36',
  firefox153: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefox40: 'Mozilla/5.0 (X11; Linux x86_64; rv:40.0) Gecko/20100101 Firefox/40.0',
  firefox33: 'Mozilla/5.0 (X11; Linux x86_64; rv:33.0) Gecko/20100101 Firefox/33.0',
  safari17: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  webkitgtk: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
};

/** A Chromium user agent string of the given major version, as the headless builds send it. */
export function chromiumUserAgent(major: number): string {
  return UA.chrome156.replace('HeadlessChrome/156.', 'HeadlessChrome/' + String(major) + '.');
}

/** The engines the unit tests model, named by what they are. */
export const engines = {
  /** Today's Chromium as measured: spec signaling, webkit aliases, legacy gUM. */
  chromium156: { userAgent: UA.chrome156, names: 'unprefixed+webkit', overloads: 'both', restartIce: true, failureCallbackOptional: true, readsIceUrl: true, ignoresForeignUfrag: true, oversizeSend: 'throws' as FakeEngine['oversizeSend'], getUserMedia: 'unprefixed', legacyStreams: 'chromium', candidateFields: true, canTrickle: true, createDTMFSender: true },
  /** Today's Firefox as measured: no prefixes, mozGetUserMedia only, echoes `url`. */
  firefox153: { userAgent: UA.firefox153, names: 'unprefixed', overloads: 'both', restartIce: true, readsIceUrl: true, echoesIceUrl: true, acceptsUnparsableCandidate: true, oversizeSend: 'throws', sctpStaysConnected: true, getUserMedia: 'moz', legacyStreams: 'firefox', candidateFields: true, canTrickle: true, identity: true },
  /** Chromium 73: required arguments, RTCSessionDescription results. */
  chromium73: { userAgent: UA.chrome73, names: 'unprefixed+webkit', overloads: 'both', failureCallbackOptional: true, argumentRequired: true, resolvesDescription: true, readsIceUrl: true, splitsIceServers: true, candidateBeforeRemoteIsOperationError: true, rejectsEmptyCandidateInit: true, ignoresForeignUfrag: true, oversizeSend: 'sends', legacyStats: true, noSctp: true, oldLifetimeName: true, getUserMedia: 'unprefixed', rejectsUnknownLegacyNames: true, legacyStreams: 'chromium', candidateFields: false, createDTMFSender: true },
  /** Firefox 40: prefixed-only constructors (moz*), promises and callbacks. */
  firefox40PrefixedOnly: { userAgent: UA.firefox40, names: 'moz-only', overloads: 'both', noConnectionState: true, readsIceUrl: true, echoesIceUrl: true, acceptsUnparsableCandidate: true, getUserMedia: 'moz', mediaDevices: false, legacyStreams: 'firefox', identity: true, streamUrls: true, noGetTrackById: true, eventTargetNotConstructible: true },
  /** Firefox 33: prefixed-only and callback-only (pre-promise). */
  firefox33CallbackOnly: { userAgent: UA.firefox33, names: 'moz-only', overloads: 'callback', noConnectionState: true, noRtpApi: true, readsIceUrl: true, acceptsUnparsableCandidate: true, getUserMedia: 'moz', mediaDevices: false, identity: true, streamUrls: true, noGetTrackById: true, eventTargetNotConstructible: true },
  /** Chrome 45: webkitRTCPeerConnection only, callback-only, required arguments. */
  chrome45CallbackOnly: { userAgent: UA.chrome45, names: 'webkit-only', overloads: 'callback', legacyStats: true, noConnectionState: true, noRtpApi: true, argumentRequired: true, resolvesDescription: true, readsIceUrl: true, ignoresForeignUfrag: true, getUserMedia: 'webkit', mediaDevices: false, streamUrls: true, getSources: true, eventTargetNotConstructible: true },
  /** Safari 17: promise-only signaling, no `url`, no legacy gUM. */
  safari17PromiseOnly: { userAgent: UA.safari17, names: 'unprefixed', overloads: 'promise', restartIce: true, readsIceUrl: false, oversizeSend: 'throws', closesChannels: true, getUserMedia: 'none', candidateFields: true, canTrickle: true },
  /** WebKitGTK: capture APIs but no RTCPeerConnection at all. */
  webkitGtkNoPeerConnection: { userAgent: UA.webkitgtk, names: 'unprefixed', overloads: 'promise', noPeerConnection: true, getUserMedia: 'none' },
} satisfies Record<string, FakeEngine>;

/**
 * A partly locked window: `win` behind a Proxy whose defineProperty refuses `key` (returns false,
 * so Object.defineProperty throws a TypeError), as a locked-down page's window can. The key still
 * looks configurable, so a writer's own checks pass and the write itself fails, part-way through
 * an install. Everything else goes through to `win`.
 */
export function windowRefusing<W extends object>(win: W, key: PropertyKey): W {
  return new Proxy(win, {
    defineProperty: (target, k, descriptor) => k !== key && Reflect.defineProperty(target, k, descriptor),
  });
}
