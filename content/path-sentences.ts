/**
 * A chain or a connection of the path finder written out as one sentence, a clause per
 * link, from the templates in messages/path-strings.ts: "Emergence gives rise to
 * Uncertainty, which is addressed by Fine-tuning." The result is a list of parts (text,
 * ideas, editorial marks) that the page turns into text and links.
 */
import type { PathStep } from '../graph/argument-paths';
import type { ExplorerNode } from '../graph/explorer-data';
import type { Lang } from '../graph/schema';
import { pathStrings } from './messages/path-strings';

export type SentencePart =
  | { type: 'text'; text: string }
  /** `first`: the idea's first mention in the sentence (the page links it there only). */
  | { type: 'idea'; node: ExplorerNode; first: boolean }
  /** The link just written is an editorial inference, not stated by the paper. */
  | { type: 'editorial' };

const SLOT = /(\{a\}|\{b\}|\{also\})/;

/**
 * `connection`: the steps join two ideas the paper draws no chain between, so a step
 * that turns against the way the last one ran says "also" ("Emergence gives rise to
 * Reliability, which also arises from Bias"): both links meet at Reliability.
 */
export function pathSentence(steps: readonly PathStep[], lang: Lang, connection: boolean): SentencePart[] {
  const t = pathStrings(lang).steps;
  const parts: SentencePart[] = [];
  const mentioned = new Set<string>();
  const text = (s: string) => {
    if (s === '') return;
    const last = parts.at(-1);
    if (last?.type === 'text') last.text += s;
    else parts.push({ type: 'text', text: s });
  };
  const idea = (node: ExplorerNode) => {
    parts.push({ type: 'idea', node, first: !mentioned.has(node.id) });
    mentioned.add(node.id);
  };
  steps.forEach((step, i) => {
    let template = t.templates[step.edge.kind][step.forward ? 'forward' : 'backward'];
    if (i > 0) {
      text(t.next);
      if (t.dropSubject && template.startsWith('{a} ')) template = template.slice('{a} '.length);
    }
    const turns = connection && i > 0 && step.along !== steps[i - 1]?.along;
    for (const piece of template.split(SLOT)) {
      if (piece === '{a}') idea(step.from);
      else if (piece === '{b}') idea(step.to);
      else if (piece === '{also}') text(turns ? t.also : '');
      else text(piece);
    }
    if (step.edge.stance === 'inferred') parts.push({ type: 'editorial' });
  });
  if (steps.length > 0) text(t.end);
  return parts;
}

/** The sentence as plain text (for announcements and tests). */
export function sentenceText(parts: readonly SentencePart[], lang: Lang): string {
  const t = pathStrings(lang);
  return parts.map((p) => (p.type === 'text' ? p.text : p.type === 'idea' ? p.node.label[lang] : t.editorial)).join('');
}
