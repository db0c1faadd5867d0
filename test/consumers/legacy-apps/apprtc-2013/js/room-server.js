/*
 * Test stand-in, not app code: apprtc's room server for the two clients (frames) of this page. It
 * queues a client's messages until the other one has opened its channel, relays them in order,
 * and sends the other side {type: 'bye'} when one leaves, as the App Engine server did.
 */
(function () {
  var open = {};
  var queued = { caller: [], callee: [] };
  var other = { caller: 'callee', callee: 'caller' };
  function deliver(to, body) {
    if (open[to]) document.getElementById(to).contentWindow.postMessage(body, location.origin);
    else queued[to].push(body);
  }
  window.addEventListener('message', function (event) {
    var msg = event.data;
    if (event.origin !== location.origin || !msg || !other[msg.token]) return;
    if (msg.open) {
      open[msg.token] = true;
      queued[msg.token].splice(0).forEach(function (body) { deliver(msg.token, body); });
    } else if (msg.leave) {
      deliver(other[msg.token], JSON.stringify({ type: 'bye' }));
    } else {
      deliver(other[msg.token], msg.body);
    }
  });
}());
