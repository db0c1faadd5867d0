/**
 * The SDP fixtures in test/fixtures/sdp (byte-exact copies of the workplace's shared set, kept in
 * the repo with their SOURCES.md and NOTICE so that a clone tests on its own), and what each one is
 * known to contain, written down by hand from the files and their SOURCES.md, so that tests
 * compare the code against facts rather than against itself.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/sdp');

export interface Fixture {
  readonly name: string;
  /** The file's bytes. */
  readonly bytes: Buffer;
  /** The file decoded as UTF-8 (all fixtures are ASCII). */
  readonly sdp: string;
}

export interface Expected {
  /** The terminator every terminated line has. */
  readonly eol: '\r\n' | '\n';
  /** Whether the last line has a terminator. */
  readonly finalEol: boolean;
  /** `a=mid` per media section, in order; undefined for a section without one. */
  readonly mids: readonly (string | undefined)[];
}

const CRLF = '\r\n';
const LF = '\n';

/** One entry per fixture file; a new fixture must be added here (a test checks). */
export const expected: Readonly<Record<string, Expected>> = {
  'captured-chromium156-firefox153-restart-answer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2', '3'] },
  'captured-chromium156-firefox153-restart-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2', '3'] },
  'chrome-datachannel-new-sctp.sdp': { eol: LF, finalEol: false, mids: ['data'] },
  'chrome-old-sdes-tcp-sctpmap.sdp': { eol: CRLF, finalEol: true, mids: ['audio', 'video', '33db2c4da91d73fd'] },
  'chrome-planb-offer-ssrc.sdp': { eol: LF, finalEol: true, mids: ['audio', 'video'] },
  'chrome-planb-offer-two-streams.sdp': { eol: CRLF, finalEol: false, mids: ['audio', 'video'] },
  'chromium123-answer-to-firefox153.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium123-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium156-answer-to-firefox153.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium156-answer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium156-offer-no-stream.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1'] },
  'chromium156-offer-simulcast.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1'] },
  'chromium156-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium73-answer-to-firefox153.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium73-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium92-answer-to-firefox153.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'chromium92-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'firefox153-answer-to-chromium156.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'firefox153-answer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'firefox153-offer-no-stream.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1'] },
  'firefox153-offer-simulcast.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1'] },
  'firefox153-offer.sdp': { eol: CRLF, finalEol: true, mids: ['0', '1', '2'] },
  'firefox45-offer.sdp': { eol: CRLF, finalEol: true, mids: ['sdparta_0'] },
  'firefox60-recvonly-offer.sdp': { eol: LF, finalEol: true, mids: ['sdparta_0', 'sdparta_1'] },
  'jsep-msid-edge-cases.sdp': { eol: LF, finalEol: true, mids: ['a1', 'v1'] },
  'safari-unified-offer.sdp': { eol: CRLF, finalEol: false, mids: ['0', '1', '2'] },
  'simulcast-draft-syntaxes.sdp': { eol: LF, finalEol: true, mids: [undefined, undefined] },
};

function requireDir(): void {
  if (!fs.existsSync(FIXTURE_DIR) || !fs.statSync(FIXTURE_DIR).isDirectory()) {
    throw new Error(
      'SDP fixtures not found at ' + FIXTURE_DIR + ' (test/fixtures/sdp in the repo)',
    );
  }
}

let cache: Fixture[] | undefined;

/** Every `*.sdp` in the fixture folder, sorted by name. Throws a clear error when the folder is missing. */
export function fixtures(): Fixture[] {
  if (cache) return cache;
  requireDir();
  const names = fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.sdp')).sort();
  if (!names.length) throw new Error('no *.sdp files in ' + FIXTURE_DIR);
  cache = names.map((name) => {
    const bytes = fs.readFileSync(path.join(FIXTURE_DIR, name));
    return { name, bytes, sdp: bytes.toString('utf8') };
  });
  return cache;
}

/** One fixture by file name. */
export function fixture(name: string): Fixture {
  const found = fixtures().find((f) => f.name === name);
  if (!found) throw new Error('no fixture ' + name + ' in ' + FIXTURE_DIR);
  return found;
}

/** What the fixture table says about a file; throws for a file the table does not list. */
export function expectedFor(name: string): Expected {
  const e = expected[name];
  if (!e) throw new Error(name + ' is not described in test/unit/sdp/fixtures.ts');
  return e;
}

/** `sha256  file.sdp` pairs from SOURCES.md's checksum block. */
export function sourcesChecksums(): Map<string, string> {
  requireDir();
  const text = fs.readFileSync(path.join(FIXTURE_DIR, 'SOURCES.md'), 'utf8');
  const sums = new Map<string, string>();
  const re = /^([0-9a-f]{64}) {2}(\S+\.sdp)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) sums.set(m[2], m[1]);
  return sums;
}

/**
 * The lines of a string cut at every LF, each with its terminator, found with a regular
 * expression: an independent reference for `splitLines`.
 */
export function referenceLines(sdp: string): { text: string; eol: string }[] {
  const out: { text: string; eol: string }[] = [];
  const re = /([^\n]*?)(\r\n|\n|$)/g;
  for (let m = re.exec(sdp); m && m.index < sdp.length; m = re.exec(sdp)) {
    out.push({ text: m[1], eol: m[2] });
    if (m[2] === '') break;
  }
  return out;
}
