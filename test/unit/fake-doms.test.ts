/**
 * Test runners' fake DOMs (issue 10): jsdom and happy-dom windows. Neither has RTCPeerConnection,
 * so no peer-connection, ICE, SDP, stats, data-channel or DTMF shim may apply; capture/playback
 * shims apply only where their behaviour test finds a gap, and what they install must then work
 * in that window. The engine must not be taken for a browser's: their UA says
 * `AppleWebKit/537.36`, which src/browser.ts used to read as Safari 537.
 */
import assert from 'node:assert/strict';
import { after, describe, it, type TestContext } from 'node:test';
import { createAdapter } from '../../src/factory';
import { registry } from '../../src/registry';
import type { Adapter } from '../../src/types';

/* eslint-disable @typescript-eslint/no-require-imports */
const { JSDOM } = require('jsdom') as { JSDOM: new (html?: string) => { window: FakeWindow } };
const { Window: HappyWindow } = require('happy-dom') as { Window: new () => FakeWindow };
/* eslint-enable @typescript-eslint/no-require-imports */

type FakeWindow = Window & typeof globalThis & { close(): void };

const CAPTURE_AREAS = new Set(['media-devices', 'media-element']);
const areaOf = new Map(registry.map((s) => [s.name, s.area]));

const doms: { name: string; make: () => FakeWindow; ua: RegExp; applied: string[] }[] = [
  { name: 'jsdom', make: () => new JSDOM('').window, ua: / jsdom\/\d+/, applied: [] },
  {
    name: 'happy-dom',
    make: () => new HappyWindow(),
    ua: / HappyDOM\/\d+/,
    // happy-dom has MediaStream without stop(), HTMLMediaElement.srcObject without the prefixed
    // names, and a URL.createObjectURL that takes Blobs only: each a gap its behaviour test finds.
    applied: ['media-stream-stop', 'src-object-aliases', 'object-url-stream'],
  },
];

// One window per DOM for the whole file (node --test runs each file in its own process), created
// on first use: happy-dom shares some prototypes (HTMLMediaElement) between all its windows in a
// process, so only the first window patched in a process is a clean case (the last test covers
// a second window).
const made = new Map<string, { win: FakeWindow; adapter: Adapter }>();
after(() => {
  for (const { win } of made.values()) win.close();
});

function withDom(dom: (typeof doms)[number], t: TestContext, body: (win: FakeWindow, adapter: Adapter) => void): void {
  // The shims' deprecation warnings go to the console on first use: keep the run quiet.
  t.mock.method(console, 'log', () => undefined);
  t.mock.method(console, 'warn', () => undefined);
  let entry = made.get(dom.name);
  if (!entry) {
    const win = dom.make();
    entry = { win, adapter: createAdapter({ window: win }) };
    made.set(dom.name, entry);
  }
  body(entry.win, entry.adapter);
}

describe('fake DOMs of test runners', () => {
  for (const dom of doms) {
    describe(dom.name, () => {
      it('is a window without RTCPeerConnection and with its own UA token', (t) => {
        withDom(dom, t, (win) => {
          assert.match(String(win.navigator.userAgent), dom.ua);
          assert.equal('RTCPeerConnection' in win, false);
          assert.equal('webkitRTCPeerConnection' in win || 'mozRTCPeerConnection' in win, false);
        });
      });

      it('createAdapter does not throw and applies exactly the capture shims its behaviour tests find', (t) => {
        withDom(dom, t, (win, adapter) => {
          const applied = adapter.applied.map((a) => a.name);
          assert.deepEqual(applied, dom.applied);
          for (const name of applied) assert.ok(CAPTURE_AREAS.has(areaOf.get(name)!), name + ' is a ' + areaOf.get(name) + ' shim');
          assert.equal(adapter.applied.length + adapter.skipped.length, registry.length, 'every shim is reported');
          assert.ok(adapter.skipped.every((s) => /^not needed/.test(s.reason)), 'nothing failed to install');
          assert.equal('mozRTCPeerConnection' in win || 'webkitRTCPeerConnection' in win, false, 'no prefixed aliases defined');
        });
      });

      it('browserDetails does not name a browser', (t) => {
        withDom(dom, t, (_win, adapter) => {
          assert.ok(!['chrome', 'firefox', 'safari', 'edge'].includes(adapter.browserDetails.browser), JSON.stringify(adapter.browserDetails));
        });
      });
    });
  }

  // The installed capture shims, used the way legacy code uses them, in happy-dom's window.
  it('happy-dom: mozSrcObject / webkitSrcObject attach the stream as srcObject', (t) => {
    withDom(doms[1]!, t, (win) => {
      const video = win.document.createElement('video') as HTMLVideoElement & { mozSrcObject?: unknown; webkitSrcObject?: unknown };
      const stream = new win.MediaStream();
      video.mozSrcObject = stream;
      assert.equal(video.srcObject, stream);
      assert.equal(video.webkitSrcObject, stream);
    });
  });

  it('happy-dom: video.src = URL.createObjectURL(stream) attaches the stream', (t) => {
    withDom(doms[1]!, t, (win) => {
      const video = win.document.createElement('video');
      const stream = new win.MediaStream();
      const url = win.URL.createObjectURL(stream as unknown as Blob);
      assert.equal(typeof url, 'string');
      video.src = url;
      assert.equal(video.srcObject, stream);
      video.src = '';
      assert.equal(video.srcObject, null, 'a new src detaches it');
    });
  });

  it('happy-dom: stream.stop() works', (t) => {
    withDom(doms[1]!, t, (win) => {
      const stream = new win.MediaStream() as MediaStream & { stop(): void };
      assert.doesNotThrow(() => stream.stop());
    });
  });

  it('happy-dom: a second window in the same process works as fully as the first', (t) => {
    withDom(doms[1]!, t, () => undefined); // the first window is patched
    t.mock.method(console, 'warn', () => undefined);
    t.mock.method(console, 'log', () => undefined);
    const win = doms[1]!.make();
    try {
      const adapter = createAdapter({ window: win });
      // src-object-aliases finds the shared prototype patched already (not needed, nothing to do);
      // object-url-stream wraps this window's own URL.
      const applied = adapter.applied.map((a) => a.name);
      assert.ok(applied.includes('object-url-stream'), applied.join());
      const video = win.document.createElement('video') as HTMLVideoElement & { mozSrcObject?: unknown };
      const stream = new win.MediaStream();
      video.src = win.URL.createObjectURL(stream as unknown as Blob);
      assert.equal(video.srcObject, stream);
      const other = new win.MediaStream();
      video.mozSrcObject = other;
      assert.equal(video.srcObject, other);
    } finally {
      win.close();
    }
  });
});
