/**
 * Questions derived from the graph at build time, from facts the paper states and states
 * exclusively, so that a wrong option is really wrong:
 *
 *   level       at which level a challenge arises (stated `arises-at`, or stated `part-of`
 *               a challenge that has one); wrong options: the other levels / challenges
 *               the paper places elsewhere
 *   example     which example illustrates which of Ihde's relations (stated `illustrates`)
 *   formula     which formula the paper writes for which relation (the relations page's
 *               formulas, found in the relation's own citation)
 *   figure      the figures of the paper's cases (content/questions/figures.yaml, each
 *               found in a citation); wrong options: other figures the paper prints
 *   family      which group (upstream, downstream, macro, micro) a measure belongs to,
 *               through stated `part-of` links
 *   limitation  which limitation the paper names for a measure (stated `limited-by`);
 *               wrong options only from limitations of the other branch of governance
 *               (technology vs mechanisms) that touch neither the measure nor its parts
 *
 * No question is derived from a missing edge ("X does not address Y"). Each fact is asked
 * at most once forward and once reverse; every question carries the citation shown as
 * its feedback. `bank.test.ts` checks every answer with its own queries over the graph.
 */
import type { Problem } from '../problems';
import { Level, type Citation, type Edge, type Graph, type Localized, type Node } from '../schema';
import { magnitude, plainLabel, printsFigure, quoteContains, sameText, stableShuffle } from './pick';
import type { ChoiceQuestion, FactKind, FigureInput, Option, Way } from './schema';

export const FIGURES_FILE = 'content/questions/figures.yaml';

export interface Formula {
  /** The relation node. */
  id: string;
  /** Exactly as the paper prints it. */
  formula: string;
}

export interface DeriveInput {
  graph: Graph;
  figures: readonly FigureInput[];
  formulas: readonly Formula[];
}

/** Up to three wrong options; a question with fewer than two is not asked. */
const MAX_WRONG = 3;
const MIN_WRONG = 2;

interface Ctx {
  node: Map<string, Node>;
  out: Map<string, Edge[]>;
  inc: Map<string, Edge[]>;
}

function context(graph: Graph): Ctx {
  const out = new Map<string, Edge[]>();
  const inc = new Map<string, Edge[]>();
  for (const e of graph.edges) {
    out.set(e.source, [...(out.get(e.source) ?? []), e]);
    inc.set(e.target, [...(inc.get(e.target) ?? []), e]);
  }
  return { node: new Map(graph.nodes.map((n) => [n.id, n])), out, inc };
}

const cite = (item: Node | Edge, pick?: (c: Citation) => boolean) => {
  const c = (pick ? item.citations.find(pick) : undefined) ?? item.citations[0];
  if (!c) throw new Error(`${item.id} has no citation`);
  return { from: item.id, ...c };
};

const q = (l: Localized) => ({ en: `“${l.en}”`, zh: `“${l.zh}”` });

interface Draft {
  kind: FactKind;
  key: string;
  way: Way;
  subject: Node;
  stem: Localized;
  explanation: Localized;
  right: Option;
  wrong: Option[];
  nodes: Node[];
  edges: Edge[];
  citation: Citation & { from: string };
}

/** A choice question from a draft: options in a stable shuffled order; undefined if too few wrong options. */
function choice(d: Draft): ChoiceQuestion | undefined {
  const wrong = d.wrong.slice(0, MAX_WRONG);
  if (wrong.length < MIN_WRONG) return undefined;
  const id = `${d.kind}.${d.key}.${d.way}`;
  const options = stableShuffle([d.right, ...wrong], id, (o) => o.text.en);
  const levels = [...new Set(d.nodes.flatMap((n) => (n.level ? [n.level] : n.kind === 'level' ? [levelOf(n)] : [])))];
  return {
    id,
    origin: 'derived',
    type: 'choice',
    topic: d.kind,
    stem: d.stem,
    explanation: d.explanation,
    options,
    answer: options.indexOf(d.right),
    evidence: {
      nodes: d.nodes.map((n) => n.id),
      edges: d.edges.map((e) => e.id),
      citation: d.citation,
      link: d.subject.id,
    },
    fact: { kind: d.kind, key: d.key, way: d.way },
    tours: [],
    levels: levels.filter((l): l is Level => l !== undefined),
    nodes: [...new Set([d.subject.id, ...d.nodes.map((n) => n.id)])],
  };
}

const levelOf = (n: Node): Level | undefined => {
  const parsed = Level.safeParse(n.id);
  return parsed.success ? parsed.data : undefined;
};

const nodeOption = (n: Node): Option => ({ text: n.label, ref: n.id });
const plainOption = (n: Node): Option => ({ text: plainLabel(n.label), ref: n.id });

// ---------------------------------------------------------------------------------------
// Levels

interface StatedLevel {
  level: Node;
  /** part-of links up to the challenge that arises at the level, then the arises-at link. */
  chain: Edge[];
}

/** The level the paper states for a challenge, only if it states exactly one (no inferred link on the way). */
function statedLevel(ctx: Ctx, id: string, seen = new Set<string>()): StatedLevel | undefined {
  if (seen.has(id)) return undefined;
  seen.add(id);
  const out = ctx.out.get(id) ?? [];
  const arises = out.filter((e) => e.kind === 'arises-at');
  if (arises.length > 0) {
    const [e] = arises;
    const level = e ? ctx.node.get(e.target) : undefined;
    return arises.length === 1 && e?.stance === 'stated' && level ? { level, chain: [e] } : undefined;
  }
  const parents = out.filter((e) => e.kind === 'part-of' && ctx.node.get(e.target)?.kind === 'challenge');
  const [p] = parents;
  if (parents.length !== 1 || !p || p.stance !== 'stated') return undefined;
  const up = statedLevel(ctx, p.target, seen);
  return up ? { level: up.level, chain: [p, ...up.chain] } : undefined;
}

function levelDrafts(graph: Graph, ctx: Ctx): Draft[] {
  const levels = graph.nodes.filter((n) => n.kind === 'level');
  const placed = graph.nodes
    .filter((n) => n.kind === 'challenge')
    .flatMap((c) => {
      const s = statedLevel(ctx, c.id);
      return s ? [{ challenge: c, ...s }] : [];
    });
  return placed.flatMap(({ challenge, level, chain }) => {
    const arises = chain[chain.length - 1];
    const holder = arises ? ctx.node.get(arises.source) : undefined;
    if (!arises || !holder) return [];
    const c = q(challenge.label);
    const l = level.label;
    const explanation: Localized =
      holder.id === challenge.id
        ? {
            en: `The paper treats ${c.en} as a challenge of the ${l.en.toLowerCase()}.`,
            zh: `论文将${c.zh}列为${l.zh}的伦理挑战。`,
          }
        : {
            en: `${c.en} is part of “${holder.label.en}”, which the paper treats as a challenge of the ${l.en.toLowerCase()}.`,
            zh: `${c.zh}属于“${holder.label.zh}”，论文将后者列为${l.zh}的伦理挑战。`,
          };
    const base = {
      kind: 'level' as const,
      key: challenge.id,
      subject: challenge,
      explanation,
      nodes: [
        challenge,
        ...chain
          .slice(0, -1)
          .map((e) => ctx.node.get(e.target))
          .filter(isNode),
        level,
      ],
      edges: chain,
      citation: cite(arises),
    };
    const elsewhere = placed.filter((p) => p.level.id !== level.id);
    return [
      {
        ...base,
        way: 'forward' as const,
        stem: {
          en: `At which level does the paper place the ethical challenge ${c.en}?`,
          zh: `论文把${c.zh}这一伦理挑战归于哪个层面？`,
        },
        right: nodeOption(level),
        wrong: levels.filter((x) => x.id !== level.id).map(nodeOption),
      },
      {
        ...base,
        way: 'reverse' as const,
        stem: {
          en: `Which of these does the paper treat as an ethical challenge of the ${l.en.toLowerCase()}?`,
          zh: `下列哪一项是论文所说的${l.zh}的伦理挑战？`,
        },
        right: nodeOption(challenge),
        wrong: stableShuffle(
          elsewhere.map((p) => p.challenge),
          `level.${challenge.id}`,
          (n) => n.id,
        ).map(nodeOption),
      },
    ];
  });
}

const isNode = (n: Node | undefined): n is Node => n !== undefined;

// ---------------------------------------------------------------------------------------
// Ihde's relations: examples and formulas

/** The relations that are part of Ihde's relations and have an example the paper states. */
function exampleDrafts(graph: Graph, ctx: Ctx): Draft[] {
  const pairs = graph.edges.flatMap((e) => {
    const c = ctx.node.get(e.source);
    const r = ctx.node.get(e.target);
    if (e.kind !== 'illustrates' || e.stance !== 'stated' || c?.kind !== 'case' || r?.kind !== 'relation') return [];
    const isIhde = (ctx.out.get(r.id) ?? []).some((p) => p.kind === 'part-of' && p.target === 'ihde-relations');
    // One example per relation and one relation per example, or the fact is not exclusive.
    const caseRelations = (ctx.out.get(c.id) ?? []).filter(
      (x) => x.kind === 'illustrates' && ctx.node.get(x.target)?.kind === 'relation',
    );
    return isIhde && caseRelations.length === 1 ? [{ example: c, relation: r, edge: e }] : [];
  });
  return pairs.flatMap(({ example, relation, edge }) => {
    const ex = q(plainLabel(example.label));
    const rel = q(relation.label);
    const others = pairs.filter((p) => p.edge.id !== edge.id);
    const base = {
      kind: 'example' as const,
      key: example.id,
      subject: example,
      explanation: {
        en: `The paper’s example of the ${rel.en} is ${ex.en}.`,
        zh: `论文以${ex.zh}为${rel.zh}的例子。`,
      },
      nodes: [example, relation],
      edges: [edge],
      citation: cite(edge),
    };
    return [
      {
        ...base,
        way: 'forward' as const,
        stem: {
          en: `Which of Ihde’s human–technology relations does the paper illustrate with the example ${ex.en}?`,
          zh: `论文以${ex.zh}为例说明的是伊德的哪一种人-技术关系？`,
        },
        right: nodeOption(relation),
        wrong: others.map((p) => nodeOption(p.relation)),
      },
      {
        ...base,
        way: 'reverse' as const,
        stem: {
          en: `Which example does the paper give for the ${rel.en}?`,
          zh: `论文为${rel.zh}举的例子是什么？`,
        },
        right: plainOption(example),
        wrong: others.map((p) => plainOption(p.example)),
      },
    ];
  });
}

function formulaDrafts(ctx: Ctx, formulas: readonly Formula[]): Draft[] {
  // A relation whose name is its formula ("人-技术-世界") would give its own answer away.
  const usable = formulas.flatMap((f) => {
    const relation = ctx.node.get(f.id);
    if (!relation || sameText(relation.label.zh, f.formula)) return [];
    const printed = relation.citations.some((c) => quoteContains(c.quote, f.formula));
    return printed ? [{ relation, formula: f.formula }] : [];
  });
  const formulaOption = (f: { relation: Node; formula: string }): Option => ({
    text: { en: f.formula, zh: f.formula },
    ref: f.relation.id,
  });
  return usable.flatMap((f) => {
    const rel = q(f.relation.label);
    const citation = cite(f.relation, (c) => quoteContains(c.quote, f.formula));
    // A wrong formula never appears in the quotation shown as the answer's evidence.
    const others = usable.filter((o) => o.relation.id !== f.relation.id && !quoteContains(citation.quote, o.formula));
    const base = {
      kind: 'formula' as const,
      key: f.relation.id,
      subject: f.relation,
      explanation: {
        en: `The paper writes the ${rel.en} as ${f.formula}.`,
        zh: `论文将${rel.zh}表述为 ${f.formula}。`,
      },
      nodes: [f.relation],
      edges: [],
      citation,
    };
    return [
      {
        ...base,
        way: 'forward' as const,
        stem: { en: `How does the paper write the ${rel.en} as a formula?`, zh: `论文如何用公式表述${rel.zh}？` },
        right: formulaOption(f),
        wrong: others.map(formulaOption),
      },
      {
        ...base,
        way: 'reverse' as const,
        stem: {
          en: `Which relation does the paper write as ${f.formula}?`,
          zh: `论文用 ${f.formula} 表述的是哪一种关系？`,
        },
        right: nodeOption(f.relation),
        wrong: others.map((o) => nodeOption(o.relation)),
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------
// Figures

interface FoundFigure {
  figure: FigureInput;
  node: Node;
  citation: Citation & { from: string };
}

/** Where each figure is printed: a citation of its node, or of one of the node's links. */
function findFigures(ctx: Ctx, figures: readonly FigureInput[], problems: Problem[]): FoundFigure[] {
  return figures.flatMap((figure) => {
    const node = ctx.node.get(figure.node);
    if (!node) {
      problems.push({
        file: FIGURES_FILE,
        id: figure.id,
        field: 'node',
        message: `names "${figure.node}", which is not a node`,
        fix: 'use the id of the node whose citation prints the figure (graph/data/*.yaml)',
      });
      return [];
    }
    const holders: (Node | Edge)[] = [node, ...(ctx.out.get(node.id) ?? []), ...(ctx.inc.get(node.id) ?? [])];
    const holder = holders.find((h) => h.citations.some((c) => printsFigure(c.quote, figure.printed)));
    if (!holder) {
      problems.push({
        file: FIGURES_FILE,
        id: figure.id,
        field: 'printed',
        message: `"${figure.printed}" is not printed in any citation of "${node.id}" or of its links`,
        fix: 'copy the figure exactly as a citation of that node prints it, or remove the entry if the quote no longer carries it',
      });
      return [];
    }
    return [{ figure, node, citation: cite(holder, (c) => printsFigure(c.quote, figure.printed)) }];
  });
}

function figureDrafts(found: readonly FoundFigure[]): Draft[] {
  return found.flatMap((f) => {
    const { figure } = f;
    // Another value: neither printed nor shown the same ("两个" and "2" are one value).
    const differs = (o: FoundFigure) =>
      o.figure.id !== figure.id &&
      !sameText(o.figure.printed, figure.printed) &&
      !sameText(o.figure.shown.en, figure.shown.en) &&
      !sameText(o.figure.shown.zh, figure.shown.zh);
    const distance = (o: FoundFigure) =>
      Math.abs(Math.log10(magnitude(o.figure.printed) + 1) - Math.log10(magnitude(figure.printed) + 1));
    // Forward: other figures of the same kind, nearest first, none printed in the quotation shown.
    const forwardWrong =
      figure.kind === 'other'
        ? []
        : uniqueBy(
            found
              .filter(
                (o) => differs(o) && o.figure.kind === figure.kind && !printsFigure(f.citation.quote, o.figure.printed),
              )
              .sort((a, b) => distance(a) - distance(b) || a.figure.id.localeCompare(b.figure.id)),
            (o) => o.figure.shown.en.replace(/\s+/g, ''),
          );
    // Reverse: what other figures measure (never one with the same value), same kind first.
    const reverseWrong = stableShuffle(found.filter(differs), `figure.${figure.id}`, (o) => o.figure.id).sort(
      (a, b) => Number(b.figure.kind === figure.kind) - Number(a.figure.kind === figure.kind),
    );
    const base = {
      kind: 'figure' as const,
      key: figure.id,
      subject: f.node,
      explanation: {
        en: `${capitalised(figure.means).en}, according to the paper: ${figure.shown.en}.`,
        zh: `据论文，${figure.means.zh}：${figure.shown.zh}。`,
      },
      nodes: [f.node],
      edges: [],
      citation: f.citation,
    };
    const shown = (o: FoundFigure): Option => ({ text: o.figure.shown, ref: o.figure.id });
    const means = (o: FoundFigure): Option => ({ text: capitalised(o.figure.means), ref: o.figure.id });
    const reverse: Draft = {
      ...base,
      way: 'reverse',
      stem: {
        en: `In the paper, what does the figure “${figure.shown.en}” stand for?`,
        zh: `论文中的“${figure.shown.zh}”指的是什么？`,
      },
      right: means(f),
      wrong: reverseWrong.map(means),
    };
    // "What does 2 stand for?" has no one answer when the paper prints 2 for several things.
    const unique = found.every((o) => o.figure.id === figure.id || differs(o));
    return [
      { ...base, way: 'forward' as const, stem: figure.ask, right: shown(f), wrong: forwardWrong.map(shown) },
      ...(unique ? [reverse] : []),
    ];
  });
}

const capitalised = (l: Localized): Localized => ({ en: l.en.charAt(0).toUpperCase() + l.en.slice(1), zh: l.zh });

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    if (seen.has(key(t))) return false;
    seen.add(key(t));
    return true;
  });
}

// ---------------------------------------------------------------------------------------
// Governance: families and limitations

/** The stated part-of chain from a measure up to the governance node it belongs to with a different scope above it. */
function familyOf(ctx: Ctx, measure: Node): { group: Node; chain: Edge[] } | undefined {
  const chain: Edge[] = [];
  let at = measure;
  for (let guard = 0; guard < 10; guard++) {
    const ups = (ctx.out.get(at.id) ?? []).filter(
      (e) => e.kind === 'part-of' && ctx.node.get(e.target)?.kind === 'governance',
    );
    const [up] = ups;
    const parent = up ? ctx.node.get(up.target) : undefined;
    if (ups.length !== 1 || !up || !parent || up.stance !== 'stated') return undefined;
    chain.push(up);
    if (parent.scope !== measure.scope) return undefined;
    const grand = (ctx.out.get(parent.id) ?? []).find((e) => e.kind === 'part-of');
    const grandScope = grand ? ctx.node.get(grand.target)?.scope : undefined;
    if (grandScope !== parent.scope) return { group: parent, chain };
    at = parent;
  }
  return undefined;
}

const FAMILY_SCOPES: readonly string[] = ['upstream', 'downstream', 'macro', 'micro'];

function familyDrafts(graph: Graph, ctx: Ctx): Draft[] {
  const members = graph.nodes
    .filter((n) => n.kind === 'governance' && n.scope !== undefined && FAMILY_SCOPES.includes(n.scope))
    .flatMap((m) => {
      const f = familyOf(ctx, m);
      return f ? [{ measure: m, ...f }] : [];
    });
  const groups = uniqueBy(
    members.map((m) => m.group),
    (g) => g.id,
  );
  return members.flatMap(({ measure, group, chain }) => {
    const m = q(measure.label);
    const g = q(group.label);
    const [first] = chain;
    if (!first) return [];
    const base = {
      kind: 'family' as const,
      key: measure.id,
      subject: measure,
      explanation: { en: `The paper counts ${m.en} among the ${g.en}.`, zh: `论文将${m.zh}归入${g.zh}。` },
      nodes: [measure, ...chain.map((e) => ctx.node.get(e.target)).filter(isNode)],
      edges: chain,
      citation: cite(first),
    };
    return [
      {
        ...base,
        way: 'forward' as const,
        stem: {
          en: `To which group of governance measures does the paper assign ${m.en}?`,
          zh: `论文把${m.zh}归入哪一类治理措施？`,
        },
        right: nodeOption(group),
        wrong: groups.filter((x) => x.id !== group.id).map(nodeOption),
      },
      {
        ...base,
        way: 'reverse' as const,
        stem: { en: `Which of these does the paper count among the ${g.en}?`, zh: `下列哪一项属于论文所说的${g.zh}？` },
        right: nodeOption(measure),
        wrong: stableShuffle(
          members.filter((x) => x.group.id !== group.id).map((x) => x.measure),
          `family.${measure.id}`,
          (n) => n.id,
        ).map(nodeOption),
      },
    ];
  });
}

/** technology or mechanisms: the branch of governance a measure sits in (its ancestors through part-of). */
function branchOf(ctx: Ctx, id: string): 'technical' | 'mechanism' | undefined {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop() ?? '';
    if (seen.has(at)) continue;
    seen.add(at);
    const scope = ctx.node.get(at)?.scope;
    if (scope === 'technical' || scope === 'mechanism') return scope;
    for (const e of ctx.out.get(at) ?? []) if (e.kind === 'part-of') stack.push(e.target);
  }
  return undefined;
}

/** A measure with everything above and below it through part-of: a limitation of any of them may concern it. */
function partsAndWholes(ctx: Ctx, id: string): Set<string> {
  const found = new Set<string>([id]);
  for (const dir of ['up', 'down'] as const) {
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop() ?? '';
      const next =
        dir === 'up'
          ? (ctx.out.get(at) ?? []).filter((e) => e.kind === 'part-of').map((e) => e.target)
          : (ctx.inc.get(at) ?? []).filter((e) => e.kind === 'part-of').map((e) => e.source);
      for (const n of next) {
        if (found.has(n)) continue;
        found.add(n);
        stack.push(n);
      }
    }
  }
  return found;
}

function limitationDrafts(graph: Graph, ctx: Ctx): Draft[] {
  const limits = graph.edges.filter((e) => e.kind === 'limited-by');
  const limitation = (id: string) => ctx.node.get(id);
  /** The branches whose measures a limitation is linked to (any stance). */
  const isGroup = (id: string) => (ctx.inc.get(id) ?? []).some((e) => e.kind === 'part-of');
  const branchesOf = (limitId: string) =>
    new Set(limits.filter((e) => e.target === limitId).map((e) => branchOf(ctx, e.source)));
  return limits
    .filter((e) => e.stance === 'stated')
    .flatMap((edge) => {
      const measure = ctx.node.get(edge.source);
      const lim = limitation(edge.target);
      const branch = branchOf(ctx, edge.source);
      if (!measure || !lim || !branch) return [];
      const family = partsAndWholes(ctx, measure.id);
      const touches = (limitId: string) => limits.some((x) => x.target === limitId && family.has(x.source));
      // Wrong limitations: linked only to single measures of the other branch, and to nothing in this
      // measure's family. A limitation the paper states for a whole group of measures reads as a
      // general remark ("lacks systematicity"), so it is never offered as a wrong option.
      const wrongLimits = graph.nodes.filter((n) => {
        if (n.kind !== 'limitation' || touches(n.id)) return false;
        const b = branchesOf(n.id);
        const ofGroup = limits.some((x) => x.target === n.id && isGroup(x.source));
        return b.size === 1 && !b.has(branch) && !b.has(undefined) && !ofGroup;
      });
      // Wrong measures: of the other branch, none of them or their parts or wholes limited by it.
      const limitBranches = branchesOf(lim.id);
      const wrongMeasures = graph.nodes.filter((n) => {
        if (n.kind !== 'governance' || !n.scope || !FAMILY_SCOPES.includes(n.scope)) return false;
        const b = branchOf(ctx, n.id);
        if (b === undefined || limitBranches.has(b)) return false;
        const fam = partsAndWholes(ctx, n.id);
        return !limits.some((x) => x.target === lim.id && fam.has(x.source));
      });
      const m = q(measure.label);
      const l = q(lim.label);
      const base = {
        kind: 'limitation' as const,
        key: edge.id,
        subject: measure,
        explanation: {
          en: `The paper names ${l.en} as a limitation of ${m.en}.`,
          zh: `论文指出${m.zh}的局限之一是${l.zh}。`,
        },
        nodes: [measure, lim],
        edges: [edge],
        citation: cite(edge),
      };
      return [
        {
          ...base,
          way: 'forward' as const,
          stem: { en: `Which limitation does the paper point out in ${m.en}?`, zh: `论文指出${m.zh}存在哪一项局限？` },
          right: nodeOption(lim),
          wrong: stableShuffle(wrongLimits, `limitation.${edge.id}`, (n) => n.id).map(nodeOption),
        },
        {
          ...base,
          way: 'reverse' as const,
          stem: {
            en: `The paper names ${l.en} as a limitation of which measure?`,
            zh: `论文认为${l.zh}是哪一项措施的局限？`,
          },
          right: nodeOption(measure),
          wrong: stableShuffle(wrongMeasures, `limitation.${edge.id}`, (n) => n.id).map(nodeOption),
        },
      ];
    });
}

// ---------------------------------------------------------------------------------------

export interface DerivedQuestions {
  questions: ChoiceQuestion[];
  problems: Problem[];
}

/** Every derived question, in a stable order (by kind, then as the facts appear in the graph). */
export function deriveQuestions(input: DeriveInput): DerivedQuestions {
  const ctx = context(input.graph);
  const problems: Problem[] = [];
  const drafts = [
    ...levelDrafts(input.graph, ctx),
    ...exampleDrafts(input.graph, ctx),
    ...formulaDrafts(ctx, input.formulas),
    ...figureDrafts(findFigures(ctx, input.figures, problems)),
    ...familyDrafts(input.graph, ctx),
    ...limitationDrafts(input.graph, ctx),
  ];
  const questions = drafts.map(choice).filter((x): x is ChoiceQuestion => x !== undefined);
  return { questions, problems };
}
