// Frames the site under test the way a course platform would. Query parameters:
//   site     the site's origin (and base path), e.g. http://127.0.0.1:4173
//   path     the path to frame (default /embed/)
//   embed    the embed's query string, without "?"
//   sandbox  the iframe's sandbox attribute (absent: no sandbox)
//   resize   "1" to add the site's optional auto-height script
// Every message the frame posts is kept in window.hostMessages for the tests to read.
(function () {
  var q = new URLSearchParams(location.search);
  var site = q.get('site') || '';
  var frame = document.createElement('iframe');
  frame.src = site + (q.get('path') || '/embed/') + (q.has('embed') ? '?' + q.get('embed') : '');
  frame.title = 'Embedded view';
  frame.width = '100%';
  frame.height = '480';
  frame.style.border = '0';
  if (q.has('sandbox')) frame.setAttribute('sandbox', q.get('sandbox'));
  document.getElementById('slot').appendChild(frame);
  window.hostMessages = [];
  window.addEventListener('message', function (e) {
    window.hostMessages.push({ origin: e.origin, data: e.data });
  });
  if (q.get('resize') === '1') {
    var s = document.createElement('script');
    s.src = site + '/embed/resize.js';
    document.body.appendChild(s);
  }
})();
