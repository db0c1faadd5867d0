// Loaded first by every hostile page (a classic script, before anything else): records the
// page's uncaught errors and Content-Security-Policy violations from the very start, so a throw
// or a blocked eval while rtcshim loads is seen by the checks that run later.
(function () {
  var watch = { errors: [], violations: [] };
  window.hostileWatch = watch;
  window.addEventListener('error', function (event) {
    watch.errors.push(String(event.message || event.error) + ' (' + event.filename + ':' + event.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (event) {
    watch.errors.push('unhandled rejection: ' + String(event.reason && event.reason.message || event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    watch.violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') +
      ' from ' + (event.sourceFile || '?') + ':' + event.lineNumber);
  });
})();
