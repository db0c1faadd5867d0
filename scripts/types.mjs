#!/usr/bin/env node
// Typings per module system, next to what `tsc --emitDeclarationOnly` wrote to dist/types/:
// index.d.mts (ESM: `export default`) and index.d.cts (CommonJS: `export =`, because
// `require('rtcshim')` returns the adapter object itself, not `{ default }`). The adapter's own
// `default` member (the adapter again) is what lets `import adapter from 'rtcshim'` type-check
// against `export =` without esModuleInterop, and it is what that import reads at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const types = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'types');
const head = "import type { EntryAdapter } from './types.js';\n\ndeclare const adapter: EntryAdapter;\n";
fs.writeFileSync(path.join(types, 'index.d.mts'), head + 'export default adapter;\n');
fs.writeFileSync(path.join(types, 'index.d.cts'), head + 'export = adapter;\n');
