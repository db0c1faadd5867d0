// The app's own RTCPeerConnection: a subclass that counts its constructions and adds a method,
// put in place of window.RTCPeerConnection (before rtcshim loads on one page, after on the other).
// Classic script; sets window.hostileApp = { AppPC, Base, constructed, constructedAtLoad }.
(function () {
  var app = { Base: window.RTCPeerConnection, constructed: 0 };
  class AppPC extends app.Base {
    constructor(config) {
      super(config);
      app.constructed += 1;
      this.appLabel = 'app connection #' + app.constructed;
    }

    appHello() {
      return 'hello from ' + this.appLabel;
    }
  }
  app.AppPC = AppPC;
  window.RTCPeerConnection = AppPC;
  window.hostileApp = app;
})();
