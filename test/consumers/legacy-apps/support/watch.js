// Test support, not app code (scripts/consumers/legacy-apps.mjs copies it into every legacy page).
// Loaded first, before rtcshim and the app: keeps every uncaught error and unhandled promise
// rejection of this window, for the checks' "no error" assertions.
(function () {
  var seen = { errors: [] };
  window.legacyWatch = seen;
  window.addEventListener('error', function (e) {
    seen.errors.push(String(e.message) + ' (' + String(e.filename).split('/').slice(-2).join('/') + ':' + e.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    seen.errors.push('unhandled rejection: ' + (r && r.name ? r.name + ': ' + r.message : String(r)));
  });
}());
