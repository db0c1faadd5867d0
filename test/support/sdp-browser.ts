/**
 * Test-only entry point: the pure SDP rewrites of src/sdp and the line diff the unit tests use,
 * bundled by scripts/sdp-bundle.mjs into an IIFE that sets `window.rtcshimSdp`, so that
 * test/e2e/sdp-rewrites.e2e.js runs them in each engine on SDP the engine wrote a moment before.
 * dist/ does not export them (they are internal); this bundle is never shipped.
 */
export { withoutExtmapAllowMixed } from '../../src/sdp/extmap-allow-mixed';
export { withoutCollidingExtmaps } from '../../src/sdp/extmap-bundle';
export { withFinalLineEnding } from '../../src/sdp/final-line-ending';
export { currentSctpSyntax, legacySctpSyntax } from '../../src/sdp/sctp-syntax';
export { rfc8853Simulcast } from '../../src/sdp/simulcast';
export { lineDiff } from './sdp-diff';
