/**
 * The paper's argument as six stages, read left to right: the traits of general models →
 * the ethical challenges they raise, at three levels → the mediation that explains them
 * (Ihde's relations, the mirroring effect, transparency) → current governance → its
 * limitations → the paper's recommendations. The explorer's argument layout draws one
 * column (band) per stage, and its opening view draws each stage's main ideas only —
 * the ones listed in `OPENING` below — so that every label is readable at first sight.
 * Everything else is one click away: behind a "+N" badge on the idea it hangs from, by
 * focusing an idea, or with "show everything".
 *
 * Pure: no React, no Next, no content. The stage titles are UI strings
 * (content/messages/explore-strings.ts).
 */
import type { ExplorerEdge, ExplorerNode } from './explorer-data';
import { nodeId } from './ids';
import type { NodeId, NodeKind } from './schema';

import { STAGES, type Stage } from './vocabulary';

export { STAGES, type Stage } from './vocabulary';

/** The stage of each kind of idea; cases and cited works take the stage of what they hang from. */
const STAGE_OF_KIND: Record<Exclude<NodeKind, 'case' | 'source'>, Stage> = {
  trait: 'traits',
  level: 'challenges',
  challenge: 'challenges',
  concept: 'mediation',
  relation: 'mediation',
  governance: 'governance',
  limitation: 'limitations',
  recommendation: 'recommendations',
};

/**
 * The opening view: each stage's main ideas, in reading order. Chosen so that the chain
 * is drawn with the paper's own links between neighbouring stages (traits amplify
 * challenges; mirroring and transparency explain them; cleaning, scoring and fine-tuning
 * address them and are limited by the limitations that the recommendations respond to),
 * and so that every label fits, readable, on a laptop screen (36 ideas).
 * Challenges are listed by level, each level first: the layout groups them under it.
 */
export const OPENING: Record<Stage, readonly NodeId[]> = {
  traits: ['emergence', 'homogenization', 'large-scale-data-training', 'task-generalization'].map(nodeId),
  challenges: [
    'algorithm',
    'uncertainty',
    'truthfulness',
    'reliability',
    'interpretability',
    'data',
    'bias',
    'toxicity',
    'fairness',
    'privacy-and-security',
    'compute',
    'energy-consumption',
    'environmental-impact',
    'global-justice',
  ].map(nodeId),
  mediation: ['ihde-relations', 'human-model-data-world', 'mirroring-effect', 'transparency'].map(nodeId),
  governance: ['data-cleaning', 'toxicity-scoring', 'fine-tuning', 'macro-mechanisms', 'micro-mechanisms'].map(nodeId),
  limitations: [
    'lack-of-systematicity',
    'fragmented-governance-technology',
    'lack-of-normative-grounding',
    'long-tail-effect',
  ].map(nodeId),
  recommendations: [
    'open-full-process-value-embedded',
    'open-approach',
    'full-process-approach',
    'value-embedding',
    'early-ethical-intervention',
  ].map(nodeId),
};

export const OPENING_IDS: ReadonlySet<string> = new Set(STAGES.flatMap((s) => OPENING[s]));

/** Edge kinds along which detail hangs from an idea: its parts, the cases that illustrate it, the works cited for it. */
export const HANGING_EDGE_KINDS = ['part-of', 'illustrates', 'cited-for'] as const;

const stageIndex = (s: Stage) => STAGES.indexOf(s);

/**
 * The stage of every node. A concept sits in mediation unless it groups ideas of another
 * stage (its `part-of` parts or parent are all of one other stage's kinds: "Governance
 * measures" groups the governance measures, "General model" the traits). Cases and cited
 * works sit in the earliest stage of the ideas they illustrate or are cited for.
 */
export function stagesOf(nodes: readonly ExplorerNode[], edges: readonly ExplorerEdge[]): Map<string, Stage> {
  const kindOf = new Map<string, NodeKind>(nodes.map((n) => [n.id, n.kind]));
  const stage = new Map<string, Stage>();
  const ownStage = (k: NodeKind | undefined): Stage | undefined =>
    k === undefined || k === 'case' || k === 'source' ? undefined : STAGE_OF_KIND[k];
  for (const n of nodes) {
    const own = ownStage(n.kind);
    if (own) stage.set(n.id, own);
  }
  for (const n of nodes) {
    if (n.kind !== 'concept') continue;
    const related = edges
      .filter((e) => e.kind === 'part-of' && (e.source === n.id || e.target === n.id))
      .map((e) => ownStage(kindOf.get(e.source === n.id ? e.target : e.source)));
    const first = related[0];
    if (first !== undefined && first !== 'mediation' && related.every((s) => s === first)) stage.set(n.id, first);
  }
  // Cases first: a work may be cited for a case.
  for (const n of [...nodes.filter((x) => x.kind === 'case'), ...nodes.filter((x) => x.kind === 'source')]) {
    if (n.kind !== 'case' && n.kind !== 'source') continue;
    const targets = edges
      .filter((e) => e.source === n.id)
      .map((e) => stage.get(e.target))
      .filter((s): s is Stage => s !== undefined);
    const earliest = targets.sort((a, b) => stageIndex(a) - stageIndex(b))[0];
    stage.set(n.id, earliest ?? 'mediation');
  }
  return stage;
}
