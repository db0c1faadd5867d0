#!/usr/bin/env node
// Writes docs/sdp-quirks.md's measured tables from the engines themselves: runs
// test/e2e/sdp-acceptance.e2e.js (RTCSHIM_GREP) in the modern and old sets of the rig, collects
// the line each engine logs (`RTCSHIM_SDP {json}`), and replaces what is between the doc's
// `<!-- sdp:start -->` and `<!-- sdp:end -->` markers. Nothing in the tables is typed by hand.
//
//   node scripts/sdp-table.mjs                  # run both sets, rewrite the tables
//   node scripts/sdp-table.mjs --from a.log ... # use karma output saved earlier instead
//   node scripts/sdp-table.mjs --save-fixtures  # also write Chromium's captured SDP as
//                                               # test/fixtures/sdp/chromium<N>-{offer,answer-to-firefox153}.sdp
//                                               # (byte-exact; add their SOURCES.md lines by hand)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(root, 'docs', 'sdp-quirks.md');
const COLUMNS = ['Chromium 156', 'Firefox 153', 'Chromium 123', 'Chromium 92', 'Chromium 73'];

function runSet(set) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'karma.mjs'), set], {
      cwd: root,
      env: { ...process.env, RTCSHIM_GREP: 'SDP acceptance', RTCSHIM_E2E_SET: 'sdp-' + set },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });
}

/** { engine: logged object } from karma's output. */
export function enginesFrom(output) {
  const found = {};
  for (const match of output.matchAll(/RTCSHIM_SDP (\{.*\})/g)) {
    const data = JSON.parse(match[1]);
    found[data.engine] = data;
  }
  return found;
}

const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A short form of an error: the name and the engine's reason, without the binding's prefix. */
export function shortError(text) {
  let s = String(text)
    .replace(/Failed to execute '\w+' on 'RTCPeerConnection': /, '')
    .replace(/^(\w+): Failed to set remote (offer|answer) sdp: /, '$1: ')
    .replace(/^(\w+): Failed to parse SessionDescription\. /, '$1: parse: ');
  // Firefox's SIPCC lists warnings before the error: keep the lines that are not warnings
  if (/SIPCC Failed to parse SDP/.test(s)) {
    const errors = s.split('\n').filter((l) => /SDP Parse Error/.test(l) && !/Warning:/.test(l));
    s = s.split(':')[0] + ': SIPCC: ' + (errors.length ? errors.map((l) => l.replace(/^.*SDP Parse Error /, '')).join('; ') : 'warnings only');
  }
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > 110 ? s.slice(0, 107) + '…' : s;
}

function srdCell(r) {
  if (!r) return '?';
  if (r.srd === 'ok') {
    if (r.answer && r.answer !== 'ok') return '✓ offer; answer ✗ ' + shortError(r.answer);
    return '✓';
  }
  return '✗ ' + shortError(r.srd);
}

function pair(native, shimmed, render) {
  const a = render(native);
  const b = render(shimmed);
  return esc(a === b ? a : a + ' → with rtcshim: ' + b);
}

const short = (id) => (id.length > 12 ? id.slice(0, 9) + '…' + (id.endsWith('}') ? '}' : '') : id);

function tracksCell(want) {
  return (r) => {
    if (!r || r.srd !== 'ok') return '—';
    const tracks = r.tracks || [];
    const kinds = tracks.map((t) => t.kind + (t.streams.length ? '' : ' (no stream)')).join(', ') || 'none';
    const ids = [];
    tracks.forEach((t) => t.streams.forEach((id) => { if (!ids.includes(id)) ids.push(id); }));
    const same = ids.length === want.length && ids.every((id) => want.includes(id));
    let cell = tracks.length + ' track: ' + kinds + '; streams ' + (ids.length ? ids.map((i) => '`' + short(i) + '`').join(' ') : 'none');
    cell += same ? ' (= SDP)' : ' (SDP: ' + (want.length ? want.map((i) => '`' + short(i) + '`').join(' ') : 'none') + ')';
    if (r.addstream) {
      const addIds = r.addstream.map((i) => '`' + short(String(i)) + '`').join(' ') || 'none';
      cell += '; addstream ' + addIds;
    }
    return cell;
  };
}

function sctpCell(r) {
  if (!r || r.srd !== 'ok') return '—';
  const size = r.maxMessageSize === 'no pc.sctp' ? 'no `pc.sctp`' : r.maxMessageSize === null ? '`sctp` null' : 'maxMessageSize ' + r.maxMessageSize;
  return (r.answerApp ? 'answer `' + r.answerApp + '`; ' : '') + size;
}

export function renderTables(engines) {
  const cols = COLUMNS.filter((c) => engines[c]);
  const first = engines[cols[0]];
  const names = Object.keys(first.results);
  const header = (what) => ['| ' + what + ' | ' + cols.join(' | ') + ' |', '| --- |' + cols.map(() => ' --- |').join('')];
  const row = (name, render) => '| ' + esc(name) + (first.results[name].type === 'answer' ? ' (answer)' : '') + ' | ' +
    cols.map((c) => {
      const r = engines[c].results[name];
      return r ? pair(r.native, r.rtcshim, render(r)) : '?';
    }).join(' | ') + ' |';
  const out = [];
  out.push('### setRemoteDescription: accepted (✓) or the error', '');
  out.push('Cell: natively, and `→ with rtcshim: …` where rtcshim changes the outcome.', '');
  out.push(...header('fixture or variant'));
  names.forEach((n) => out.push(row(n, () => srdCell)));
  out.push('', '### track events and stream ids (accepted offers and answers)', '');
  out.push('`(= SDP)`: the stream ids of the `track` events are the ids the SDP names (a=msid / a=ssrc msid:).', '');
  out.push(...header('fixture or variant'));
  names.filter((n) => cols.some((c) => (engines[c].results[n].native.tracks || []).length))
    .forEach((n) => out.push(row(n, (r) => tracksCell(r.sdpStreams))));
  out.push('', '### data channel: the answer\'s m=application line and `pc.sctp.maxMessageSize`', '');
  out.push(...header('fixture or variant'));
  names.filter((n) => cols.some((c) => 'maxMessageSize' in engines[c].results[n].native || 'maxMessageSize' in engines[c].results[n].rtcshim))
    .forEach((n) => out.push(row(n, () => sctpCell)));
  const caps = cols.filter((c) => engines[c].captured);
  if (caps.length) {
    out.push('', '### what Chromium emits (captured offer: audio + video + data channel; answer to firefox153-offer)', '');
    out.push('| engine | offer: session `a=extmap-allow-mixed` | offer: m=application | offer: msid lines | answer to firefox153-offer |', '| --- | --- | --- | --- | --- |');
    caps.forEach((c) => {
      const { offer, answer, answerError } = engines[c].captured;
      const session = offer.split(/\r?\n/);
      const firstM = session.findIndex((l) => l.startsWith('m='));
      const mixed = session.slice(0, firstM).includes('a=extmap-allow-mixed') ? 'yes' : session.includes('a=extmap-allow-mixed') ? 'per m-section only' : 'no';
      // the port differs in each capture
      const app = (/^m=application .*$/m.exec(offer) || ['none'])[0].replace(/\r$/, '').replace(/^m=application \d+ /, 'm=application <port> ');
      const msid = [/^a=msid:/m.test(offer) ? '`a=msid`' : '', /^a=ssrc:\d+ msid:/m.test(offer) ? '`a=ssrc msid:`' : '', /^a=ssrc:\d+ mslabel:/m.test(offer) ? '`mslabel`/`label`' : ''].filter(Boolean).join(' + ') || 'none';
      const ans = answerError ? '✗ ' + shortError(answerError) : '✓ `' + ((/^m=application .*$/m.exec(answer) || ['no m=application'])[0].replace(/\r$/, '')) + '`' +
        (/^a=extmap-allow-mixed/m.test(answer) ? ', a=extmap-allow-mixed' : '');
      out.push('| ' + c + ' | ' + mixed + ' | `' + app + '` | ' + msid + ' | ' + esc(ans) + ' |');
    });
  }
  out.push('', 'Measured: ' + cols.map((c) => c + ' (`' + esc(engines[c].ua) + '`, ' + engines[c].ms + ' ms)').join('; ') + '.');
  return out.join('\n');
}

export function replaceTables(doc, tables) {
  const start = doc.indexOf('<!-- sdp:start -->');
  const end = doc.indexOf('<!-- sdp:end -->');
  if (start < 0 || end < start) throw new Error('docs/sdp-quirks.md has no <!-- sdp:start --> ... <!-- sdp:end --> markers');
  return doc.slice(0, start) + '<!-- sdp:start -->\n' + tables + '\n' + doc.slice(end);
}

function saveFixtures(engines) {
  for (const c of COLUMNS) {
    const cap = engines[c] && engines[c].captured;
    if (!cap) continue;
    const n = c.replace(/\D/g, '');
    if (n === '156') continue; // chromium156-*.sdp are captured already
    const write = (name, sdp) => {
      const file = path.join(root, 'test', 'fixtures', 'sdp', name);
      fs.writeFileSync(file, sdp);
      console.log('sdp-table: wrote ' + path.relative(root, file));
    };
    if (cap.offer) write('chromium' + n + '-offer.sdp', cap.offer);
    if (cap.answer) write('chromium' + n + '-answer-to-firefox153.sdp', cap.answer);
  }
}

async function main() {
  const args = process.argv.slice(2);
  let output = '';
  const from = args.indexOf('--from');
  if (from >= 0) {
    for (const file of args.slice(from + 1).filter((a) => !a.startsWith('--'))) output += fs.readFileSync(file, 'utf8');
  } else {
    output = (await runSet('modern')) + (await runSet('old'));
  }
  const engines = enginesFrom(output);
  const missing = COLUMNS.filter((c) => !engines[c]);
  if (missing.length) {
    console.error('sdp-table: nothing from ' + missing.join(', ') + ' (measured: ' + Object.keys(engines).join(', ') + '); docs/sdp-quirks.md left as it was');
    process.exit(1);
  }
  if (args.includes('--save-fixtures')) saveFixtures(engines);
  fs.writeFileSync(DOC, replaceTables(fs.readFileSync(DOC, 'utf8'), renderTables(engines)));
  console.log('sdp-table: docs/sdp-quirks.md written for ' + COLUMNS.join(', '));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
