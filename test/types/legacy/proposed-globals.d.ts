// A DRAFT, not published: the global augmentation the package could publish (e.g. as
// dist/types/legacy.d.ts, referenced from index.d.mts and index.d.cts) so that apps use the legacy
// members rtcshim adds without casts. Legacy interface extensions:
// https://w3c.github.io/webrtc-pc/#legacy-interface-extensions (getUserMedia, createOffer options);
// the rest are the pre-spec members of 2013-2016 code that rtcshim installs (addStream,
// getLocalStreams, createDTMFSender, prefixed constructors, MediaStream.stop, mozSrcObject).
// test/unit/types.test.ts checks that app.mts type-checks with it (tsconfig.proposed.json).
export {};
declare global {
  interface MediaStreamEvent extends Event { readonly stream: MediaStream | null }
  interface RTCPeerConnection {
    addStream(stream: MediaStream): void;
    removeStream(stream: MediaStream): void;
    getLocalStreams(): MediaStream[];
    getRemoteStreams(): MediaStream[];
    getStreamById(id: string): MediaStream | null;
    createDTMFSender(track: MediaStreamTrack): RTCDTMFSender;
    onaddstream: ((this: RTCPeerConnection, ev: MediaStreamEvent) => unknown) | null;
    onremovestream: ((this: RTCPeerConnection, ev: MediaStreamEvent) => unknown) | null;
  }
  type NavigatorUserMediaSuccessCallback = (stream: MediaStream) => void;
  type NavigatorUserMediaErrorCallback = (error: DOMException) => void;
  interface Navigator {
    getUserMedia(constraints: MediaStreamConstraints, success: NavigatorUserMediaSuccessCallback, failure: NavigatorUserMediaErrorCallback): void;
    webkitGetUserMedia?(constraints: MediaStreamConstraints, success: NavigatorUserMediaSuccessCallback, failure: NavigatorUserMediaErrorCallback): void;
    mozGetUserMedia?(constraints: MediaStreamConstraints, success: NavigatorUserMediaSuccessCallback, failure: NavigatorUserMediaErrorCallback): void;
  }
  interface MediaStream { stop(): void }
  interface HTMLMediaElement { mozSrcObject: MediaProvider | null; webkitSrcObject: MediaProvider | null }
  interface Window {
    webkitRTCPeerConnection?: typeof RTCPeerConnection;
    mozRTCPeerConnection?: typeof RTCPeerConnection;
  }
  var webkitRTCPeerConnection: typeof RTCPeerConnection | undefined;
  var mozRTCPeerConnection: typeof RTCPeerConnection | undefined;
}
