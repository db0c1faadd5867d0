/**
 * Every shim, in install order. One line per shim; ordering constraints as comments.
 */
import type { Shim } from './types';
import { shim as unprefixedConstructors } from './shims/peer-connection/unprefixed-constructors';
import { shim as promiseMethods } from './shims/peer-connection/promise-methods';
import { shim as legacyCallbacks } from './shims/peer-connection/legacy-callbacks';
import { shim as descriptionInitResult } from './shims/peer-connection/description-init-result';
import { shim as offerConstraints } from './shims/peer-connection/offer-constraints';
import { shim as offerToReceive } from './shims/peer-connection/offer-to-receive';
import { shim as implicitSetLocalDescription } from './shims/peer-connection/implicit-set-local-description';
import { shim as addIceCandidateEnd } from './shims/peer-connection/add-ice-candidate-end';
import { shim as addIceCandidateState } from './shims/peer-connection/add-ice-candidate-state';
import { shim as iceServerUrl } from './shims/peer-connection/ice-server-url';
import { shim as getConfigurationUrl } from './shims/peer-connection/get-configuration-url';
import { shim as getConfigurationIceServers } from './shims/peer-connection/get-configuration-ice-servers';
import { shim as prefixedAliases } from './shims/peer-connection/prefixed-aliases';
import { shim as iceCandidateEndInit } from './shims/ice/ice-candidate-end-init';
import { shim as iceCandidateFields } from './shims/ice/ice-candidate-fields';
import { shim as iceCandidateToJson } from './shims/ice/ice-candidate-to-json';
import { shim as updateIce } from './shims/ice/update-ice';
import { shim as defaultIceServers } from './shims/ice/default-ice-servers';
import { shim as canTrickleIceCandidates } from './shims/ice/can-trickle-ice-candidates';
import { shim as identityMembers } from './shims/peer-connection/identity-members';
import { shim as identityEventHandlers } from './shims/peer-connection/identity-event-handlers';
import { shim as createDtmfSender } from './shims/dtmf/create-dtmf-sender';
import { shim as addIceCandidateUfrag } from './shims/ice/add-ice-candidate-ufrag';
import { shim as addIceCandidateSyntax } from './shims/ice/add-ice-candidate-syntax';
import { shim as restartIce } from './shims/ice/restart-ice';
import { shim as connectionState } from './shims/peer-connection/connection-state';
import { shim as addStream } from './shims/legacy-streams/add-stream';
import { shim as removeStream } from './shims/legacy-streams/remove-stream';
import { shim as removeStreamEvent } from './shims/legacy-streams/remove-stream-event';
import { shim as getStreamById } from './shims/legacy-streams/get-stream-by-id';
import { shim as streamTracks } from './shims/legacy-streams/stream-tracks';
import { shim as legacyGetStats } from './shims/stats/legacy-get-stats';
import { shim as statsSpecMembers } from './shims/stats/stats-spec-members';
import { shim as statsSelection } from './shims/stats/stats-selection';
import { shim as statsMediaSourceId } from './shims/stats/stats-media-source-id';
import { shim as closeDataChannels } from './shims/data-channel/close-data-channels';
import { shim as sctpTransport } from './shims/data-channel/sctp-transport';
import { shim as sendMaxMessageSize } from './shims/data-channel/send-max-message-size';
import { shim as legacyDataChannelOptions } from './shims/data-channel/legacy-data-channel-options';
import { shim as dataChannelReliability } from './shims/data-channel/data-channel-reliability';
import { shim as sctpClosed } from './shims/data-channel/sctp-closed';
import { shim as closedConnectionEvents } from './shims/peer-connection/closed-connection-events';
import { shim as getUserMediaAsyncErrors } from './shims/media-devices/get-user-media-async-errors';
import { shim as getUserMediaErrors } from './shims/media-devices/get-user-media-errors';
import { shim as legacyConstraints } from './shims/media-devices/legacy-constraints';
import { shim as legacyConstraintUnknownNames } from './shims/media-devices/legacy-constraint-unknown-names';
import { shim as specConstraintsToLegacy } from './shims/media-devices/spec-constraints-to-legacy';
import { shim as specConstraintsToRequire } from './shims/media-devices/spec-constraints-to-require';
import { shim as getUserMediaFailureOptional } from './shims/media-devices/get-user-media-failure-optional';
import { shim as legacyGetUserMedia } from './shims/media-devices/legacy-get-user-media';
import { shim as mediaStreamStop } from './shims/media-devices/media-stream-stop';
import { shim as streamGetTrackById } from './shims/media-devices/stream-get-track-by-id';
import { shim as mediaDevicesObject } from './shims/media-devices/media-devices-object';
import { shim as srcObjectAliases } from './shims/media-element/src-object-aliases';
import { shim as getSources } from './shims/media-devices/get-sources';
import { shim as objectUrlStream } from './shims/media-element/object-url-stream';
import { shim as finalLineEnding } from './shims/sdp/final-line-ending';
import { shim as simulcastDraftSyntax } from './shims/sdp/simulcast-draft-syntax';
import { shim as extmapAllowMixed } from './shims/sdp/extmap-allow-mixed';
import { shim as sctpLegacySyntax } from './shims/sdp/sctp-legacy-syntax';
import { shim as extmapBundleCollision } from './shims/sdp/extmap-bundle-collision';

export const registry: readonly Shim[] = [
  unprefixedConstructors, // first: every later shim looks for the unprefixed names
  promiseMethods, // before any shim that wraps a signaling method and expects a promise back
  finalLineEnding, // SDP shims next: the description hook is the innermost layer (other shims see the app's SDP)
  simulcastDraftSyntax,
  extmapAllowMixed,
  sctpLegacySyntax,
  extmapBundleCollision,
  descriptionInitResult,
  offerToReceive,
  offerConstraints, // after offer-to-receive: hands it the spec options the legacy constraints stand for
  implicitSetLocalDescription, // after description-init-result: creates through the shimmed createOffer
  addIceCandidateEnd,
  addIceCandidateState,
  iceCandidateEndInit, // replaces the RTCIceCandidate constructor
  iceCandidateFields, // after ice-candidate-end-init: wraps its constructor, reads candidate through its getter
  iceCandidateToJson, // reads usernameFragment, which ice-candidate-fields defines in Chromium 73
  addIceCandidateUfrag,
  addIceCandidateSyntax,
  restartIce,
  connectionState,
  addStream, // before the other legacy-streams shims: they build on its getLocalStreams/getRemoteStreams
  removeStream,
  removeStreamEvent,
  getStreamById,
  streamTracks, // after add-stream and remove-stream: follows the streams given to either addStream
  legacyCallbacks, // after every shim that wraps a signaling method: the outermost layer
  statsSpecMembers, // these three before legacy-get-stats: the legacy forms it answers get their reports
  statsSelection,
  statsMediaSourceId,
  legacyGetStats,
  closeDataChannels,
  sctpTransport,
  sctpClosed,
  sendMaxMessageSize, // reads sctp, which sctp-transport gives Chromium 73 (at call time: order free)
  legacyDataChannelOptions, // before data-channel-reliability: reads which lifetime name the engine has
  dataChannelReliability,
  closedConnectionEvents,
  iceServerUrl, // replaces the RTCPeerConnection constructor
  getConfigurationUrl,
  getConfigurationIceServers, // replaces the RTCPeerConnection constructor
  updateIce,
  defaultIceServers,
  canTrickleIceCandidates,
  identityMembers,
  identityEventHandlers,
  createDtmfSender,
  prefixedAliases, // after every constructor replacement, so aliases name the final constructor
  getUserMediaAsyncErrors, // before get-user-media-failure-optional: its warning then receives the TypeError too
  getUserMediaErrors,
  legacyConstraints, // before legacy-get-user-media: wraps only the engine's own functions
  legacyConstraintUnknownNames, // before get-user-media-failure-optional, whose warning is then its failure callback
  specConstraintsToRequire, // like spec-constraints-to-legacy, before media-devices-object
  specConstraintsToLegacy, // the same as legacy-constraints, and before media-devices-object, which calls the function it wraps
  getSources, // before media-devices-object, whose enumerateDevices calls getSources: never built on each other
  mediaDevicesObject, // after the three above: it calls the engine's legacy function as they wrapped it
  getUserMediaFailureOptional, // before legacy-get-user-media: it wraps only the engine's own function
  legacyGetUserMedia,
  mediaStreamStop,
  streamGetTrackById,
  srcObjectAliases,
  objectUrlStream,
];
