/**
 * The lines an SDP rewrite removed and added, each with its terminator (a longest-common-
 * subsequence diff over whole lines, terminators included), so tests can assert that a rewrite
 * changed exactly its target lines and left every other byte as it was.
 */
export interface LineDiff {
  removed: string[];
  added: string[];
}

function linesWithEnds(sdp: string): string[] {
  return sdp.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = linesWithEnds(before);
  const b = linesWithEnds(after);
  // lcs[i][j]: the common subsequence length of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(b[j++]!);
    } else {
      removed.push(a[i++]!);
    }
  }
  return { removed, added };
}
