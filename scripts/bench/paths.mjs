// Where the bench finds the repo, and a JSON reader for package.json files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
