/**
 * The source paper's entry in references.bib and references.json. With the record in
 * `content/paper.yaml` filled in, it is a full journal-article citation; empty (as in this
 * repository), it carries only a note saying that the paper's title, authors and venue are
 * not given — never a guessed field.
 */
import type { PaperRecord } from '../paper-identity';
import type { CslItem } from './citation';

/** The record's fields for the paper's entry; `notGiven` is the note for an empty record. */
export function sourcePaperFields(record: PaperRecord, notGiven: string): Omit<CslItem, 'id' | 'citation-key'> {
  if (!record.given) return { type: 'document', language: 'zh', note: notGiven };
  const p = record.identity;
  const english = p.title.en === p.title.zh ? '' : ` English title: ${p.title.en}.`;
  return {
    type: 'article-journal',
    language: 'zh',
    title: p.title.zh,
    // Names exactly as the record gives them: never split into parts we would have to guess.
    author: p.authors.zh.map((literal) => ({ literal })),
    'container-title': p.venue.zh,
    issued: { 'date-parts': [[p.year]] },
    ...(p.volume ? { volume: p.volume } : {}),
    ...(p.issue ? { issue: p.issue } : {}),
    ...(p.pages ? { page: p.pages } : {}),
    ...(p.doi ? { DOI: p.doi } : {}),
    ...(p.url ? { URL: p.url } : {}),
    note: `The source paper of this data set.${english} Authors: ${p.authors.en.join(', ')}. Venue: ${p.venue.en}.`,
  };
}
