/**
 * The source paper's bibliographic record, as a deployer fills it in (`content/paper.yaml`).
 * The text this site is built from does not print the paper's title, authors or venue, so
 * the repository leaves the record empty and the site says plainly that it is not given;
 * nothing here ever fills a gap with a guess. When the record is filled, every place that
 * cites the paper — pages, "cite this", the BibTeX and CSL-JSON downloads — shows it.
 */
import { z } from 'zod';
import { Localized, type Lang } from './schema';

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);

/** A DOI as registered ("10.1234/abcd"), without the resolver's address. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

export const PaperIdentity = z.strictObject({
  /** The title as published, in Chinese, and in English (the paper's own English title where it has one). */
  title: Localized,
  /** The authors as published, in order: their Chinese names and their names in Latin script. */
  authors: z.strictObject({
    en: z.array(text('an author (en)')).min(1, 'name at least one author in English'),
    zh: z.array(text('an author (zh)')).min(1, 'name at least one author in Chinese'),
  }),
  /** The journal (or book, or proceedings) it appeared in. */
  venue: Localized,
  year: z.number().int().min(1900).max(2100),
  volume: text('the volume').optional(),
  issue: text('the issue').optional(),
  pages: text('the pages').optional(),
  doi: z.string().regex(DOI_PATTERN, 'a DOI looks like "10.1234/abcd", without "https://doi.org/"').optional(),
  url: z.url().optional(),
});
export type PaperIdentity = z.infer<typeof PaperIdentity>;

export type PaperRecord = { given: true; identity: PaperIdentity } | { given: false };

/**
 * Reads the parsed YAML of `content/paper.yaml`: an empty file (or `{}`) means the record is
 * not given; anything else must be a complete record, or the build fails naming the field.
 */
export function readPaperRecord(raw: unknown): { record: PaperRecord; problems: string[] } {
  if (raw === null || raw === undefined) return { record: { given: false }, problems: [] };
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0)
    return { record: { given: false }, problems: [] };
  const parsed = PaperIdentity.safeParse(raw);
  if (parsed.success) return { record: { given: true, identity: parsed.data }, problems: [] };
  return {
    record: { given: false },
    problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
  };
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** Where a reader finds the paper: its DOI's address, else its URL. */
export const paperLink = (p: PaperIdentity): string | undefined => (p.doi ? doiUrl(p.doi) : p.url);

/**
 * The paper's reference as a sentence: English in an author–date style, Chinese in the
 * manner of GB/T 7714 ("作者. 题名[J]. 刊名, 年, 卷(期): 页码.").
 */
export function paperReference(p: PaperIdentity, lang: Lang): string {
  const link = paperLink(p);
  if (lang === 'zh') {
    const where = [p.volume, p.issue ? `(${p.issue})` : undefined].filter(Boolean).join('');
    const tail = [String(p.year), where].filter(Boolean).join(', ');
    return `${p.authors.zh.join(', ')}. ${p.title.zh}[J]. ${p.venue.zh}, ${tail}${p.pages ? `: ${p.pages}` : ''}.${link ? ` ${link}` : ''}`;
  }
  const where = [p.volume, p.issue ? `(${p.issue})` : undefined].filter(Boolean).join('');
  const located = [p.venue.en, where, p.pages].filter(Boolean).join(', ');
  const english = p.title.en === p.title.zh ? '' : ` [${p.title.en}]`;
  return `${p.authors.en.join(', ')} (${p.year}). ${p.title.zh}${english}. ${located}.${link ? ` ${link}` : ''}`;
}
