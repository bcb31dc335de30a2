/**
 * The reader's colour theme. The page's state is the `data-theme` attribute of <html>:
 * `light` or `dark` for a choice, absent to follow the system. The start-up script
 * (components/theme-script.tsx) sets it from storage before the first paint; the header's
 * switch changes it here; the CSS (app/globals.css) and the graph canvases read it.
 */

export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * Read under this key by the start-up script (components/theme-script.tsx); namespaced, as
 * the site may share an origin.
 */
export const THEME_STORAGE_KEY = 'framework-explorer-theme';

/** Anything but an explicit light or dark (a missing or stale value) means "follow the system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The choice the page shows now. */
export function currentThemeChoice(): ThemeChoice {
  return parseThemeChoice(document.documentElement.getAttribute('data-theme'));
}

/** Shows a choice on the page, without storing it. */
export function showThemeChoice(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/**
 * Shows and remembers a choice. Storage may be unavailable (sandboxed iframes, some
 * privacy modes); the choice then holds for this page only.
 */
export function chooseTheme(choice: ThemeChoice) {
  showThemeChoice(choice);
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered; nothing else to do.
  }
}
