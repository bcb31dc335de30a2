/**
 * The bibliography as CSL-JSON (`references.json`) and BibTeX (`references.bib`): the data
 * set itself, the source paper, and every work the paper cites — with only what the paper
 * prints. The paper has no reference list in the text we work from: a numbered reference
 * is known by its marker and, sometimes, an author named in the running text; footnotes
 * print more (author, title, dates, address). Nothing is looked up or filled in; a work
 * with only a marker gets only a note saying where the paper cites it and for what.
 */
import type { Graph, Node, Reference } from '../schema';
import { bibtexKey, cslDate, toBibtex, toCslJson, type CslItem } from './citation';
import { builtDate, dataFileUrl, type ExportMeta } from './meta';

export const DATASET_ID = 'framework-explorer-data';
export const SOURCE_PAPER_ID = 'source-paper';

/**
 * What the text we work from says of the paper itself. Its title, authors and venue are
 * not part of that text, so they are not given (and never guessed).
 */
export const SOURCE_PAPER_NOTE =
  'The source paper of this data set: a Chinese-language paper on the ethics and governance of general models (also called pre-trained, foundation or large models). Its title, authors and venue are not part of the text the data set is built from, so they are not given here; cite the paper from its published record.';

const FOOTNOTES = ['①', '②', '③', '④', '⑤'];

/** Numbered references first ([1] … [29]), then footnotes (① … ⑤), as the paper numbers them. */
export function markerOrder(marker: string): number {
  const numbered = /^\[(\d+)\]$/.exec(marker);
  if (numbered?.[1]) return Number(numbered[1]);
  const footnote = FOOTNOTES.indexOf(marker);
  return footnote >= 0 ? 1000 + footnote : Number.MAX_SAFE_INTEGER;
}

function whereCited(ref: Reference): string {
  if (!ref.marker.startsWith('[')) return `Footnote ${ref.marker} in the source paper.`;
  const known = ref.author ? 'its marker and the author named in the running text' : 'its marker';
  return `Reference ${ref.marker} in the source paper. The text this data set is built from contains no reference list, so the work is known only by ${known}.`;
}

/** One cited work, from the fields the paper prints and nothing else. */
export function sourceItem(node: Node, ref: Reference): CslItem {
  // BibTeX's @misc has no field for the access date once a note is present, so the date
  // the paper prints is repeated in the note as well as kept as CSL `accessed`.
  const accessedNote = ref.accessed ? ` Accessed ${ref.accessed}.` : '';
  return {
    id: node.id,
    'citation-key': bibtexKey(node.id),
    type: ref.url ? 'webpage' : 'document',
    ...(ref.title ? { title: ref.title } : {}),
    ...(ref.author ? { author: [{ literal: ref.author }] } : {}),
    ...(ref.issued ? { issued: cslDate(ref.issued) } : {}),
    ...(ref.accessed ? { accessed: cslDate(ref.accessed) } : {}),
    ...(ref.url ? { URL: ref.url } : {}),
    note: `${whereCited(ref)} ${node.summary.en}${accessedNote}`,
  };
}

export function referenceItems(graph: Graph, meta: ExportMeta): CslItem[] {
  const dataset: CslItem = {
    id: DATASET_ID,
    'citation-key': bibtexKey(DATASET_ID),
    type: 'dataset',
    title: meta.title.en,
    version: meta.version,
    issued: cslDate(builtDate(meta)),
    URL: dataFileUrl(meta, 'graph.json'),
    language: 'en',
    note: `Data version ${meta.version}, built ${meta.built}. Bilingual (English and Chinese) graph of one paper's ethics and governance framework for general models; the site is at ${meta.site}/.`,
  };
  const paper: CslItem = {
    id: SOURCE_PAPER_ID,
    'citation-key': bibtexKey(SOURCE_PAPER_ID),
    type: 'document',
    language: 'zh',
    note: SOURCE_PAPER_NOTE,
  };
  const works = graph.nodes
    .flatMap((n) => (n.kind === 'source' && n.reference ? [{ node: n, ref: n.reference }] : []))
    .sort((a, b) => markerOrder(a.ref.marker) - markerOrder(b.ref.marker))
    .map(({ node, ref }) => sourceItem(node, ref));
  return [dataset, paper, ...works];
}

export const referencesBib = (graph: Graph, meta: ExportMeta) => toBibtex(referenceItems(graph, meta));
export const referencesCslJson = (graph: Graph, meta: ExportMeta) => toCslJson(referenceItems(graph, meta));
