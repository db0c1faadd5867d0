/*
 * Legacy app code, kept as such an app had it; do not modernise. The samples' shared logging
 * helper (webrtc/samples, 2015-2016; until early 2016 adapter.js itself defined trace()), in our
 * own words.
 */
/* exported trace */
function trace(text) {
  if (text[text.length - 1] === '\n') {
    text = text.substring(0, text.length - 1);
  }
  if (window.performance) {
    console.log((window.performance.now() / 1000).toFixed(3) + ': ' + text);
  } else {
    console.log(text);
  }
}
