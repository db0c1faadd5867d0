/**
 * getConfiguration() must return the ICE servers as the app configured them
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getconfiguration). Chromium up to 92
 * splits a server with several `urls` into one server per URL, so a configuration read back and
 * compared, or passed to setConfiguration(), changes shape. Measured: 73, 92, 103, 106, 108 and
 * 109 split; 110 and every later build tried keep it (`scripts/chromium-probe.mjs`), so the range
 * ends at 109. Only visible on a constructed connection, hence the version range. The servers the
 * app gave are remembered per connection in a private WeakMap.
 */
import { inEngines } from '../../browser';
import { privateState } from '../../patch/private-state';
import { wrapConstructor } from '../../patch/wrap-constructor';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const configured = privateState<object, { servers: RTCIceServer[] | null }>(() => ({ servers: null }));

/** The spec shape of the servers in `config`, copied (urls may come as the legacy `url`). */
function serversOf(config: unknown): RTCIceServer[] | null {
  if (typeof config !== 'object' || config === null) return null;
  const servers: unknown = (config as RTCConfiguration).iceServers;
  if (!Array.isArray(servers)) return null;
  return servers.map((server: unknown) => {
    const s = (typeof server === 'object' && server !== null ? server : {}) as RTCIceServer & { url?: string };
    const urls = s.urls ?? s.url ?? [];
    const copy: RTCIceServer = { urls: Array.isArray(urls) ? [...urls] : [urls] };
    if (s.username !== undefined) copy.username = s.username;
    if (s.credential !== undefined) copy.credential = s.credential;
    return copy;
  });
}

function copyServers(servers: RTCIceServer[]): RTCIceServer[] {
  return servers.map((s) => ({ ...s, urls: Array.isArray(s.urls) ? [...s.urls] : s.urls }));
}

export const shim: Shim = {
  name: 'get-configuration-ice-servers',
  area: 'peer-connection',
  engines: { blink: [1, 109] },
  reason:
    'getConfiguration() must return each ICE server as configured, not split per URL ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getconfiguration)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && typeof proto.getConfiguration === 'function' && inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' splits multi-URL ICE servers in getConfiguration()'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    wrapConstructor(ctx.window, 'RTCPeerConnection', this.name, null, (pc, args) => {
      configured.get(pc).servers = serversOf(args[0]);
    });
    wrapMethod(proto, 'setConfiguration', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        const result = native.apply(this, args);
        // Only reached when the engine accepted the configuration.
        if (typeof this === 'object' && this !== null) configured.get(this).servers = serversOf(args[0]);
        return result;
      },
    );
    wrapMethod(proto, 'getConfiguration', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        const config = native.apply(this, args) as RTCConfiguration;
        const servers = typeof this === 'object' && this !== null ? configured.peek(this)?.servers : null;
        return servers ? { ...config, iceServers: copyServers(servers) } : config;
      },
    );
  },
};
