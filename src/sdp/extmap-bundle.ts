/**
 * Header-extension ids that mean two things in one BUNDLE group: Firefox up to about 60 numbered
 * each m-section's extensions on its own (`a=extmap:1 …abs-send-time` in video, `a=extmap:1
 * …ssrc-audio-level` in audio), which RFC 8843 section 9.1 forbids for bundled sections and
 * Chromium 123 and later reject ("A BUNDLE group contains a codec collision for header extension
 * id=1"). The later section's colliding `a=extmap` lines are removed: the first section's meaning
 * of an id stands, and the other extension is simply not negotiated. Only those lines change; an
 * SDP without a collision is returned as it is.
 */
import { joinLines, layout, splitLines } from './lines';

const EXTMAP = /^a=extmap:(\d+)(?:\/\w+)? (\S+)/;

export function withoutCollidingExtmaps(sdp: string): string {
  if (sdp.indexOf('a=group:BUNDLE') < 0 || sdp.indexOf('a=extmap:') < 0) return sdp;
  const lines = splitLines(sdp);
  const { session, media } = layout(lines);
  const drop = new Set<number>();
  for (let i = session.start; i < session.end; i++) {
    const text = lines[i]!.text;
    if (!text.startsWith('a=group:BUNDLE ')) continue;
    const mids = text.slice(15).trim().split(/\s+/);
    const meaning = new Map<string, string>();
    for (const section of media) {
      if (section.mid === undefined || !mids.includes(section.mid)) continue;
      for (let l = section.start + 1; l < section.end; l++) {
        const m = EXTMAP.exec(lines[l]!.text);
        if (!m) continue;
        const known = meaning.get(m[1]!);
        if (known === undefined) meaning.set(m[1]!, m[2]!);
        else if (known !== m[2]) drop.add(l);
      }
    }
  }
  if (!drop.size) return sdp;
  const kept = lines.filter((_, i) => !drop.has(i));
  // The output ends the way the input ends (src/sdp/lines.ts).
  const last = lines[lines.length - 1]!;
  if (!last.eol && drop.has(lines.length - 1) && kept.length) kept[kept.length - 1] = { text: kept[kept.length - 1]!.text, eol: '' };
  return joinLines(kept);
}
