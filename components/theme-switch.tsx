'use client';

/**
 * The colour theme switch in the site header: light, dark or follow the system, as a
 * group of three radio buttons (arrow keys move between them, as in any radio group).
 * The page's `data-theme` attribute is the state, so the switch also follows a choice
 * made in another tab. Before hydration the radios would say "system" whatever is stored,
 * so the highlighted option is drawn from the attribute in CSS instead, which the
 * start-up script (components/theme-script.tsx) has already set. Without JavaScript the
 * switch could not work and is hidden by CSS; the theme then follows the system.
 */
import { useId, useSyncExternalStore } from 'react';
import type { Messages } from '@/content/messages';
import {
  THEME_CHOICES,
  THEME_STORAGE_KEY,
  chooseTheme,
  currentThemeChoice,
  parseThemeChoice,
  showThemeChoice,
  type ThemeChoice,
} from './theme';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  // A choice made in another tab arrives as a storage event (a cleared storage has no key).
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_STORAGE_KEY || e.key === null) showThemeChoice(parseThemeChoice(e.newValue));
  };
  window.addEventListener('storage', onStorage);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', onStorage);
  };
}

/** The server cannot know the stored choice; hydration starts from "system" and then reads the page. */
const serverChoice = (): ThemeChoice => 'system';

export function ThemeSwitch({ labels }: { labels: Messages['theme'] }) {
  const choice = useSyncExternalStore(subscribe, currentThemeChoice, serverChoice);
  const name = useId();
  return (
    <fieldset className="theme-switch">
      <legend className="visually-hidden">{labels.label}</legend>
      {THEME_CHOICES.map((c) => (
        <label key={c} className="theme-option" data-choice={c} title={labels[c]}>
          <input type="radio" name={name} value={c} checked={choice === c} onChange={() => chooseTheme(c)} />
          <ThemeIcon choice={c} />
          <span className="visually-hidden">{labels[c]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Sun, moon, and a screen for "follow the system": the usual signs for these choices. */
function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {choice === 'light' ? (
        <>
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </>
      ) : choice === 'dark' ? (
        <path d="M20.5 14.2A8.5 8.5 0 1 1 9.8 3.5a6.8 6.8 0 0 0 10.7 10.7z" />
      ) : (
        <>
          <rect x="3" y="4" width="18" height="12" rx="2" />
          <path d="M8 20h8M12 16v4" />
        </>
      )}
    </svg>
  );
}
