// Which floor script belongs to an engine: bench/floor/<engine><major>.js, the smallest plain
// script that makes exactly the changes rtcshim makes in that engine (docs/bench.md). When the
// installed engine has moved on and no file names its version, the newest file for the engine
// stands in, flagged as written for another version.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

export const FLOOR_DIR = path.join(ROOT, 'bench', 'floor');

/** { file, rel, writtenFor, exact } for engine `name` at `version` ("156.0.1"), or null. */
export function floorFor(name, version) {
  const major = parseInt(version || '', 10);
  const files = fs.existsSync(FLOOR_DIR) ? fs.readdirSync(FLOOR_DIR) : [];
  const candidates = files
    .map((f) => ({ f, m: new RegExp(`^${name}(\\d+)\\.js$`).exec(f) }))
    .filter((x) => x.m)
    .map((x) => ({ file: path.join(FLOOR_DIR, x.f), writtenFor: Number(x.m[1]) }))
    .sort((a, b) => b.writtenFor - a.writtenFor);
  const pick = candidates.find((c) => c.writtenFor === major) || candidates[0];
  if (!pick) return null;
  return { ...pick, rel: path.relative(ROOT, pick.file), exact: pick.writtenFor === major };
}
