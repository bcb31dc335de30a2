/**
 * Where the lesson a teacher is building is kept in this browser (localStorage), in a module
 * of its own so that a page can ask whether there is one without loading the lesson's code
 * (its parser and schema): an idea's page loads that code only when there is a lesson to
 * show or the reader adds to one.
 */
export const DRAFT_KEY = 'framework-explorer:lesson';
export const PREVIOUS_KEY = 'framework-explorer:lesson-previous';

/** Whether this browser keeps a lesson; false where storage is refused (nothing is kept there). */
export function hasStoredDraft(): boolean {
  try {
    return window.localStorage.getItem(DRAFT_KEY) !== null;
  } catch {
    return false;
  }
}
