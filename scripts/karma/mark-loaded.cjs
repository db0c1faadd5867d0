// Karma preprocessor `rtcshim-e2e-loaded`: appends to each e2e test file a line that records its
// path once its top-level code has run, so that test/e2e/support/load-check.js can report a file
// that never loaded or threw at load (mocha's test count alone would not show it).
'use strict';

const path = require('path');

const root = path.resolve(__dirname, '..', '..');

function markLoadedPreprocessor() {
  return (content, file, done) => {
    const rel = path.relative(root, file.originalPath).split(path.sep).join('/');
    done(`${content}\n;(window.__rtcshimE2eLoaded = window.__rtcshimE2eLoaded || []).push(${JSON.stringify(rel)});\n`);
  };
}

module.exports = { 'preprocessor:rtcshim-e2e-loaded': ['factory', markLoadedPreprocessor] };
