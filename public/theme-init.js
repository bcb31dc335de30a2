// Applies the reader's stored colour theme before the first paint. It is loaded by a
// plain <script src> at the top of <head> (not async, not deferred), so the parser waits
// for it and the page never shows the wrong theme; being an external file, it runs under a
// Content-Security-Policy without 'unsafe-inline'. With no stored choice it does nothing
// and the CSS follows the system (prefers-color-scheme). The storage key must match
// THEME_STORAGE_KEY in components/theme.ts. localStorage can throw (sandboxed iframes,
// some privacy modes), hence the try/catch: the page then simply follows the system.
(function () {
  try {
    var choice = window.localStorage.getItem('framework-explorer-theme');
    if (choice === 'light' || choice === 'dark') {
      document.documentElement.setAttribute('data-theme', choice);
    }
  } catch (e) {
    // No storage: follow the system.
  }
})();
