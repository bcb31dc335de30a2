// Forwards `/` to /en/ or /zh/ by the browser's preferred languages. The page's links do
// the same job without JavaScript; this only saves a click. The target is read from the
// links themselves, so a base path set at build time is respected.
(function () {
  var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  var lang = 'en';
  for (var i = 0; i < prefs.length; i++) {
    var p = String(prefs[i]).toLowerCase();
    if (p.indexOf('zh') === 0) {
      lang = 'zh';
      break;
    }
    if (p.indexOf('en') === 0) {
      lang = 'en';
      break;
    }
  }
  var link = document.querySelector('a[data-lang="' + lang + '"]');
  if (link) window.location.replace(link.getAttribute('href'));
})();
