/**
 * Line-level SDP reading and editing that keeps every byte we do not mean to change.
 *
 * Why not sdp-transform's `write(parse(sdp))`: measured on real Chromium 156 / Firefox 153 SDP
 * (docs/design.md, "SDP"), it is never byte-exact. A third to half of the lines move to grammar
 * order, `msid-semantic` whitespace changes, unknown non-`a=` lines are dropped, `write()` mutates
 * its input, and values are coerced to numbers. Browsers compare what they get back against what
 * they produced, so a shim that rewrites browser SDP must change only its target lines and leave
 * everything else as it was, line endings included. Parsing stays with `read.ts`; this module has
 * no DOM and no dependencies.
 *
 * Model: an SDP is a list of lines, each with its own terminator (`\r\n`, `\n`, or `''` for a last
 * line with no terminator). `joinLines(splitLines(s)) === s` for every string `s`. A lone `\r` is
 * not a terminator here; it stays part of the line's text (it is not one in RFC 4566 either).
 *
 * Edits (`replaceLines`, `removeLines`, `insertAfter`) take and return whole SDP strings, work on
 * the whole SDP or on one part of it (`Scope`), and keep these rules:
 * - a line the edit does not target keeps its text and its terminator;
 * - a new line gets the input's terminator style (`lineEnding`);
 * - the output ends the way the input ends: if the input's last line had no terminator, neither
 *   has the output's last line, and the line that used to be last gets the input's style. This is
 *   the one case where an untargeted line's terminator changes (it must, or two lines would merge).
 */

/** A line terminator. Browsers send CRLF (RFC 4566); some fixtures and servers use LF. */
export type LineEnding = '\r\n' | '\n';

/** One line of an SDP: its text without the terminator, and the terminator it had. */
export interface SdpLine {
  readonly text: string;
  /** `''` only for a last line that has no terminator. */
  readonly eol: LineEnding | '';
}

/** Lines `[start, end)` by index into `splitLines()`'s result. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** One media section: its `m=` line and every line up to the next `m=` line or the end. */
export interface MediaSection extends LineRange {
  /** Position among the media sections, from 0 (the m-line index of JSEP). */
  readonly index: number;
  /** The media type of the `m=` line (`audio`, `video`, `application`, ...). */
  readonly type: string;
  /** The section's first `a=mid:` value, or undefined when it has none. */
  readonly mid: string | undefined;
}

/** Where the session part and each media section lie. */
export interface SdpLayout {
  /** The lines before the first `m=` line (all lines when there is none). */
  readonly session: LineRange;
  readonly media: readonly MediaSection[];
}

/**
 * Which lines an edit may touch: `'all'` (default), `'session'` (before the first `m=` line), a
 * media section by index, or a media section by `a=mid`. An index or mid that does not exist
 * throws a RangeError: a shim naming a section that is not there has a bug.
 */
export type Scope = 'all' | 'session' | number | { readonly mid: string };

/** Chooses lines by their text (without the terminator). */
export type LinePredicate = (line: string) => boolean;

/**
 * Splits an SDP into lines, remembering each line's terminator, so that `joinLines` gives back
 * the same string byte for byte. An empty string has no lines; text after the last `\n` is a last
 * line with `eol: ''`.
 */
export function splitLines(sdp: string): SdpLine[] {
  const lines: SdpLine[] = [];
  let start = 0;
  for (;;) {
    const lf = sdp.indexOf('\n', start);
    if (lf === -1) break;
    const crlf = lf > start && sdp.charCodeAt(lf - 1) === 13;
    lines.push({ text: sdp.slice(start, crlf ? lf - 1 : lf), eol: crlf ? '\r\n' : '\n' });
    start = lf + 1;
  }
  if (start < sdp.length) lines.push({ text: sdp.slice(start), eol: '' });
  return lines;
}

/** Joins lines with their own terminators: the inverse of `splitLines`. */
export function joinLines(lines: readonly SdpLine[]): string {
  let out = '';
  for (const line of lines) out += line.text + line.eol;
  return out;
}

/**
 * The input's terminator style, which new lines take: the terminator of its first terminated
 * line, or CRLF (what RFC 4566 asks for) when no line has one.
 */
export function lineEnding(sdp: string | readonly SdpLine[]): LineEnding {
  if (typeof sdp === 'string') {
    const lf = sdp.indexOf('\n');
    if (lf === -1) return '\r\n';
    return lf > 0 && sdp.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
  }
  for (const line of sdp) if (line.eol) return line.eol;
  return '\r\n';
}

/**
 * The value of the first `a=mid:` line in `range` (up to the first whitespace, as sdp-transform
 * reads it), or undefined when there is none.
 */
export function midOf(lines: readonly SdpLine[], range: LineRange): string | undefined {
  for (let i = range.start; i < range.end && i < lines.length; i++) {
    const text = lines[i].text;
    if (text.startsWith('a=mid:')) return text.slice(6).split(/\s/)[0];
  }
  return undefined;
}

/** Finds the session part and the media sections (each starts at an `m=` line). */
export function layout(sdp: string | readonly SdpLine[]): SdpLayout {
  const lines = typeof sdp === 'string' ? splitLines(sdp) : sdp;
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (isMediaLine(line.text)) starts.push(i);
  });
  const media = starts.map((start, index): MediaSection => {
    const range = { start, end: index + 1 < starts.length ? starts[index + 1] : lines.length };
    const type = lines[start].text.slice(2).split(' ')[0];
    return { index, start: range.start, end: range.end, type, mid: midOf(lines, range) };
  });
  return { session: { start: 0, end: starts.length ? starts[0] : lines.length }, media };
}

/**
 * Replaces every line in `scope` that `predicate` accepts with what `replacer` returns for it: a
 * string replaces the line's text (the line keeps its terminator); an array replaces the line
 * with zero or more lines (the first keeps the terminator, the others take the input's style).
 * Replacement text must not contain `\r` or `\n` (TypeError): one element, one line.
 */
export function replaceLines(
  sdp: string,
  predicate: LinePredicate,
  replacer: (line: string) => string | readonly string[],
  scope: Scope = 'all',
): string {
  return edit(sdp, scope, (line) => {
    if (!predicate(line.text)) return null;
    const result = replacer(line.text);
    return typeof result === 'string' ? [{ text: checked(result), eol: line.eol }] : replacement(line, result);
  });
}

/** Removes every line in `scope` that `predicate` accepts. */
export function removeLines(sdp: string, predicate: LinePredicate, scope: Scope = 'all'): string {
  return edit(sdp, scope, (line) => (predicate(line.text) ? [] : null));
}

/**
 * Inserts `newLines` after every line in `scope` that `predicate` accepts. New lines take the
 * input's terminator style. `newLines` must not contain `\r` or `\n` (TypeError).
 */
export function insertAfter(
  sdp: string,
  predicate: LinePredicate,
  newLines: readonly string[],
  scope: Scope = 'all',
): string {
  for (const text of newLines) checked(text);
  return edit(sdp, scope, (line) => (predicate(line.text) ? replacement(line, [line.text].concat(newLines)) : null));
}

function isMediaLine(text: string): boolean {
  return text.charCodeAt(0) === 109 /* m */ && text.charCodeAt(1) === 61 /* = */;
}

function checked(text: string): string {
  if (typeof text !== 'string' || /[\r\n]/.test(text)) {
    throw new TypeError('SDP line must be a string without CR or LF: ' + JSON.stringify(text));
  }
  return text;
}

/** A line of an edit's output; `eol: null` marks a new line, which takes the input's style. */
interface OutLine {
  readonly text: string;
  readonly eol: LineEnding | '' | null;
}

function replacement(line: SdpLine, texts: readonly string[]): OutLine[] {
  return texts.map((text, i) => ({ text: checked(text), eol: i === 0 ? line.eol : null }));
}

function resolveScope(lines: readonly SdpLine[], scope: Scope): LineRange {
  if (scope === 'all') return { start: 0, end: lines.length };
  const map = layout(lines);
  if (scope === 'session') return map.session;
  if (typeof scope === 'number') {
    const section = map.media[scope];
    if (!section) throw new RangeError('SDP has no media section ' + String(scope) + ' (it has ' + String(map.media.length) + ')');
    return section;
  }
  for (const section of map.media) if (section.mid === scope.mid) return section;
  throw new RangeError('SDP has no media section with a=mid:' + scope.mid);
}

/**
 * Runs `change` on each line in `scope`: null keeps the line as it is, an array replaces it.
 * Returns the input itself when no line changed.
 */
function edit(sdp: string, scope: Scope, change: (line: SdpLine) => OutLine[] | null): string {
  const lines = splitLines(sdp);
  const range = resolveScope(lines, scope);
  const out: OutLine[] = [];
  let changed = false;
  lines.forEach((line, i) => {
    const result = i >= range.start && i < range.end ? change(line) : null;
    if (result) {
      changed = true;
      for (const l of result) out.push(l);
    } else {
      out.push(line);
    }
  });
  if (!changed) return sdp;
  const style = lineEnding(lines);
  const endsWithoutEol = lines.length > 0 && lines[lines.length - 1].eol === '';
  let result = '';
  out.forEach((line, i) => {
    const last = i === out.length - 1;
    // New lines take the style; the output ends the way the input ended (see the module comment).
    const eol = last && endsWithoutEol ? '' : line.eol || style;
    result += line.text + eol;
  });
  return result;
}
