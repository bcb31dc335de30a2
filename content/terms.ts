/**
 * One English term for each of the paper's Chinese terms. Where the paper's own English
 * abstract gives a term (ethical restraint mechanism, computing power, mirroring effect,
 * governance tools, governance mechanisms), that is the term; elsewhere the site settled
 * on one. Each rule lists the variants that crept in, so `npm run check` can reject them
 * in English text (labels, summaries, notes, explanations, tours). Aliases are exempt:
 * they are the other names people search with. content/AUTHORING.md has the full term list.
 */
export interface TermRule {
  /** The paper's term. */
  zh: string;
  /** The English term the site uses for it. */
  preferred: string;
  /** Variants that are not to be used in English text. */
  variants: RegExp;
}

export const TERM_RULES: readonly TermRule[] = [
  { zh: '伦理规约机制', preferred: 'ethical restraint mechanism', variants: /\bregulation mechanisms?\b/gi },
  { zh: '算力', preferred: 'computing power', variants: /\bcompute\b/gi },
  { zh: '治理技术', preferred: 'governance tools', variants: /\bgovernance technolog(?:y|ies)\b/gi },
  { zh: '镜像效应', preferred: 'mirroring effect', variants: /\bmirror effect\b/gi },
  { zh: '母体', preferred: 'parent', variants: /\bmother[- ]body\b/gi },
  { zh: '生活世界', preferred: 'lifeworld', variants: /\b(?:lived world|life-world|world of life)\b/gi },
  { zh: '双碳', preferred: 'dual-carbon', variants: /\bdual carbon\b/gi },
  { zh: '从认识论角度', preferred: 'epistemological(ly)', variants: /\bangle of knowledge\b/gi },
  { zh: '鹦鹉学舌', preferred: 'parroting', variants: /\bstochastic parrots?\b/gi },
  { zh: '同质性', preferred: 'homogenization', variants: /\bhomogenis(?:ation|e|ed|ing)\b/gi },
  { zh: '长尾效应', preferred: 'long-tail effect', variants: /\blong tail effect\b/gi },
  { zh: '分阶段开放', preferred: 'staged release', variants: /\bphased release\b/gi },
  { zh: '可解释性', preferred: 'interpretability', variants: /\bexplainability\b/gi },
  { zh: '伦理委员会', preferred: 'ethics committee', variants: /\bethical committee\b/gi },
];

export interface TermHit {
  found: string;
  rule: TermRule;
}

/** The banned variants in a piece of English text. */
export function bannedTerms(text: string): TermHit[] {
  return TERM_RULES.flatMap((rule) => [...text.matchAll(rule.variants)].map((m) => ({ found: m[0], rule })));
}

/**
 * The English an MDX explanation shows a reader: its prose without markup, and each
 * quotation's translation in place of the Chinese.
 */
export function englishOfMdx(source: string): string {
  return source
    .replace(/<Quote\b([^>]*)>[\s\S]*?<\/Quote>/g, (_, attrs: string) => /translation="([^"]*)"/.exec(attrs)?.[1] ?? '')
    .replace(/<[^>]+>/g, '');
}
