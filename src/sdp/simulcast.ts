/**
 * `a=simulcast` lines in the draft syntax (draft-ietf-mmusic-sdp-simulcast before -14:
 * `a=simulcast: send rid=1,4;2;3 paused=4 recv rid=c`) in RFC 8853's (section 5.1:
 * `a=simulcast:send 1,~4;2;3 recv c`, `~` marking a paused stream). Only those lines change; a line
 * this does not recognise is left as it is, and an SDP without a draft line is returned as it is
 * (one scan).
 */
import { replaceLines } from './lines';

function rfc8853(line: string): string {
  const tokens = line.slice('a=simulcast:'.length).trim().split(/\s+/);
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const dir = tokens[i++];
    const rids = tokens[i++];
    if ((dir !== 'send' && dir !== 'recv') || !rids || !rids.startsWith('rid=')) return line;
    let paused: string[] = [];
    if (tokens[i] && tokens[i]!.startsWith('paused=')) paused = tokens[i++]!.slice(7).split(',');
    const list = rids.slice(4).split(';').map((alts) => alts.split(',').map((id) => (paused.includes(id) ? '~' + id : id)).join(','));
    parts.push(dir + ' ' + list.join(';'));
  }
  return parts.length ? 'a=simulcast:' + parts.join(' ') : line;
}

export function rfc8853Simulcast(sdp: string): string {
  if (!/^a=simulcast: ?\S+ rid=/m.test(sdp)) return sdp;
  return replaceLines(sdp, (line) => /^a=simulcast: ?\S+ rid=/.test(line), rfc8853);
}
