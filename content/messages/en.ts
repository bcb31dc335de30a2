/**
 * Every UI string of the English site. The Chinese dictionary `satisfies` this type, so
 * a string missing there is a type error, never a silent fallback to English.
 */
export const en = {
  siteTitle: 'General Models: Ethics & Governance Explorer',
  siteShortTitle: 'Framework Explorer',
  siteDescription:
    'An interactive, bilingual map of one paper’s framework for the ethics and governance of general (foundation) models: traits, challenges at the algorithm, data and compute levels, mediation, governance, limits and recommendations — every claim cited.',
  skipToContent: 'Skip to content',
  nav: { label: 'Main', home: 'Home', sources: 'Sources', data: 'Data' },
  languageSwitch: { label: 'Language', other: '中文', otherLong: '切换到中文' },
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
      text: 'Learn the framework step by step: start from general models and follow the argument, with every claim cited to the paper.',
      cta: 'Start with general models',
    },
    policymakers: {
      title: 'Policymakers',
      text: 'See which measures address which challenges, what limits each measure, and where no measure helps yet.',
      cta: 'Go to the limitations of current measures',
    },
    teachers: {
      title: 'Teachers',
      text: 'Every idea has a stable page in both languages to link from courseware, and the whole graph is open data.',
      cta: 'Browse the cited works and data',
    },
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
    scope: 'Scope',
    summary: 'Summary',
    explanation: 'Explanation',
    citations: 'In the paper',
    citationsIntro: 'Where the paper says this (verbatim quotations, in Chinese):',
    section: (s: string) => (s === 'abstract' ? 'Abstract' : `§${s}`),
    refs: 'Relies on',
    relations: 'Relations',
    relationsIntro: 'How this idea connects to others. Links marked “editorial” are inferred by the editors, not stated by the paper.',
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
  },
  sources: {
    title: 'Sources',
    lead: 'The paper this site is built on, and the works it cites. For each work we show only what the paper itself prints — the paper has no bibliography in the text we work from, so numbered references are known by their marker and the author named in the running text.',
    paperTitle: 'The source paper',
    paperText:
      'A Chinese-language paper on the ethics and governance of general models (also called pre-trained, foundation or large models). Its argument: the traits of general models raise ethical challenges at the algorithm, data and compute levels; seen through Ihde’s philosophy of technology, data-driven models mediate between people and the world (human–model(data)–world), which brings a “mirroring” effect and a transparency problem; current governance has limits; an open, full-process, value-embedded ethical mechanism is recommended. Its title, authors and venue are not part of the text we work from, so we do not state them.',
    numbered: 'Numbered references',
    footnotes: 'Footnotes',
    printed: 'As printed in the paper',
    citedFor: 'Cited for',
    citedBy: 'Ideas that rely on it',
    author: 'Author',
    titleField: 'Title',
    issued: 'Published',
    accessed: 'Accessed',
    url: 'Address',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. The idea may have a different id — start from the overview or the list of sources.',
    home: 'Go to the overview',
  },
  kindsLegend: 'Kinds of ideas',
};

export type Messages = typeof en;
