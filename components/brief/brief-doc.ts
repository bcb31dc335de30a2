/**
 * A brief as a document: headings, paragraphs, lists and quotations in the page's
 * language, made from the brief model (graph/brief.ts). The page, the Markdown file and the
 * Word file are three renderings of this one document, so they say exactly the same.
 * Pure: no React, no browser.
 */
import { briefStrings } from '@/content/messages/brief-strings';
import { measureFamily } from '@/graph/coverage';
import { LEVEL_NAMES } from '@/graph/kind-names';
import type { BriefModel, ChallengeBrief, MeasureBrief, Origin } from '@/graph/brief';
import { quoteOf } from '@/graph/brief';
import type { LimitationStatus } from '@/graph/governance-status';
import { LEVELS, type Edge, type Lang, type Level, type Node } from '@/graph/schema';

/** A run of text; `href` makes it a link (absolute), `strong` bold. */
export type Inline = { text: string; href?: string; strong?: boolean };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; href?: string; id?: string; pageBreak?: boolean }
  | { kind: 'paragraph'; content: Inline[] }
  /** A verbatim quotation of the paper (always Chinese) and where it stands. */
  | { kind: 'quote'; text: string; cite: string }
  | { kind: 'list'; items: ListItem[] };

export interface ListItem {
  content: Inline[];
  /** What belongs to the item: its quotation, an editors' note, a nested list. */
  blocks: Block[];
}

export interface BriefDocument {
  lang: Lang;
  title: string;
  blocks: Block[];
}

/** What the brief is about, for its title and its file name. */
export type BriefScope = { kind: 'all' } | { kind: 'level'; level: Level } | { kind: 'custom' };

export interface BriefMeta {
  /** The data version and the date it was built (YYYY-MM-DD). */
  version: string;
  built: string;
  /** The brief's absolute address. */
  address: string;
  /** The absolute address of a node's page. */
  nodeUrl: (id: string) => string;
}

const text = (t: string): Inline => ({ text: t });
const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
const item = (content: Inline[], blocks: Block[] = []): ListItem => ({ content, blocks });
const list = (items: ListItem[]): Block => ({ kind: 'list', items });

export function briefTitle(model: BriefModel, scope: BriefScope, lang: Lang): string {
  const s = briefStrings(lang);
  if (scope.kind === 'all') return s.titleAll;
  if (scope.kind === 'level') return s.titleLevel(LEVEL_NAMES[scope.level][lang]);
  if (model.challenges.length === 0) return s.titleMeasures;
  return s.titleSome(
    joinNames(
      model.challenges.map((c) => c.challenge.label[lang]),
      lang,
    ),
  );
}

/** "A, B and C" / "A、B与C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  const s = briefStrings(lang);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(s.listSep)}${s.and}${names[names.length - 1] ?? ''}`;
}

export function briefDocument(model: BriefModel, scope: BriefScope, meta: BriefMeta, lang: Lang): BriefDocument {
  const s = briefStrings(lang);
  const title = briefTitle(model, scope, lang);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    para(text(s.intro)),
    ...glance(model, lang),
    ...model.challenges.flatMap((c) => challengeBlocks(c, meta, lang)),
    ...(model.measures.length > 0
      ? [
          { kind: 'heading', level: 2, text: s.measuresSection, pageBreak: true } satisfies Block,
          ...model.measures.flatMap((m) => measureBlocks(m, meta, lang)),
        ]
      : []),
    ...references(model, meta, lang),
  ];
  return { lang, title, blocks };
}

const stanceOf = (edge: Edge, lang: Lang) => {
  const s = briefStrings(lang);
  return edge.stance === 'stated' ? s.stated : s.inferred;
};

/** The quotation behind a node or an edge, and the editors' note when an edge is inferred. */
function evidence(x: Node | Edge, lang: Lang): Block[] {
  const s = briefStrings(lang);
  const c = quoteOf(x);
  const out: Block[] = [];
  if (c) out.push({ kind: 'quote', text: c.quote, cite: s.quoteCite(s.section(c.section), (c.refs ?? []).join(' ')) });
  if ('stance' in x && x.note) out.push(para(text(`${s.note}${x.note[lang]}`)));
  return out;
}

const familyName = (n: Node, lang: Lang) => {
  const family = measureFamily(n.scope);
  return family ? briefStrings(lang).family[family] : '';
};

/** A level by its plain name ("Data"), not its node's label ("Data level"), which the sentences already frame. */
const levelName = (level: Node, lang: Lang) => LEVEL_NAMES[LEVELS.find((l) => l === level.id) ?? 'data'][lang];

function glance(model: BriefModel, lang: Lang): Block[] {
  const s = briefStrings(lang);
  const names = joinNames(
    model.gaps.map((g) => g.label[lang]),
    lang,
  );
  const lines: ListItem[] = [];
  if (model.challenges.length > 0)
    lines.push(
      item([
        text(
          s.glanceChallenges(model.challenges.length, model.challenges.length - model.gaps.length, model.gaps.length),
        ),
      ]),
    );
  if (model.measures.length > 0) lines.push(item([text(s.glanceMeasures(model.measures.length))]));
  const gaps: Block[] =
    model.challenges.length === 0
      ? []
      : [
          { kind: 'heading', level: 3, text: s.gapsTitle },
          para(text(model.gaps.length > 0 ? s.gapsText(names) : s.noGaps)),
        ];
  return [{ kind: 'heading', level: 2, text: s.glanceTitle }, list(lines), ...gaps];
}

function originItem(o: Origin, lang: Lang): ListItem {
  const s = briefStrings(lang);
  const trait = o.trait.label[lang];
  const verb = s.verb(o.edge.kind);
  if (o.through)
    return item(
      [
        text(
          s.originThrough(
            trait,
            verb,
            o.through.node.label[lang],
            stanceOf(o.edge, lang),
            s.verb(o.through.edge.kind),
            stanceOf(o.through.edge, lang),
          ),
        ),
      ],
      [...evidence(o.edge, lang), ...evidence(o.through.edge, lang)],
    );
  if (o.via)
    return item([text(s.originVia(o.via.label[lang], trait, verb, stanceOf(o.edge, lang)))], evidence(o.edge, lang));
  return item([text(s.origin(trait, verb, stanceOf(o.edge, lang)))], evidence(o.edge, lang));
}

function challengeBlocks(c: ChallengeBrief, meta: BriefMeta, lang: Lang): Block[] {
  const s = briefStrings(lang);
  const { challenge, placement, status } = c;
  const where: ListItem[] = [];
  if (placement) {
    const level = LEVELS.some((l) => l === placement.level.id)
      ? levelName(placement.level, lang)
      : placement.level.label[lang];
    const line = placement.via
      ? s.atLevelVia(level, placement.via.label[lang], stanceOf(placement.edge, lang))
      : s.atLevel(level, stanceOf(placement.edge, lang));
    where.push(item([text(line)], evidence(placement.edge, lang)));
  } else where.push(item([text(challenge.noLevel?.[lang] ?? s.noPlacement)]));
  if (status.broader.length > 0)
    where.push(
      item([
        text(
          s.partOf(
            joinNames(
              status.broader.map((b) => b.label[lang]),
              lang,
            ),
          ),
        ),
      ]),
    );
  return [
    { kind: 'heading', level: 2, text: challenge.label[lang], href: meta.nodeUrl(challenge.id), pageBreak: true },
    { kind: 'heading', level: 3, text: s.whatItIs },
    para(text(challenge.summary[lang])),
    ...evidence(challenge, lang),
    { kind: 'heading', level: 3, text: s.whereItArises },
    list(where),
    { kind: 'heading', level: 4, text: s.fromTraits },
    c.origins.length > 0 ? list(c.origins.map((o) => originItem(o, lang))) : para(text(s.noOrigins)),
    { kind: 'heading', level: 3, text: s.measuresTitle },
    status.measures.length > 0
      ? list(
          status.measures.map((m) => {
            const family = familyName(m.measure, lang);
            const line = m.via
              ? s.measureVia(m.measure.label[lang], family, m.via.label[lang], stanceOf(m.edge, lang))
              : s.measureLine(m.measure.label[lang], family, stanceOf(m.edge, lang));
            const limits =
              m.limitations.length > 0
                ? s.limitsLine(
                    joinNames(
                      m.limitations.map((l) => l.limitation.label[lang]),
                      lang,
                    ),
                  )
                : s.noLimitsShort;
            return item([text(line)], [...evidence(m.edge, lang), para(text(limits))]);
          }),
        )
      : para({ text: s.noMeasure, strong: true }),
    ...(status.proposals.length > 0
      ? [
          { kind: 'heading', level: 3, text: s.proposalsTitle } satisfies Block,
          list(
            status.proposals.map((p) =>
              item(
                [
                  text(
                    p.via
                      ? s.proposalVia(p.recommendation.label[lang], p.via.label[lang], stanceOf(p.edge, lang))
                      : s.proposal(p.recommendation.label[lang], stanceOf(p.edge, lang)),
                  ),
                ],
                evidence(p.edge, lang),
              ),
            ),
          ),
        ]
      : []),
  ];
}

function limitationItem(l: LimitationStatus, lang: Lang): ListItem {
  const s = briefStrings(lang);
  const line = l.inheritedFrom
    ? s.limitationInherited(l.limitation.label[lang], l.inheritedFrom.label[lang], stanceOf(l.edge, lang))
    : s.limitation(l.limitation.label[lang], stanceOf(l.edge, lang));
  const responses: Block[] =
    l.responses.length > 0
      ? [
          para(text(s.responses)),
          list(
            l.responses.map((r) =>
              item([text(s.response(r.node.label[lang], stanceOf(r.edge, lang)))], evidence(r.edge, lang)),
            ),
          ),
        ]
      : [para(text(s.noResponse))];
  return item([text(line)], [...evidence(l.edge, lang), ...responses]);
}

function measureBlocks(m: MeasureBrief, meta: BriefMeta, lang: Lang): Block[] {
  const s = briefStrings(lang);
  return [
    {
      kind: 'heading',
      level: 3,
      text: s.measureHeading(m.measure.label[lang], familyName(m.measure, lang)),
      href: meta.nodeUrl(m.measure.id),
    },
    ...(m.chosen ? [para(text(s.chosen))] : []),
    para(text(m.measure.summary[lang])),
    ...evidence(m.measure, lang),
    { kind: 'heading', level: 4, text: s.addressesTitle },
    m.addresses.length > 0
      ? list(
          m.addresses.map((a) =>
            item([text(s.address(a.node.label[lang], stanceOf(a.edge, lang)))], evidence(a.edge, lang)),
          ),
        )
      : para(text(s.addressesNone)),
    { kind: 'heading', level: 4, text: s.limitationsTitle },
    m.limitations.length > 0 ? list(m.limitations.map((l) => limitationItem(l, lang))) : para(text(s.noLimits)),
  ];
}

function references(model: BriefModel, meta: BriefMeta, lang: Lang): Block[] {
  const s = briefStrings(lang);
  const sep = lang === 'zh' ? '；' : '; ';
  const works = model.references.works.map((w) => {
    const r = w.reference;
    const parts = [
      r?.author ? `${s.workAuthor}${r.author}` : '',
      r?.title ? `${s.workTitle}${r.title}` : '',
      r?.issued ? `${s.workIssued}${r.issued}` : '',
      r?.accessed ? `${s.workAccessed}${r.accessed}` : '',
      r?.url ?? '',
      // The summary says what the paper cites it for, as a sentence of its own.
      w.summary[lang],
    ].filter((p) => p !== '');
    return item([{ text: r?.marker ?? w.label[lang], strong: true }, text(` ${parts.join(sep)}`)]);
  });
  return [
    { kind: 'heading', level: 2, text: s.referencesTitle, pageBreak: true },
    { kind: 'heading', level: 3, text: s.sectionsTitle },
    para(text(s.sectionsLine(model.references.sections.map((x) => s.section(x)).join(lang === 'zh' ? '、' : ', ')))),
    { kind: 'heading', level: 3, text: s.worksTitle },
    works.length > 0 ? list(works) : para(text(s.noWorks)),
    { kind: 'heading', level: 3, text: s.aboutTitle },
    para(text(s.paperNote)),
    para(text(s.dataLine(meta.version, meta.built))),
    para(text(s.addressLine), { text: meta.address, href: meta.address }),
  ];
}

/** Every heading and every quotation of a document, in order (what the .docx test looks for). */
export function outline(doc: BriefDocument): { headings: string[]; quotes: string[] } {
  const headings: string[] = [];
  const quotes: string[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'heading') headings.push(b.text);
      else if (b.kind === 'quote') quotes.push(b.text);
      else if (b.kind === 'list') for (const i of b.items) walk(i.blocks);
    }
  };
  walk(doc.blocks);
  return { headings, quotes };
}

/** The file name of a brief's downloads, without extension. */
export function briefFileStem(scope: BriefScope, model: BriefModel, lang: Lang): string {
  const stem = briefStrings(lang).fileStem;
  if (scope.kind === 'all') return `${stem}-all-${lang}`;
  if (scope.kind === 'level') return `${stem}-${scope.level}-${lang}`;
  const ids = [
    ...model.challenges.map((c) => c.challenge.id),
    ...model.measures.filter((m) => m.chosen).map((m) => m.measure.id),
  ];
  const joined = ids.slice(0, 4).join('-') + (ids.length > 4 ? `-and-${ids.length - 4}-more` : '');
  return `${stem}-${joined || 'empty'}-${lang}`;
}
