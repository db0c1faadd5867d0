/**
 * Types shared by every module. A leaf: imports nothing from src/.
 *
 * `ShimWindow` is what a shim may see of a window. Every WebRTC global is optional because the
 * engines we normalise differ in exactly that: which names exist, prefixed or not.
 */

export type PeerConnectionConstructor = typeof RTCPeerConnection;
export type SessionDescriptionConstructor = typeof RTCSessionDescription;
export type IceCandidateConstructor = typeof RTCIceCandidate;
export type MediaStreamConstructor = typeof MediaStream;

/** `navigator.getUserMedia` and its prefixed forms (legacy callback API). */
export type LegacyGetUserMedia = (
  this: Navigator,
  constraints: MediaStreamConstraints,
  success: (stream: MediaStream) => void,
  failure: (error: DOMException) => void,
) => void;

export interface ShimNavigator {
  userAgent?: string;
  userAgentData?: { brands?: ReadonlyArray<{ brand: string; version: string }> };
  mediaDevices?: Partial<MediaDevices>;
  getUserMedia?: LegacyGetUserMedia;
  webkitGetUserMedia?: LegacyGetUserMedia;
  mozGetUserMedia?: LegacyGetUserMedia;
}

export interface ShimWindow {
  RTCPeerConnection?: PeerConnectionConstructor;
  webkitRTCPeerConnection?: PeerConnectionConstructor;
  mozRTCPeerConnection?: PeerConnectionConstructor;
  RTCSessionDescription?: SessionDescriptionConstructor;
  mozRTCSessionDescription?: SessionDescriptionConstructor;
  RTCIceCandidate?: IceCandidateConstructor;
  mozRTCIceCandidate?: IceCandidateConstructor;
  RTCDataChannel?: typeof RTCDataChannel;
  RTCDataChannelEvent?: typeof RTCDataChannelEvent;
  RTCSctpTransport?: typeof RTCSctpTransport;
  MediaStream?: MediaStreamConstructor;
  MediaStreamTrack?: typeof MediaStreamTrack;
  HTMLMediaElement?: typeof HTMLMediaElement;
  URL?: typeof URL;
  Blob?: typeof Blob;
  RTCError?: typeof RTCError;
  RTCRtpSender?: typeof RTCRtpSender;
  webkitMediaStream?: MediaStreamConstructor;
  /** Read only by `browser.ts`, for adapter.js's Safari `supportsUnifiedPlan`. */
  RTCRtpTransceiver?: typeof RTCRtpTransceiver;
  DOMException?: typeof DOMException;
  OverconstrainedError?: typeof OverconstrainedError;
  Event?: typeof Event;
  EventTarget?: typeof EventTarget;
  navigator?: ShimNavigator;
  console?: Pick<Console, 'log' | 'warn'>;
}

/** The global names a shim may define or replace on a window. */
export type WindowGlobalName = Exclude<keyof ShimWindow, 'navigator' | 'console'>;

/**
 * Every value adapter.js code compares `browserDetails.browser` against, so that such code
 * type-checks. rtcshim reports all but `'edge'`: EdgeHTML is gone and Chromium Edge is `'chrome'`,
 * as in adapter.js 9. `'Not a browser.'`: no window, navigator or user agent (Node, SSR, a
 * worker); `'Not a supported browser.'`: a window of an engine we do not know.
 */
export type BrowserName = 'chrome' | 'firefox' | 'safari' | 'edge' | 'Not a browser.' | 'Not a supported browser.';
export type EngineName = 'blink' | 'gecko' | 'webkit';

export interface BrowserDetails {
  /** adapter.js-compatible name. */
  browser: BrowserName;
  /** Major version, or null when unknown. */
  version: number | null;
  /** Rendering/WebRTC engine family, detected by features first. */
  engine: EngineName | null;
}

export interface Logger {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  /** Warns once per key for the life of the page. */
  deprecated(key: string, message: string): void;
}

export interface ShimContext {
  readonly window: ShimWindow;
  readonly browser: BrowserDetails;
  readonly log: Logger;
}

export type ShimArea =
  | 'peer-connection'
  | 'legacy-streams'
  | 'ice'
  | 'stats'
  | 'data-channel'
  | 'dtmf'
  | 'media-devices'
  | 'media-element'
  | 'sdp';

/**
 * What a behaviour test found: `false` when the engine already does the right thing, otherwise a
 * short description of the observed defect (shown in `adapter.applied[].found`).
 */
export type Finding = false | string;

/**
 * Major-version ranges, per engine, that a behaviour test falls back on where the behaviour
 * cannot be probed synchronously (each range measured in real builds; the shim says how).
 */
export type EngineRanges = Partial<Record<EngineName, readonly [min: number, max: number]>>;

export interface Shim {
  /** Equals the file name; the id in the registry, the report and `enable`/`disable`. */
  readonly name: string;
  readonly area: ShimArea;
  /** Why the shim exists, with the bug or spec link. */
  readonly reason: string;
  /** Version ranges its behaviour test falls back on, checked by `inEngines` (browser.ts); docs and tests read them here. */
  readonly engines?: EngineRanges;
  /** Apps must ask for it with `enable`. */
  readonly optIn?: boolean;
  /** Behaviour test: does this engine lack the API or get it wrong? */
  needed(ctx: ShimContext): Finding;
  /** Patches through src/patch/ only. */
  install(ctx: ShimContext): void;
}

export interface AppliedShim {
  name: string;
  reason: string;
  /** What the behaviour test observed. */
  found: string;
}

export interface SkippedShim {
  name: string;
  reason: string;
}

export interface AdapterOptions {
  window?: ShimWindow | null;
  /** Shim names to install even if opt-in. */
  enable?: readonly string[];
  /** Shim names never to install. */
  disable?: readonly string[];
}

/** `adapter.browserDetails`, with adapter.js's members. */
export interface AdapterBrowserDetails {
  browser: BrowserName;
  version: number | null;
  /**
   * Set as adapter.js sets it: on Safari only, true when `RTCRtpTransceiver` has
   * `currentDirection`, false when it lacks it, undefined without `RTCRtpTransceiver`. Absent
   * elsewhere (see docs/design.md).
   */
  supportsUnifiedPlan?: boolean;
}

/**
 * Another WebRTC shim whose work rtcshim found on the window before it installed: today only
 * adapter.js's script bundle (`webrtc-adapter`'s `out/adapter.js`), recognised by its global
 * `adapter`. Its patches stay; rtcshim's behaviour tests run on top of them.
 */
export interface PreviousAdapter {
  name: 'adapter.js';
  /** What it reported, copied: `browserDetails.browser` and `version` of its global `adapter`. */
  browserDetails: { browser: string; version: number | null };
}

export interface Adapter {
  browserDetails: AdapterBrowserDetails;
  extractVersion(uastring: string, expr: string | RegExp, pos: number): number | null;
  disableLog(disable: boolean): string | Error;
  disableWarnings(disable: boolean): string | Error;
  /** Shims installed on this window, in install order. */
  applied: AppliedShim[];
  /** Shims not installed, each with the reason. */
  skipped: SkippedShim[];
  /** rtcshim's version. */
  version: string;
  /** Other shims found on the window before this one installed (adapter.js's bundle); empty when none. */
  previous: PreviousAdapter[];
}

/**
 * The adapter of the auto-installing entry (`rtcshim`, `dist/adapter.js`). Its `default` is the
 * object itself, not enumerable: code written for webrtc-adapter's CommonJS build reads
 * `require('webrtc-adapter').default`, and TypeScript's CommonJS output of `import adapter from`
 * reads `.default` too.
 */
export interface EntryAdapter extends Adapter {
  readonly default: EntryAdapter;
}
