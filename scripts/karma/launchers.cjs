// Karma launchers `RtcshimChromium`, `RtcshimFirefox` and `RtcshimWebKitGTK` (karma.conf.js's
// customLaunchers use them as bases; binaries, flags and prefs come from scripts/browsers.cjs).
'use strict';

const path = require('path');

// Launchers that remember their name in this config (`rtcshimName`), so the reporter can tell
// which launcher a captured browser came from without setting karma's displayName (which would
// replace the user agent that karma reports as the browser's full name). The Chromium one also
// takes its binary from the definition (`binary`), so that several Chromium builds can run in one
// karma run (the stock launchers all read CHROME_BIN).
function namedLauncher(Base, overrideBinary) {
  function Launcher() {
    Base.apply(this, arguments);
    const args = arguments[Base.$inject.indexOf('args')];
    this.rtcshimName = args.rtcshimName;
    // karma's own log lines name the launcher by this (Firefox's is a read-only prototype property)
    Object.defineProperty(this, 'name', { value: args.rtcshimName, configurable: true });
    if (overrideBinary) {
      this._getCommand = function () {
        return args.binary;
      };
    }
  }
  Launcher.prototype = Object.create(Base.prototype);
  Launcher.$inject = Base.$inject;
  return Launcher;
}

// WebKitGTK: the browser process is a Node script (webkitgtk.mjs) that drives MiniBrowser through
// WebKitWebDriver under Xvfb. The script prints `browserVersion <v>` from the WebDriver session;
// kept as `rtcshimVersion` for the reporter (MiniBrowser's user agent names no WebKitGTK version).
function WebKitGTKLauncher(baseBrowserDecorator, args) {
  baseBrowserDecorator(this);
  this.rtcshimName = args.rtcshimName;
  this.name = args.rtcshimName;
  this._getCommand = () => process.execPath;
  this._getOptions = (url) => [path.join(__dirname, 'webkitgtk.mjs'), JSON.stringify(args.webkitgtk), url];
  const onStdout = this._onStdout;
  this._onStdout = (data) => {
    onStdout(data);
    const m = /^browserVersion (\S+)/m.exec(String(data));
    if (m) this.rtcshimVersion = m[1];
  };
}
WebKitGTKLauncher.prototype = { name: 'WebKitGTK', DEFAULT_CMD: { linux: process.execPath }, ENV_CMD: 'WEBKITGTK_NODE' };
WebKitGTKLauncher.$inject = ['baseBrowserDecorator', 'args'];

module.exports = {
  'launcher:RtcshimChromium': ['type', namedLauncher(require('karma-chrome-launcher')['launcher:Chrome'][1], true)],
  'launcher:RtcshimFirefox': ['type', namedLauncher(require('karma-firefox-launcher')['launcher:FirefoxHeadless'][1], false)],
  'launcher:RtcshimWebKitGTK': ['type', WebKitGTKLauncher],
};
