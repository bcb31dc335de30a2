import { withBase } from './paths';

/**
 * The colour theme's start-up script, for the <head> of every root layout. A plain
 * external script, neither async nor deferred: the parser waits for it, so the stored
 * theme is on <html> before anything is painted, and it needs no 'unsafe-inline' in a
 * Content-Security-Policy. See public/theme-init.js.
 */
export function ThemeScript() {
  // eslint-disable-next-line @next/next/no-sync-scripts -- blocking on purpose: the theme must be set before the first paint (no flash)
  return <script src={withBase('/theme-init.js')} />;
}
