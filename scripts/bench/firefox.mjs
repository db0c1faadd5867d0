// The bench's Firefox: which binary, with which prefs (both from scripts/browsers.cjs).
import { firefoxArgs, firefoxBenchPrefs, firefoxBinary } from '../browsers.cjs';
import { versionOf } from './launch.mjs';

const bin = firefoxBinary();

export const firefox = {
  name: 'firefox',
  label: 'Firefox',
  bin,
  launchArgs: (url, profile) => firefoxArgs(profile, url, firefoxBenchPrefs()),
  version: () => versionOf(bin),
};
