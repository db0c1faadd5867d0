// The legacy members rtcshim installs, as global TypeScript declarations, so that apps use them
// without casts (issue 10): the legacy interface extensions
// (https://w3c.github.io/webrtc-pc/#legacy-interface-extensions: getUserMedia) and the pre-spec
// members 2013-2016 code calls (addStream, getLocalStreams, onaddstream, createDTMFSender, the
// prefixed constructors, MediaStream.stop, mozSrcObject). Published as dist/types/legacy-globals.d.ts
// (scripts/types.mjs copies it) and referenced from every entry's typings.
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
