#!/usr/bin/env node
// Typings per module system, next to what `tsc --emitDeclarationOnly` wrote to dist/types/:
// index.d.mts (ESM: `export default`) and index.d.cts (CommonJS: `export =`, because
// `require('rtcshim')` returns the adapter object itself, not `{ default }`). The adapter's own
// `default` member (the adapter again) is what lets `import adapter from 'rtcshim'` type-check
// against `export =` without esModuleInterop, and it is what that import reads at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const types = path.join(root, 'dist', 'types');
// The legacy members rtcshim installs, declared globally (types/legacy-globals.d.ts, outside src/
// so that rtcshim's own code is checked against the DOM types alone): every entry's typings
// reference them, so `pc.addStream(...)` type-checks wherever rtcshim is imported.
fs.copyFileSync(path.join(root, 'types', 'legacy-globals.d.ts'), path.join(types, 'legacy-globals.d.ts'));
const reference = '/// <reference path="./legacy-globals.d.ts" />\n';
const head = reference + "import type { EntryAdapter } from './types.js';\n\ndeclare const adapter: EntryAdapter;\n";
fs.writeFileSync(path.join(types, 'index.d.mts'), head + 'export default adapter;\n');
fs.writeFileSync(path.join(types, 'index.d.cts'), head + 'export = adapter;\n');
const factory = path.join(types, 'factory.d.ts');
const factoryTypes = fs.readFileSync(factory, 'utf8');
if (!factoryTypes.startsWith(reference)) fs.writeFileSync(factory, reference + factoryTypes);
