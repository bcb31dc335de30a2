/**
 * Writing citations with citation-js: CSL-JSON items in, CSL-JSON text or BibTeX out.
 * The reference files and the "Cite this page" control both go through here, so every
 * citation the site gives is made by the same library with the same settings.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

// citation-js writes ASCII-only BibTeX by default and silently drops every character it
// cannot spell as a LaTeX command, which would empty Chinese titles and names. We write
// UTF-8 instead (read by biber, bibtexu, Zotero and JabRef) and escape LaTeX's own special
// characters ourselves (latexText below), which is the part of its escaping we still need.
plugins.config.get('@bibtex').format.asciiOnly = false;

export interface CslName {
  /** A name exactly as printed ("Hendrycks 等", "美国国家标准与技术研究院"): never split into parts we would have to guess. */
  literal: string;
}

export type CslDate = { 'date-parts': number[][] } | { literal: string };

/** The subset of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) we write. */
export interface CslItem {
  id: string;
  /** The BibTeX key; letters, digits and "_" only, so citation-js keeps it as given. */
  'citation-key': string;
  type: 'document' | 'webpage' | 'dataset' | 'article-journal';
  title?: string;
  author?: CslName[];
  /** The journal or book an article appeared in. */
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  version?: string;
  language?: string;
  note?: string;
}

/** "2021-07-07" → CSL date parts; anything else is kept as printed. */
export function cslDate(value: string): CslDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return { literal: value };
  return { 'date-parts': [[m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number)] };
}

/** A BibTeX key from an id: citation-js rewrites keys with "-", so use "_" instead. */
export const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters in running text ("Ethics & Governance", "96%"). */
export const latexText = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c] ?? c);

/** The item as BibTeX needs it: text fields escaped for LaTeX; URLs stay verbatim. */
function forLatex(item: CslItem): CslItem {
  return {
    ...item,
    ...(item.title !== undefined ? { title: latexText(item.title) } : {}),
    ...(item['container-title'] !== undefined ? { 'container-title': latexText(item['container-title']) } : {}),
    ...(item.note !== undefined ? { note: latexText(item.note) } : {}),
    ...(item.author !== undefined ? { author: item.author.map((a) => ({ literal: latexText(a.literal) })) } : {}),
  };
}

export const toBibtex = (items: readonly CslItem[]) => new Cite(items.map(forLatex)).format('bibtex');

export const toCslJson = (items: readonly CslItem[]) => `${new Cite([...items]).format('data', { format: 'text' })}\n`;
