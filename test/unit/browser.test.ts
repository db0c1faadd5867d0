import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectBrowser, extractVersion, safariSupportsUnifiedPlan, unsupportedBrowser, versionIn } from '../../src/browser';
import type { BrowserDetails, ShimNavigator, ShimWindow } from '../../src/types';

const UA = {
  chromium156: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  chrome73: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/73.0.3683.0 Safari/537.36',
  firefox153: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefox45: 'Mozilla/5.0 (X11; Linux x86_64; rv:45.0) Gecko/20100101 Firefox/45.0',
  safari17: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  miniBrowser: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
  edge120:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  opera105: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 OPR/105.0.0.0',
};

const legacyGum = (): void => undefined;
class PC {}

function win(navigator: ShimNavigator | undefined, extra: Record<string, unknown> = {}): ShimWindow {
  return { navigator, ...extra } as ShimWindow;
}

const uaOnly = (userAgent: string): ShimWindow => win({ userAgent });

/** Windows shaped like the real engines (BROWSERS.md): features agree with the UA. */
const real = {
  chromium156: win(
    {
      userAgent: UA.chromium156,
      webkitGetUserMedia: legacyGum,
      getUserMedia: legacyGum,
      userAgentData: { brands: [{ brand: 'Chromium', version: '156' }, { brand: 'Not.A/Brand', version: '99' }] },
    },
    { RTCPeerConnection: PC, webkitRTCPeerConnection: PC },
  ),
  chrome73: win({ userAgent: UA.chrome73, webkitGetUserMedia: legacyGum }, { RTCPeerConnection: PC, webkitRTCPeerConnection: PC }),
  firefox153: win({ userAgent: UA.firefox153, mozGetUserMedia: legacyGum }, { RTCPeerConnection: PC }),
  firefox45: win({ userAgent: UA.firefox45, mozGetUserMedia: legacyGum }, { RTCPeerConnection: PC, mozRTCPeerConnection: PC }),
  safari17: win({ userAgent: UA.safari17 }, { RTCPeerConnection: PC }),
  miniBrowser: win({ userAgent: UA.miniBrowser }),
};

const UNSUPPORTED: BrowserDetails = { browser: 'Not a supported browser.', version: null, engine: null };
const NOT_A_BROWSER: BrowserDetails = { browser: 'Not a browser.', version: null, engine: null };

describe('detectBrowser', () => {
  it('Chromium 156 (HeadlessChrome) → chrome 156, blink', () => {
    assert.deepEqual(detectBrowser(real.chromium156), { browser: 'chrome', version: 156, engine: 'blink' });
    assert.deepEqual(detectBrowser(uaOnly(UA.chromium156)), { browser: 'chrome', version: 156, engine: 'blink' });
  });

  it('Chrome 73 headless → chrome 73, blink', () => {
    assert.deepEqual(detectBrowser(real.chrome73), { browser: 'chrome', version: 73, engine: 'blink' });
    assert.deepEqual(detectBrowser(uaOnly(UA.chrome73)), { browser: 'chrome', version: 73, engine: 'blink' });
  });

  it('Firefox 153 and 45 → firefox, gecko', () => {
    assert.deepEqual(detectBrowser(real.firefox153), { browser: 'firefox', version: 153, engine: 'gecko' });
    assert.deepEqual(detectBrowser(real.firefox45), { browser: 'firefox', version: 45, engine: 'gecko' });
    assert.deepEqual(detectBrowser(uaOnly(UA.firefox45)), { browser: 'firefox', version: 45, engine: 'gecko' });
  });

  it('Safari 17 → safari with the AppleWebKit build 605 as version (adapter.js compatible)', () => {
    assert.deepEqual(detectBrowser(real.safari17), { browser: 'safari', version: 605, engine: 'webkit' });
  });

  it('WebKitGTK MiniBrowser (no RTCPeerConnection) → safari 605, webkit — not "Version/60.5"', () => {
    // adapter.js says "Not a supported browser." here (its Safari branch needs RTCPeerConnection);
    // rtcshim detects the engine so the capture shims can install (BROWSERS.md).
    assert.deepEqual(detectBrowser(real.miniBrowser), { browser: 'safari', version: 605, engine: 'webkit' });
  });

  it('Chromium-based Edge and Opera → chrome with the Chromium version', () => {
    assert.deepEqual(detectBrowser(uaOnly(UA.edge120)), { browser: 'chrome', version: 120, engine: 'blink' });
    assert.deepEqual(detectBrowser(uaOnly(UA.opera105)), { browser: 'chrome', version: 119, engine: 'blink' });
  });

  it('no window, no navigator or no user agent → "Not a browser." (adapter.js words), version null', () => {
    assert.deepEqual(detectBrowser(null), NOT_A_BROWSER);
    assert.deepEqual(detectBrowser(undefined), NOT_A_BROWSER);
    assert.deepEqual(detectBrowser({}), NOT_A_BROWSER);
    assert.deepEqual(detectBrowser(win({})), NOT_A_BROWSER);
    assert.deepEqual(detectBrowser(uaOnly('')), NOT_A_BROWSER);
    // adapter.js asks for a user agent before it looks at features; so do we.
    assert.deepEqual(detectBrowser(win({ mozGetUserMedia: legacyGum })), NOT_A_BROWSER);
  });

  it('a window with an unknown UA → "Not a supported browser." with version null', () => {
    assert.deepEqual(detectBrowser(uaOnly('curl/8.0.1')), UNSUPPORTED);
    assert.deepEqual(detectBrowser(uaOnly('Node.js/20')), UNSUPPORTED);
    assert.deepEqual(unsupportedBrowser(), UNSUPPORTED);
  });

  it('features beat the UA: Gecko features with a Chrome UA → firefox/gecko, version unknown', () => {
    const spoofed = win({ userAgent: UA.chromium156, mozGetUserMedia: legacyGum });
    assert.deepEqual(detectBrowser(spoofed), { browser: 'firefox', version: null, engine: 'gecko' });
  });

  it('features beat the UA: Blink features with a Firefox UA → chrome/blink', () => {
    const spoofed = win({ userAgent: UA.firefox153 }, { webkitRTCPeerConnection: PC });
    assert.deepEqual(detectBrowser(spoofed), { browser: 'chrome', version: null, engine: 'blink' });
    const withBrands = win(
      { userAgent: UA.firefox153, webkitGetUserMedia: legacyGum, userAgentData: { brands: [{ brand: 'Chromium', version: '150' }] } },
      {},
    );
    assert.deepEqual(detectBrowser(withBrands), { browser: 'chrome', version: 150, engine: 'blink' });
  });

  it('features beat the UA: Blink features with a Safari UA are not Safari', () => {
    const spoofed = win({ userAgent: UA.safari17, webkitGetUserMedia: legacyGum });
    assert.equal(detectBrowser(spoofed).engine, 'blink');
  });

  it('features agree with a UA that has several tokens: the engine row wins', () => {
    // A Firefox UA that also mentions Chrome (extensions, embedders) still reads as Firefox with Gecko features.
    const mixed = win({ userAgent: UA.firefox153 + ' Chrome/120.0', mozGetUserMedia: legacyGum });
    assert.deepEqual(detectBrowser(mixed), { browser: 'firefox', version: 153, engine: 'gecko' });
  });

  it('the UA version wins over brands (cheaper; the reduced UA keeps the major)', () => {
    const w = win({ userAgent: UA.chrome73, userAgentData: { brands: [{ brand: 'Chromium', version: '156' }] } });
    assert.equal(detectBrowser(w).version, 73);
  });

  it('userAgentData brands give the Chromium version when the UA has none', () => {
    const w = win({
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Safari/537.36',
      webkitGetUserMedia: legacyGum,
      userAgentData: {
        brands: [
          { brand: 'Google Chrome', version: '157' },
          { brand: 'Chromium', version: '156' },
          { brand: 'Not=A?Brand', version: '24' },
        ],
      },
    });
    assert.deepEqual(detectBrowser(w), { browser: 'chrome', version: 156, engine: 'blink' });
  });

  it('brands without Chromium fall back to the UA; brands never apply to Firefox', () => {
    const noChromium = win({ userAgent: UA.chrome73, userAgentData: { brands: [{ brand: 'Other', version: '9' }] } });
    assert.equal(detectBrowser(noChromium).version, 73);
    const firefox = win({
      userAgent: UA.firefox153,
      mozGetUserMedia: legacyGum,
      userAgentData: { brands: [{ brand: 'Chromium', version: '156' }] },
    });
    assert.deepEqual(detectBrowser(firefox), { browser: 'firefox', version: 153, engine: 'gecko' });
  });

  it('a non-string userAgent is treated as none', () => {
    const odd = { navigator: { userAgent: 42 } } as unknown as ShimWindow;
    assert.deepEqual(detectBrowser(odd), NOT_A_BROWSER);
  });
});

describe('safariSupportsUnifiedPlan', () => {
  class UnifiedTransceiver {
    get currentDirection(): null {
      return null;
    }
  }
  class PlanBTransceiver {}

  it("answers as adapter.js's Safari branch: currentDirection on RTCRtpTransceiver.prototype", () => {
    assert.equal(safariSupportsUnifiedPlan(win({ userAgent: UA.safari17 }, { RTCRtpTransceiver: UnifiedTransceiver })), true);
    assert.equal(safariSupportsUnifiedPlan(win({ userAgent: UA.safari17 }, { RTCRtpTransceiver: PlanBTransceiver })), false);
  });

  it('is undefined, not false, without RTCRtpTransceiver (apps test `!== undefined`)', () => {
    assert.equal(safariSupportsUnifiedPlan(real.safari17), undefined);
  });
});

describe('extractVersion', () => {
  it("matches adapter.js's contract", () => {
    assert.equal(extractVersion('Chrome/56.0.1', /Chrom(e|ium)\/(\d+)\./, 2), 56);
    assert.equal(extractVersion('Chromium/91.0.1', /Chrom(e|ium)\/(\d+)\./, 2), 91);
    assert.equal(extractVersion(UA.firefox153, /Firefox\/(\d+)\./, 1), 153);
    assert.equal(extractVersion(UA.safari17, /AppleWebKit\/(\d+)\./, 1), 605);
    assert.equal(extractVersion('Firefox/12.0', 'Firefox/(\\d+)\\.', 1), 12, 'string patterns work too');
  });

  it('no match → null', () => {
    assert.equal(extractVersion('Safari/605', /Chrom(e|ium)\/(\d+)\./, 2), null);
    assert.equal(extractVersion('', /Firefox\/(\d+)\./, 1), null);
  });

  it('a position beyond the captures → null', () => {
    assert.equal(extractVersion('Chrome/56.0.1', /Chrom(e|ium)\/(\d+)\./, 5), null);
    assert.equal(extractVersion('Chrome/56.0.1', /Chrom(e|ium)\/(\d+)\./, 3), null);
  });

  it('a capture that is not a number → null (adapter.js gives NaN; null is what callers test for)', () => {
    assert.equal(extractVersion('Chrome/56.0.1', /Chrom(e|ium)\/(\d+)\./, 1), null);
    assert.equal(extractVersion('Firefox/x.0', /Firefox\/(\w+)\./, 1), null);
  });

  it('a non-string UA → null', () => {
    assert.equal(extractVersion(undefined as unknown as string, /Firefox\/(\d+)\./, 1), null);
  });
});

describe('versionIn', () => {
  const chrome73: BrowserDetails = { browser: 'chrome', version: 73, engine: 'blink' };

  it('is inclusive at both bounds', () => {
    assert.equal(versionIn(chrome73, 'blink', 73, 80), true);
    assert.equal(versionIn(chrome73, 'blink', 60, 73), true);
    assert.equal(versionIn(chrome73, 'blink', 73, 73), true);
  });

  it('is false outside the bounds', () => {
    assert.equal(versionIn(chrome73, 'blink', 74, 80), false);
    assert.equal(versionIn(chrome73, 'blink', 1, 72), false);
  });

  it('is false for another engine or an unknown version', () => {
    assert.equal(versionIn(chrome73, 'gecko', 1, 1000), false);
    assert.equal(versionIn({ browser: 'firefox', version: null, engine: 'gecko' }, 'gecko', 0, 1000), false);
    assert.equal(versionIn({ browser: 'Not a supported browser.', version: null, engine: null }, 'blink', 0, 1000), false);
  });
});
