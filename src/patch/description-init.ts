/**
 * A plain RTCSessionDescriptionInit (https://w3c.github.io/webrtc-pc/#dom-rtcsessiondescriptioninit)
 * copied from any description-like object: the app may edit it, and an engine's read-only
 * RTCSessionDescription, or the app's own object, is never the one changed. Anything that is not an
 * object is returned as it is, for the engine to reject.
 */
export function toInit(description: unknown): unknown {
  if (typeof description !== 'object' || description === null) return description;
  const { type, sdp } = description as RTCSessionDescriptionInit;
  return { type, sdp };
}
