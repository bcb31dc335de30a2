/**
 * Every file published under /data/, in the order the data page lists them. The build
 * writes them, the data page links them, and the data package describes them, all from
 * this one list. `key` names the file's description in the UI dictionary.
 */
export const DOWNLOADS = [
  { key: 'graphJson', file: 'graph.json', format: 'json', mediatype: 'application/json' },
  { key: 'graphSchema', file: 'graph.schema.json', format: 'json', mediatype: 'application/schema+json' },
  { key: 'cyjs', file: 'graph.cyjs', format: 'cyjs', mediatype: 'application/json' },
  { key: 'graphml', file: 'graph.graphml', format: 'graphml', mediatype: 'application/graphml+xml' },
  { key: 'gephiNodes', file: 'nodes.csv', format: 'csv', mediatype: 'text/csv' },
  { key: 'gephiEdges', file: 'edges.csv', format: 'csv', mediatype: 'text/csv' },
  { key: 'kumuElements', file: 'kumu-elements.csv', format: 'csv', mediatype: 'text/csv' },
  { key: 'kumuConnections', file: 'kumu-connections.csv', format: 'csv', mediatype: 'text/csv' },
  { key: 'skos', file: 'skos.jsonld', format: 'jsonld', mediatype: 'application/ld+json' },
  { key: 'bib', file: 'references.bib', format: 'bib', mediatype: 'application/x-bibtex' },
  { key: 'csl', file: 'references.json', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json' },
  { key: 'questions', file: 'questions.json', format: 'json', mediatype: 'application/json' },
  { key: 'datapackage', file: 'datapackage.json', format: 'json', mediatype: 'application/json' },
  { key: 'changelog', file: 'CHANGELOG.md', format: 'md', mediatype: 'text/markdown' },
] as const;

export type Download = (typeof DOWNLOADS)[number];
export type DownloadKey = Download['key'];
export type DownloadFile = Download['file'];

/** The descriptor of the data package, which cannot list itself. */
export const DATAPACKAGE_FILE = 'datapackage.json';

/**
 * The question bank for quiz tools: each format, for the whole bank and for each tour, in
 * each language, under /data/questions/<lang>/ (scripts/build-exports.ts writes them; the
 * data page and the teachers' guide link them). `key` names the format's words.
 */
export const QUESTION_FORMATS = [
  { key: 'gift', ext: 'gift.txt', mediatype: 'text/plain; charset=utf-8' },
  { key: 'moodleXml', ext: 'moodle.xml', mediatype: 'application/xml' },
  { key: 'qti12', ext: 'qti12.zip', mediatype: 'application/zip' },
  { key: 'qti21', ext: 'qti21.zip', mediatype: 'application/zip' },
  { key: 'sheet', ext: 'sheet.html', mediatype: 'text/html; charset=utf-8' },
] as const;

export type QuestionFormat = (typeof QUESTION_FORMATS)[number];
export type QuestionFormatKey = QuestionFormat['key'];

/** The whole bank's file name stem; a tour's is its id. */
export const ALL_QUESTIONS = 'all';

/** A question file's path under /data/: `questions/en/all.gift.txt`, `questions/zh/traits-to-risks.qti21.zip`. */
export const questionFile = (lang: 'en' | 'zh', scope: string, format: QuestionFormat) =>
  `questions/${lang}/${scope}.${format.ext}`;
