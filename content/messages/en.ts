/**
 * Every UI string of the English site. The Chinese dictionary `satisfies` this type, so
 * a string missing there is a type error, never a silent fallback to English.
 */
import { exploreEn } from './explore-strings';
import { embedEn } from './embed-en';
import { toursEn } from './tour-strings';
import { compareEn } from './compare-strings';
import { paperEn } from './paper-strings';
import { searchEn } from './search-strings';

export const en = {
  siteTitle: 'General Models: Ethics & Governance Explorer',
  siteShortTitle: 'Framework Explorer',
  siteDescription:
    'An interactive, bilingual map of one paper’s framework for the ethics and governance of general (foundation) models: traits, challenges at the algorithm, data and computing-power levels, mediation, governance, limits and recommendations — every claim cited.',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    tours: 'Tours',
    explore: 'Explore',
    matrix: 'Matrix',
    relations: 'Ihde’s relations',
    glossary: 'Glossary',
    sources: 'Sources',
    data: 'Data',
    teach: 'Teach',
    search: 'Search',
    menu: 'Menu',
    menuLabel: 'All pages and settings',
    allPages: 'All pages',
    settings: 'Settings',
    groups: { learn: 'Learn', explore: 'Explore', policy: 'Policy', teach: 'Teach' },
  },
  languageSwitch: { label: 'Language', other: '中文', otherLong: '切换到中文' },
  theme: { label: 'Colour theme', light: 'Light', dark: 'Dark', system: 'Follow the system' },
  print: { pageAddress: 'This page online' },
  footer: {
    about: 'An explorer of one paper’s framework. Quotations are from the paper; explanations are the editors’ own.',
    data: 'Graph data (JSON)',
    schema: 'JSON Schema',
    version: 'Data version',
  },
  home: {
    title: 'The ethics of general models, as a map you can explore',
    lead: 'Large pre-trained “general models” bring new ethical challenges. This site lays out one paper’s framework for them as a graph of ideas: what makes general models special, the challenges that follow at three levels, why they arise, what is done about them, where that falls short, and what the paper recommends. Every idea is explained in English and Chinese and cited to the paper.',
    chainTitle: 'The argument at a glance',
    chainIntro: 'Follow the paper from left to right; each step links to its ideas.',
    audienceTitle: 'Where to start',
    students: {
      title: 'Students',
      text: 'Learn the framework step by step with a guided tour, look up any term in the glossary, and check every claim against the paper.',
      cta: 'Take “The paper in twelve steps”',
      more: 'Glossary',
    },
    policymakers: {
      title: 'Policymakers',
      text: 'See which measures address which challenges, what limits each measure, and where no measure helps yet.',
      cta: 'Open the measures–challenges matrix',
      more: 'Tour: governance and its limits',
    },
    teachers: {
      title: 'Teachers',
      text: 'Put a live view in your course — one idea and its neighbours, a path, a tour or the matrix — with a plain iframe that works in Moodle, Canvas, Open edX and H5P. Every idea also has a stable page in both languages to link to, and the whole graph is open data.',
      cta: 'The teachers’ guide to embedding',
      more: 'Open data and how to cite',
    },
    toursTitle: 'Guided tours',
    countsLine: (nodes: number, edges: number) => `${nodes} ideas and ${edges} cited links.`,
  },
  steps: {
    traits: 'Traits of general models',
    challenges: 'Ethical challenges at three levels',
    mediation: 'Mediation and mirroring',
    governance: 'Current governance',
    limitations: 'Its limitations',
    recommendations: 'Recommendations',
  },
  node: {
    otherLanguageLabel: 'Chinese',
    kind: 'Kind',
    level: 'Level',
    noLevel: 'none in the paper',
    scope: 'Scope',
    summary: 'Summary',
    explanation: 'Explanation',
    citations: 'In the paper',
    citationsIntro: 'Where the paper says this (verbatim quotations, in Chinese):',
    section: (s: string) => (s === 'abstract' ? 'Abstract' : `§${s}`),
    refs: 'Relies on',
    relations: 'Relations',
    relationsIntro:
      'How this idea connects to others. Links marked “editorial” are inferred by the editors, not stated by the paper.',
    noRelations: 'No relations.',
    outgoing: 'This idea',
    incoming: 'Other ideas',
    inferred: 'editorial',
    inferredTitle: 'Editorial inference: implied by the paper, not stated',
    stated: 'stated in the paper',
    evidence: 'Evidence',
    translationLabel: 'Our translation',
    quoteFrom: (section: string) => `The paper, ${section}`,
    backToHome: 'Back to the overview',
    tradeoffs: 'Trade-offs',
    tradeoffOf: (label: string) => `What “${label}” gains and what it costs`,
  },
  sources: {
    title: 'Sources',
    lead: 'The paper this site is built on, and the works it cites. For each work we show only what the paper itself prints — the paper has no bibliography in the text we work from, so numbered references are known by their marker and the author named in the running text.',
    paperTitle: 'The source paper',
    paperText:
      'A Chinese-language paper on the ethics and governance of general models (also called pre-trained, foundation or large models). Its argument: the traits of general models raise ethical challenges at the algorithm, data and computing-power levels; seen through Ihde’s philosophy of technology, data-driven models mediate between people and the world (human–model(data)–world), which brings a “mirroring” effect and a transparency problem; current governance has limits; an open, full-process, value-embedded ethical restraint mechanism is recommended.',
    numbered: 'Numbered references',
    footnotes: 'Footnotes',
    printed: 'As printed in the paper',
    citedFor: 'Cited for',
    citedBy: 'Ideas that rely on it',
    author: 'Author',
    titleField: 'Title',
    issued: 'Published',
    accessed: 'Accessed',
    quoteShare: (share: string, max: string, longest: number, withHeadings: string) =>
      `We quote the paper, we do not reprint it: all the quotations on this site together — the graph's citations, the explanations, the tours and the formulas on the relations page — cover ${share} of the paper's Chinese text (its Han characters), under a limit of ${max}, and where quotations meet, the longest stretch of the paper they cover is ${longest} characters. The paper's section headings, which the reading companion prints as its table of contents, bring the share to ${withHeadings}.`,
    quoteShareUnknown:
      'We quote the paper, we do not reprint it: all the quotations on this site together stay under 40 % of its Chinese text.',
    url: 'Address',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. The idea may have a different id — start from the overview or the list of sources.',
    home: 'Go to the overview',
  },
  kindsLegend: 'Kinds of ideas',
  search: searchEn,
  matrix: {
    title: 'Measures against challenges',
    lead: 'Which current governance measure addresses which ethical challenge, as the paper states it or as the editors infer it, what limits each measure, and which challenges no measure reaches.',
    caption:
      'Ethical challenges (rows, grouped by level) against governance measures (columns, grouped as technology — upstream, downstream — and mechanisms — macro, micro).',
    challenge: 'Ethical challenge',
    stated: 'Addressed (stated)',
    inferred: 'Addressed (inferred)',
    statedShort: 'Stated',
    inferredShort: 'Inferred',
    none: 'Not addressed',
    gap: 'Gap: no measure in the paper addresses this',
    noLevel: 'No level in the paper',
    gapsTitle: 'Gaps',
    gapsIntro: 'Challenges that no current measure in the paper addresses:',
    legend: 'Key',
    filter: 'Show levels',
    limits: 'Limited by',
    noLimits: 'The paper names no limitation of this measure.',
    tradeoffsTitle: 'Trade-offs: what each measure gains and what it costs',
    tradeoffsIntro:
      'For each measure, the challenges it addresses and the limitations the paper finds in it, with the paper’s words for each link.',
    gains: 'Addresses',
    costs: 'Limited by',
    openTradeoff: 'See this trade-off',
  },
  relationsPage: {
    title: 'Ihde’s relations and human–model(data)–world',
    lead: 'The paper reads general models through Don Ihde’s philosophy of technology: four ways technology stands between people and the world, and a new one in which a model, built from data, takes the place of the technology.',
    formula: 'Formula as the paper writes it',
    example: 'Example',
    human: 'Human',
    technology: 'Technology',
    world: 'World',
    model: 'Model (data)',
    replaces: 'takes the place of',
  },
  glossary: {
    title: 'Glossary',
    lead: 'Every term of the framework in English and Chinese, with pinyin and a one-line definition. Each term links to its page.',
    index: 'Letter index',
    english: 'English',
    chinese: 'Chinese',
    pinyin: 'Pinyin',
    definition: 'Definition',
  },
  tours: toursEn,
  paper: paperEn,
  compare: compareEn,
  explore: exploreEn,
  data: {
    title: 'Open data',
    lead: 'The whole framework as data, in the formats your tools read: network tools (Gephi, Kumu, Cytoscape), thesaurus managers (SKOS) and reference managers (BibTeX, CSL-JSON). Every file is generated from the one validated graph at each build, never edited by hand.',
    datasetTitle: 'General Models: Ethics & Governance Explorer — framework graph',
    versionLine: (version: string, date: string) =>
      `Data version ${version}, built on ${date}. Every file below carries the same version and build date.`,
    downloads: 'Downloads',
    tableCaption: (version: string, date: string) => `Files of data version ${version}, built on ${date}`,
    colFile: 'File',
    colFormat: 'Format',
    colDescription: 'What it holds and what reads it',
    colSize: 'Size',
    size: (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
    files: {
      graphJson: {
        format: 'JSON',
        description:
          'The native data contract: every node and edge with labels, summaries and aliases in both languages, and the citations of the paper behind each one.',
      },
      graphSchema: {
        format: 'JSON Schema (2020-12)',
        description:
          'The schema of graph.json, generated from the same definitions the build validates with. Use it to validate the data or generate types.',
      },
      cyjs: {
        format: 'Cytoscape JSON',
        description:
          'For Cytoscape desktop (File › Import › Network from File) and Cytoscape.js. Every attribute becomes a table column.',
      },
      graphml: {
        format: 'GraphML',
        description:
          'For Gephi, yEd, NetworkX and igraph: typed attributes for kind, labels in both languages, level, stance and more.',
      },
      gephiNodes: {
        format: 'CSV (UTF-8)',
        description: 'The node table for Gephi’s spreadsheet import: Id, Label, then every attribute.',
      },
      gephiEdges: {
        format: 'CSV (UTF-8)',
        description:
          'The edge table for Gephi: Source, Target, Type (directed or undirected), Label (the link’s verb), then its stance and notes.',
      },
      kumuElements: {
        format: 'CSV (UTF-8)',
        description: 'Elements for Kumu: Label, Type, Description, Tags, with the Chinese label and summary alongside.',
      },
      kumuConnections: {
        format: 'CSV (UTF-8)',
        description:
          'Connections for Kumu: From, To, Type (the link’s verb) and direction. Kumu joins them to the elements by label.',
      },
      skos: {
        format: 'SKOS, JSON-LD',
        description:
          'The framework as a SKOS concept scheme for thesaurus managers: labels in English and Chinese, aliases, definitions, broader terms from “part of”, and every other link as a related term with its kind kept.',
      },
      bib: {
        format: 'BibTeX',
        description:
          'For LaTeX and reference managers: this data set, the source paper and the works it cites, with only what the paper prints.',
      },
      csl: {
        format: 'CSL-JSON',
        description: 'The same references for Zotero, Pandoc and other CSL processors.',
      },
      questions: {
        format: 'JSON',
        description:
          'The question bank: every practice question in both languages with its options or accepted answers, the right answer, and its evidence (the ideas, links and quotation of the paper that make it right).',
      },
      datapackage: {
        format: 'Data Package (JSON)',
        description:
          'A Frictionless Data Package describing every file here: format, size, checksum, version and build date.',
      },
      changelog: {
        format: 'Markdown',
        description: 'What changed in each version of the data.',
      },
    },
    versionsTitle: 'Versions',
    versionsText:
      'The data version follows semantic versioning. A changed or removed id is a major change, because links and embeds use ids; a new node or link is a minor change; a corrected text is a patch.',
    changelog: 'Read the data changelog',
    citeTitle: 'How to cite',
    citeDataTitle: 'This site and its data',
    citeDataText: 'Cite the data version you used. Each idea’s page has its own citation under “Cite this page”.',
    citePaperTitle: 'The source paper',
    citePaperText:
      'The framework is one Chinese-language paper’s. The works it cites are in references.bib and references.json, with only what the paper prints of them.',
    sourcesLink: 'See the cited works',
  },
  cite: {
    title: 'Cite this page',
    intro: 'The date accessed is today’s date; with JavaScript off it is the date the page was built.',
    plainLabel: 'Plain text',
    bibtexLabel: 'BibTeX',
    copyPlain: 'Copy the plain-text citation',
    copyBibtex: 'Copy the BibTeX entry',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it.',
    plain: (c: { title: string; site: string; version: string; url: string; accessed: string }) =>
      `“${c.title}.” ${c.site}, data version ${c.version}. ${c.url} (accessed ${c.accessed}).`,
    bibtexNote: (site: string, version: string, accessed: string) =>
      `${site}, data version ${version}. Accessed ${accessed}.`,
  },
  ...embedEn,
};

export type Messages = typeof en;
