/**
 * The question bank's shapes: what authors write (`content/questions/*.yaml`: the figures
 * the paper prints, and the authored questions of each tour) and what the build publishes
 * (`/data/questions.json`, the practice pages, the quiz exports). Types come from here
 * through `z.infer`, as for the graph.
 */
import { z } from 'zod';
import { Citation, EdgeId, Level, Localized, NodeId } from '../schema';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} is empty`);

/** An id inside the bank: a kebab-case slug (it becomes part of a question's id). */
export const Slug = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'an id is a kebab-case English slug starting with a letter, e.g. "why-vertical"',
  );

/**
 * What a figure counts. Wrong options of a "which figure" question are other figures of
 * the same kind that the paper prints, never a number made up; a figure of a kind of its
 * own (`other`: a cost, a mass, a score) is asked only the other way round ("what does
 * this figure stand for?").
 */
export const FIGURE_KINDS = ['year', 'percent', 'count', 'other'] as const;
export const FigureKind = z.enum(FIGURE_KINDS);
export type FigureKind = z.infer<typeof FigureKind>;

/**
 * A figure the paper prints in a case (`content/questions/figures.yaml`): which node's
 * quotation prints it, exactly as printed, and what it measures. The build finds the
 * quotation that carries it; the questions are generated from it.
 */
export const FigureInput = z.strictObject({
  id: Slug,
  node: NodeId,
  /** Exactly as the paper prints it (whitespace aside), e.g. `1 750 亿`, `99.7%`, `2015`. */
  printed: nonEmpty('the printed figure'),
  kind: FigureKind,
  /** How an option shows it, in each language (`175 billion (1 750 亿)`). */
  shown: Localized,
  /** The question that asks for it. */
  ask: Localized,
  /** What it measures, as a phrase that can stand as an option ("the number of …"). */
  means: Localized,
});
export type FigureInput = z.infer<typeof FigureInput>;

export const FiguresFile = z.strictObject({ figures: z.array(z.unknown()) });

/** Where an authored question's feedback quotation comes from: a node's or an edge's citation. */
export const QuoteSource = z.strictObject({
  from: z.string().min(1, 'name the node or edge whose citation is quoted'),
  /** Which of its citations, when it has several: the first one in this section. */
  section: Citation.shape.section.optional(),
});

const AuthoredBase = {
  id: Slug,
  stem: Localized,
  /** Why the answer is right, in our words; the paper's words follow it as the quotation. */
  explanation: Localized,
  /** The ideas and links that make the answer right; every id must exist in the graph. */
  evidence: z.strictObject({
    nodes: z.array(NodeId).default([]),
    edges: z.array(z.string()).default([]),
    quote: QuoteSource,
  }),
};

export const AuthoredChoice = z.strictObject({
  ...AuthoredBase,
  type: z.literal('choice'),
  /** Three to five options; exactly one has `correct: true`. */
  options: z
    .array(z.strictObject({ text: Localized, correct: z.boolean().optional() }))
    .min(3, 'a choice question has at least three options')
    .max(5, 'a choice question has at most five options'),
});

export const AuthoredShort = z.strictObject({
  ...AuthoredBase,
  type: z.literal('short'),
  /** Every answer accepted, in each language (compared without case, spaces or punctuation). */
  answers: z.strictObject({
    en: z.array(nonEmpty('an English answer')).min(1, 'give at least one accepted English answer'),
    zh: z.array(nonEmpty('a Chinese answer')).min(1, 'give at least one accepted Chinese answer'),
  }),
});

export const AuthoredInput = z.discriminatedUnion('type', [AuthoredChoice, AuthoredShort], {
  error: 'a question has type "choice" (with options) or "short" (with answers)',
});
export type AuthoredInput = z.infer<typeof AuthoredInput>;

/** One tour's authored questions (`content/questions/<tour-id>.yaml`). */
export const AuthoredFile = z.strictObject({
  tour: NodeId,
  questions: z.array(z.unknown()),
});

// ---------------------------------------------------------------------------------------
// The published bank.

export const FACT_KINDS = ['level', 'example', 'formula', 'figure', 'family', 'limitation'] as const;
export const FactKind = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKind>;

/** A derived question tests one fact one way: forward (ask for the answer) or reverse (name it, ask what it is). */
export const Way = z.enum(['forward', 'reverse']);
export type Way = z.infer<typeof Way>;

/** What a question is about, for categories in the exports and groups on the page. */
export const TOPICS = [...FACT_KINDS, 'argument'] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

export const QuestionId = z
  .string()
  .regex(/^[a-z][a-z0-9.-]*$/, 'a question id is lower-case letters, digits, dots and hyphens, starting with a letter');

/** The node, edges and citation that make an answer right. */
export const Evidence = z.strictObject({
  nodes: z.array(NodeId),
  edges: z.array(EdgeId),
  /** The citation shown as feedback, taken from the graph: its node or edge, section and verbatim quote. */
  citation: Citation.extend({ from: z.string() }),
  /** The page the feedback links to. */
  link: NodeId,
});
export type Evidence = z.infer<typeof Evidence>;

export const Option = z.strictObject({
  text: Localized,
  /** For derived questions: the node or figure the option names, so a test can check it. */
  ref: z.string().optional(),
});
export type Option = z.infer<typeof Option>;

const QuestionBase = {
  id: QuestionId,
  origin: z.enum(['derived', 'authored']),
  topic: Topic,
  stem: Localized,
  explanation: Localized,
  evidence: Evidence,
  /** For derived questions: the fact it tests and the way it asks. */
  fact: z.strictObject({ kind: FactKind, key: z.string(), way: Way }).optional(),
  /** The tours it belongs to (an authored question: its tour; a derived one: the tours that visit its idea). */
  tours: z.array(NodeId),
  /** The levels it concerns. */
  levels: z.array(Level),
  /** Every idea it is about, for `?node=`. */
  nodes: z.array(NodeId),
};

export const ChoiceQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('choice'),
  options: z.array(Option).min(3).max(5),
  /** The index of the right option. */
  answer: z.number().int().min(0),
});
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

export const ShortQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('short'),
  answers: z.strictObject({ en: z.array(z.string()).min(1), zh: z.array(z.string()).min(1) }),
});
export type ShortQuestion = z.infer<typeof ShortQuestion>;

export const Question = z.discriminatedUnion('type', [ChoiceQuestion, ShortQuestion]);
export type Question = z.infer<typeof Question>;

export const QuestionBank = z.strictObject({
  version: z.string(),
  questions: z.array(Question),
});
export type QuestionBank = z.infer<typeof QuestionBank>;
