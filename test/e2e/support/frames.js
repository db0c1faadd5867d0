// Shared by the e2e files (karma.conf.js loads it before them): a test page in an iframe. ES2017.
'use strict';

window.rtcshimE2e = window.rtcshimE2e || {};

/**
 * Loads `html` (a srcdoc) into a new iframe and resolves with the iframe once its page posts
 * "loaded" to the parent. The caller removes the iframe when done (afterEach).
 */
window.rtcshimE2e.loadFrame = function (html) {
  var iframe = document.createElement('iframe');
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
      reject(new Error('the page in the iframe did not finish loading'));
    }, 10000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.data !== 'loaded') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(iframe);
    });
    iframe.srcdoc = html;
    document.body.appendChild(iframe);
  });
};
