/*
 * Framework Explorer: optional auto-height for embedded views.
 *
 * Add after your iframe(s):   <script src="https://<this site>/embed/resize.js" async></script>
 *
 * Each embed posts { type: "framework-explorer:resize", height } to the page that frames
 * it whenever its content changes height. This script accepts such a message only when it
 * comes from an iframe on this page whose address is this site's /embed/ page (found by
 * comparing the message's source window with each iframe's window), and only from that
 * site's origin, or from "null" when the iframe is sandboxed without allow-same-origin
 * (its origin is then opaque). It sets that iframe's height, within sane bounds, and does
 * nothing else. Written for this project; no dependencies; MIT-style use is fine.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var scriptUrl = new URL(script.src);
  var origin = scriptUrl.origin;
  // The embed page sits beside this script: <base>/embed/resize.js → <base>/embed/.
  var embedPath = scriptUrl.pathname.replace(/resize\.js$/, '');
  var MIN = 120;
  var MAX = 20000;

  function isOurFrame(frame) {
    try {
      var src = new URL(frame.getAttribute('src') || '', document.baseURI);
      return src.origin === origin && src.pathname === embedPath;
    } catch (e) {
      return false;
    }
  }

  function isSandboxedOpaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'framework-explorer:resize') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || !isOurFrame(frame)) continue;
      var expected = isSandboxedOpaque(frame) ? 'null' : origin;
      if (event.origin !== expected) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
      return;
    }
  });
})();
