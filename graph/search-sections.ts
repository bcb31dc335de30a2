/**
 * The paper's sections as search finds them: by number ("2.2.1", "§4.1", "第3节") and by
 * the words of their headings in either language. Each leads to its anchor on the paper
 * page, `/{lang}/paper/#s2-2-1` (DESIGN.md "Public URLs": `#abstract`, `#s1`, `#s2-1-1` …
 * `#s5`).
 *
 * The Chinese headings are the paper's own (short, verbatim: a unit test finds each in the
 * paper's text when it is available); the English ones are our translations, with the
 * terms of content/AUTHORING.md.
 */
import type { Section } from './schema';

export interface PaperSection {
  section: Section;
  heading: { en: string; zh: string };
}

export const PAPER_SECTIONS: readonly PaperSection[] = [
  { section: 'abstract', heading: { en: 'Abstract', zh: '摘要' } },
  {
    section: '1',
    heading: { en: 'Artificial intelligence enters the “era of general models”', zh: '人工智能步入“通用模型时代”' },
  },
  {
    section: '2',
    heading: { en: 'The traits of general models and their ethical challenges', zh: '通用模型的特性及伦理挑战' },
  },
  { section: '2.1', heading: { en: 'The traits of general models', zh: '通用模型的特性' } },
  { section: '2.1.1', heading: { en: 'Core traits', zh: '核心特性' } },
  { section: '2.1.2', heading: { en: 'Derived traits', zh: '衍生特性' } },
  { section: '2.2', heading: { en: 'The ethical challenges of general models', zh: '通用模型的伦理挑战' } },
  {
    section: '2.2.1',
    heading: {
      en: 'The algorithm level: uncertainty, truthfulness and reliability',
      zh: '算法层面：不确定性与真实性、可靠性问题',
    },
  },
  {
    section: '2.2.2',
    heading: {
      en: 'The data level: privacy and security, bias, toxicity and fairness',
      zh: '数据层面：隐私安全、偏见、毒性与公平性问题',
    },
  },
  {
    section: '2.2.3',
    heading: {
      en: 'The computing-power level: sustainable development and global justice',
      zh: '算力层面：可持续发展与全球正义',
    },
  },
  { section: '3', heading: { en: 'The mediation of general models', zh: '通用模型的中介性' } },
  { section: '4', heading: { en: 'Governance measures and their limitations', zh: '治理措施及局限性' } },
  {
    section: '4.1',
    heading: {
      en: 'Governance tools: ethical adjustment upstream and downstream',
      zh: '治理技术：上、下游伦理调节',
    },
  },
  {
    section: '4.2',
    heading: { en: 'Governance mechanisms: macro and micro levels side by side', zh: '治理机制：宏观与微观层面并行' },
  },
  {
    section: '5',
    heading: {
      en: 'Outlook: an open, full-process, value-embedded ethical tool',
      zh: '展望：建立开放式、全流程、价值嵌入的伦理工具',
    },
  },
];

/** The paper page's anchor of a section: `abstract`, `s1`, `s2-2-1`. */
export const sectionAnchor = (section: Section): string =>
  section === 'abstract' ? 'abstract' : `s${section.replace(/\./g, '-')}`;

/** The id of a section's search record ("§2.2.1"): never a node id, which is a kebab-case slug. */
export const sectionRecordId = (section: Section): string => `§${section}`;

/** The parent of a section (2.2.1 → 2.2 → 2), for the path shown under a result. */
export function parentSection(section: Section): Section | undefined {
  if (section === 'abstract' || !section.includes('.')) return undefined;
  const parent = section.slice(0, section.lastIndexOf('.'));
  return PAPER_SECTIONS.find((s) => s.section === parent)?.section;
}
