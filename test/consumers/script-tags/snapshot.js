// Classic script between two bundles: what the first one left (its global `adapter`, the
// constructors and the RTCPeerConnection methods), for page.js to compare after the second ran.
(() => {
  const methods = {};
  for (const name of ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate',
    'addTrack', 'getStats', 'addStream', 'getLocalStreams', 'getStreamById', 'createDataChannel']) {
    methods[name] = RTCPeerConnection.prototype[name];
  }
  const handlers = {};
  for (const name of ['onicecandidate', 'ontrack', 'onaddstream', 'ondatachannel']) {
    handlers[name] = Object.getOwnPropertyDescriptor(RTCPeerConnection.prototype, name);
  }
  window.firstCopy = {
    adapter: window.adapter,
    constructors: { RTCPeerConnection, RTCSessionDescription, RTCIceCandidate, MediaStream },
    methods,
    handlers,
    addEventListener: EventTarget.prototype.addEventListener,
  };
})();
