// The bench's Chromium: which binary, with which flags (both from scripts/browsers.cjs).
import { chromiumBenchFlags, chromiumBinary } from '../browsers.cjs';
import { versionOf } from './launch.mjs';

const bin = chromiumBinary();

export const chromium = {
  name: 'chromium',
  label: 'Chromium',
  bin,
  launchArgs: (url, profile) => [...chromiumBenchFlags(), `--user-data-dir=${profile}`, url],
  version: () => versionOf(bin),
};
