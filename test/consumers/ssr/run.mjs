// Runs one server bundle (argv[2], ESM or CommonJS) in this fresh Node process and prints, after
// the bundle's own line, the globals that loading it added. Measured here, around the whole
// bundle: inside it, a bundler hoists an external `import 'rtcshim'` above any code of the entry.
import { pathToFileURL } from 'node:url';

const before = new Set(Object.getOwnPropertyNames(globalThis));
await import(pathToFileURL(process.argv[2]).href);
const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
console.log(JSON.stringify({ addedGlobals: added }));
