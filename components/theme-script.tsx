import { THEME_STORAGE_KEY } from './theme';

/**
 * Applies the reader's stored colour theme before the first paint. It runs as an inline
 * script at the top of <head>, so the parser runs it before it builds the body and the
 * page never shows the wrong theme, without a render-blocking request of its own (an
 * external file cost a phone about 150 ms before the first paint). A Content-Security-Policy
 * allows it by hash: scripts/csp-meta.ts writes the hash of every page's inline scripts.
 * With no stored choice it does nothing and the CSS follows the system
 * (prefers-color-scheme). localStorage can throw (sandboxed iframes, some privacy modes),
 * hence the try/catch: the page then simply follows the system.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var c=window.localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(c==='light'||c==='dark')document.documentElement.setAttribute('data-theme',c)}catch(e){}})();`;

/** The colour theme's start-up script, for the <head> of every root layout. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />;
}
