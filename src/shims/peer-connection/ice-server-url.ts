/**
 * `RTCIceServer.url` (one string) was renamed `urls` (string or list) in 2013; engines that
 * dropped the old member reject or ignore `{iceServers: [{url}]}`, which legacy code still passes
 * (https://w3c.github.io/webrtc-pc/#dom-rtciceserver). The behaviour test watches whether the
 * engine's WebIDL dictionary conversion reads `url` at all: a getter on a probe object records
 * the read, and a getter on `urls` (converted after `url`) aborts the constructor with a sentinel
 * before any connection is created. Blink and Gecko read `url` in every version with an
 * unprefixed RTCPeerConnection (measured: Chromium 73, 92, 156; Firefox 153), so the probe, which
 * costs a constructor call at every page load, runs only in other engines.
 */
import { wrapConstructor } from '../../patch/wrap-constructor';
import { wrapMethod } from '../../patch/wrap-method';
import type { Logger, Shim, ShimWindow } from '../../types';
import { peerConnectionPrototype } from '../../window';

function engineReadsUrl(win: ShimWindow): boolean {
  const Ctor = win.RTCPeerConnection;
  if (!Ctor) return true;
  const abort = new Error('probe');
  let readUrl = false;
  const server = {
    get url(): string {
      readUrl = true;
      return 'stun:127.0.0.1';
    },
    get urls(): string {
      throw abort;
    },
  };
  try {
    const pc = new Ctor({ iceServers: [server as RTCIceServer] });
    pc.close();
  } catch {
    // Expected: the sentinel (or the engine's own TypeError for a server without urls).
  }
  return readUrl;
}

function hasLegacyUrl(server: unknown): server is { url: unknown } {
  return typeof server === 'object' && server !== null && 'url' in server && !('urls' in server);
}

/** A copy of `config` with `url` renamed `urls`; the caller's object is never modified. */
export function withUrls(config: unknown, log: Logger): unknown {
  if (typeof config !== 'object' || config === null) return config;
  const servers: unknown = (config as RTCConfiguration).iceServers;
  if (!Array.isArray(servers) || !servers.some(hasLegacyUrl)) return config;
  log.deprecated('ice-server-url', 'RTCIceServer.url is deprecated; use RTCIceServer.urls.');
  const iceServers = servers.map((server: unknown) => {
    if (!hasLegacyUrl(server)) return server;
    const copy: Record<string, unknown> = { ...server, urls: server.url };
    delete copy.url;
    return copy;
  });
  return { ...config, iceServers };
}

export const shim: Shim = {
  name: 'ice-server-url',
  area: 'peer-connection',
  reason: 'legacy RTCIceServer.url must keep working where engines only know urls (https://w3c.github.io/webrtc-pc/#dom-rtciceserver)',
  needed(ctx) {
    const engine = ctx.browser.engine;
    if (engine === 'blink' || engine === 'gecko') return false;
    return peerConnectionPrototype(ctx.window) && !engineReadsUrl(ctx.window)
      ? 'RTCIceServer dictionary has no url member'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    wrapConstructor(ctx.window, 'RTCPeerConnection', this.name, (args) =>
      args.length > 0 ? [withUrls(args[0], ctx.log), ...args.slice(1)] : [],
    );
    if (typeof proto.setConfiguration === 'function') {
      wrapMethod(proto, 'setConfiguration', this.name, (native) =>
        function (this: unknown, ...args: unknown[]): unknown {
          return native.call(this, withUrls(args[0], ctx.log), ...args.slice(1));
        },
      );
    }
  },
};
