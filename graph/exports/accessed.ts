/**
 * The "date accessed" of a citation is the reader's today, which a static page cannot know
 * when it is built. Citations are therefore made once with a placeholder date and split
 * around it; the page shows the build date until the browser fills in today's date. This
 * module has no dependencies so the browser can load it without the citation library.
 */

/** Shaped like a date so every formatter treats it as one, but no real date looks like it. */
export const ACCESSED_PLACEHOLDER = '9999-99-99';

/** The text split around each occurrence of the placeholder; throws if there is none. */
export function splitAtAccessed(text: string): string[] {
  const parts = text.split(ACCESSED_PLACEHOLDER);
  if (parts.length < 2) throw new Error(`the citation has no place for the date accessed: ${text}`);
  return parts;
}

export const fillAccessed = (parts: readonly string[], date: string) => parts.join(date);

/** A local calendar date as YYYY-MM-DD, the form both languages' citations use. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
