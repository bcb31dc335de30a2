/**
 * The paper's structure: its sections in reading order, each with the heading the paper
 * prints (verbatim Chinese) and our English translation, and the anchor of its entry on
 * the reading companion (`/{lang}/paper/#s2-2-1`). Node pages, tours, citations, the
 * explorer's section filter and search all link to these anchors, so they are a public
 * contract like node ids: never rename one.
 *
 * One entry is not a numbered section: the limitations of current measures, which the
 * paper discusses at the end of §4.2 without a heading of its own. Its ideas are the
 * limitation nodes cited there (see graph/paper-outline.ts).
 */
import { SECTIONS, type Localized, type Section } from './schema';

/** A place in the paper: one of its numbered sections, or the limitations passage in §4.2. */
export type PaperPart = Section | 'limitations';

export interface PaperSection {
  id: PaperPart;
  /** How the site names it in running text: "§2.2.1", "Abstract". */
  number: string;
  /** The heading as the paper prints it (zh, verbatim) and our translation (en). */
  heading: Localized;
  /** True when the paper prints no heading: `heading` is then ours in both languages. */
  editorial: boolean;
  /** 1 for the abstract and §1–§5, 2 for §2.1, 3 for §2.1.1, … */
  depth: number;
  /** The section it stands in, if any. */
  parent: PaperPart | undefined;
}

/** The fragment of a section's entry on the paper page: "abstract", "s1", "s2-1-1", "s4-2-limitations". */
export function sectionAnchor(id: PaperPart): string {
  if (id === 'abstract') return 'abstract';
  if (id === 'limitations') return 's4-2-limitations';
  return `s${id.replace(/\./g, '-')}`;
}

const HEADINGS: Record<PaperPart, Localized> = {
  abstract: { zh: '摘要', en: 'Abstract' },
  '1': { zh: '人工智能步入“通用模型时代”', en: 'Artificial intelligence enters the “general model era”' },
  '2': { zh: '通用模型的特性及伦理挑战', en: 'The traits of general models and their ethical challenges' },
  '2.1': { zh: '通用模型的特性', en: 'The traits of general models' },
  '2.1.1': { zh: '核心特性', en: 'Core traits' },
  '2.1.2': { zh: '衍生特性', en: 'Derived traits' },
  '2.2': { zh: '通用模型的伦理挑战', en: 'The ethical challenges of general models' },
  '2.2.1': {
    zh: '算法层面：不确定性与真实性、可靠性问题',
    en: 'Algorithm level: uncertainty, truthfulness and reliability',
  },
  '2.2.2': {
    zh: '数据层面：隐私安全、偏见、毒性与公平性问题',
    en: 'Data level: privacy and security, bias, toxicity and fairness',
  },
  '2.2.3': { zh: '算力层面：可持续发展与全球正义', en: 'Compute level: sustainable development and global justice' },
  '3': { zh: '通用模型的中介性', en: 'The mediation of general models' },
  '4': { zh: '治理措施及局限性', en: 'Governance measures and their limitations' },
  '4.1': { zh: '治理技术：上、下游伦理调节', en: 'Governance technology: upstream and downstream ethical adjustment' },
  '4.2': { zh: '治理机制：宏观与微观层面并行', en: 'Governance mechanisms: macro and micro levels in parallel' },
  limitations: { zh: '现有措施的局限性', en: 'The limitations of current measures' },
  '5': {
    zh: '展望：建立开放式、全流程、价值嵌入的伦理工具',
    en: 'Outlook: building open, full-process, value-embedded ethical tools',
  },
};

const parentOf = (id: Section): Section | undefined => {
  const cut = id.lastIndexOf('.');
  return cut < 0 ? undefined : (SECTIONS.find((s) => s === id.slice(0, cut)) ?? undefined);
};

const numbered = (id: Section): PaperSection => ({
  id,
  number: id === 'abstract' ? 'Abstract' : `§${id}`,
  heading: HEADINGS[id],
  editorial: false,
  depth: id === 'abstract' ? 1 : id.split('.').length,
  parent: parentOf(id),
});

/** Every entry of the reading companion, in the paper's order (the limitations close §4.2). */
export const PAPER_SECTIONS: readonly PaperSection[] = SECTIONS.flatMap((id): PaperSection[] =>
  id === '4.2'
    ? [
        numbered(id),
        { id: 'limitations', number: '§4.2', heading: HEADINGS.limitations, editorial: true, depth: 3, parent: '4.2' },
      ]
    : [numbered(id)],
);

const byId = new Map<string, PaperSection>(PAPER_SECTIONS.map((s) => [s.id, s]));

/** The entry of a section id, or undefined for anything that is not one. */
export const paperSection = (id: string): PaperSection | undefined => byId.get(id);

/** A section id as the site names it in a language: "§2.2.1" in both, "Abstract" / "摘要". */
export function sectionName(id: PaperPart, lang: 'en' | 'zh'): string {
  if (id === 'abstract') return lang === 'en' ? 'Abstract' : '摘要';
  return byId.get(id)?.number ?? `§${id}`;
}

/** Whether `section` is `within` or one of its subsections ("2.2.1" is within "2" and "2.2"). */
export const isWithin = (section: Section, within: Section): boolean =>
  section === within || (within !== 'abstract' && section.startsWith(`${within}.`));
