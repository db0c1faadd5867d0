/**
 * Firefox echoes the deprecated `url` member back from getConfiguration() next to `urls`
 * (measured in Firefox 153). The spec's RTCIceServer has no `url`
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getconfiguration), and code that
 * round-trips a configuration then carries the legacy member on. Seeing the echo needs a
 * connection built with `url`, so the behaviour test is the engine family.
 */
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

function withoutUrl(config: unknown): unknown {
  if (typeof config !== 'object' || config === null) return config;
  const servers: unknown = (config as RTCConfiguration).iceServers;
  if (!Array.isArray(servers)) return config;
  const hasUrl = (s: unknown): boolean => typeof s === 'object' && s !== null && 'url' in s;
  if (!servers.some(hasUrl)) return config;
  const iceServers = servers.map((server: unknown) => {
    if (!hasUrl(server)) return server;
    const copy: Record<string, unknown> = { ...(server as object) };
    delete copy.url;
    return copy;
  });
  return { ...config, iceServers };
}

export const shim: Shim = {
  name: 'get-configuration-url',
  area: 'peer-connection',
  reason: 'getConfiguration() must return the spec RTCIceServer (urls, no legacy url) (https://w3c.github.io/webrtc-pc/#dom-rtciceserver)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && typeof proto.getConfiguration === 'function' && ctx.browser.engine === 'gecko'
      ? 'Gecko echoes RTCIceServer.url from getConfiguration()'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    wrapMethod(proto, 'getConfiguration', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        return withoutUrl(native.apply(this, args));
      },
    );
  },
};
