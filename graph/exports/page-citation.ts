/**
 * The BibTeX entry of one page of the site (an idea, the data set), made by citation-js
 * like the reference files. The plain-text style is a sentence in the reader's language,
 * so it lives in the UI dictionary; this module gives the machine-readable form.
 */
import { bibtexKey, toBibtex } from './citation';

export interface PageCitationInput {
  /** A stable id for the entry; becomes the BibTeX key. */
  id: string;
  title: string;
  url: string;
  /** Site title, data version and date accessed, in the reader's language. */
  note: string;
}

export const pageBibtex = ({ id, title, url, note }: PageCitationInput) =>
  toBibtex([{ id, 'citation-key': bibtexKey(id), type: 'webpage', title, URL: url, note }]).trim();
