/**
 * Authored questions (`content/questions/<tour-id>.yaml`), checked against the graph and
 * compiled into the bank's shape. The feedback quotation is never written by the author:
 * the question names the node or edge whose citation carries it, and the build copies the
 * quotation from the graph, so it stays verbatim when a quotation is shortened there.
 */
import { parseDocument } from 'yaml';
import { problemsFromZod, type Problem } from '../problems';
import { Level, type Edge, type Graph, type Localized, type Node, type NodeId } from '../schema';
import { sameAnswer } from './answer';
import { stableShuffle } from './pick';
import { AuthoredFile, AuthoredInput, type Question } from './schema';

export interface AuthoredSource {
  /** Path relative to the project, for messages. */
  path: string;
  /** The file's name without `.yaml`: the tour it belongs to. */
  name: string;
  text: string;
}

export interface CompiledAuthored {
  questions: Question[];
  problems: Problem[];
}

const rawId = (raw: unknown): string | undefined => {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' ? raw.id : undefined;
};

/** Every authored file, checked: unknown ids, a missing quotation, a wrong number of right options. */
export function compileAuthored(
  sources: readonly AuthoredSource[],
  graph: Graph,
  tourIds: readonly string[],
): CompiledAuthored {
  const problems: Problem[] = [];
  const questions: Question[] = [];
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const edge = new Map(graph.edges.map((e) => [e.id, e]));
  for (const source of sources) {
    const doc = parseDocument(source.text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      problems.push({
        file: source.path,
        id: `line ${err?.linePos?.[0]?.line ?? '?'}`,
        field: '(YAML syntax)',
        message: err?.message.split('\n')[0] ?? 'invalid YAML',
        fix: 'correct the YAML syntax at that line (indentation, a missing colon, or an unquoted ":" inside text)',
      });
      continue;
    }
    const file = AuthoredFile.safeParse(doc.toJS() ?? {});
    if (!file.success) {
      problems.push(...problemsFromZod(file.error, source.path, '(file)'));
      continue;
    }
    const tour = file.data.tour;
    if (tour !== source.name || !tourIds.includes(tour)) {
      problems.push({
        file: source.path,
        id: tour,
        field: 'tour',
        message: tourIds.includes(tour)
          ? `the file is named "${source.name}.yaml" but its tour is "${tour}"`
          : `"${tour}" is not a tour`,
        fix: `name the file after its tour, one of: ${tourIds.join(', ')}`,
      });
      continue;
    }
    const seen = new Set<string>();
    file.data.questions.forEach((raw, i) => {
      const label = `${tour}/${rawId(raw) ?? `questions[${i}]`}`;
      const parsed = AuthoredInput.safeParse(raw);
      if (!parsed.success) {
        problems.push(...problemsFromZod(parsed.error, source.path, label));
        return;
      }
      const input = parsed.data;
      const at = (field: string, message: string, fix: string) =>
        problems.push({ file: source.path, id: label, field, message, fix });
      if (seen.has(input.id))
        at('id', `the id "${input.id}" is used twice in this file`, 'give each question its own id');
      seen.add(input.id);
      const compiled = compileOne(input, tour, { node, edge }, at);
      if (compiled) questions.push(compiled);
    });
  }
  return { questions, problems };
}

interface Lookup {
  node: ReadonlyMap<string, Node>;
  edge: ReadonlyMap<string, Edge>;
}

type Report = (field: string, message: string, fix: string) => void;

function compileOne(input: AuthoredInput, tour: NodeId, look: Lookup, at: Report): Question | undefined {
  let ok = true;
  const fail: Report = (...args) => {
    ok = false;
    at(...args);
  };
  input.evidence.nodes.forEach((id, i) => {
    if (!look.node.has(id))
      fail(`evidence.nodes[${i}]`, `"${id}" is not a node`, 'use a node id from graph/data/*.yaml');
  });
  const edges = input.evidence.edges.flatMap((id, i) => {
    const e = look.edge.get(id);
    if (!e)
      fail(`evidence.edges[${i}]`, `"${id}" is not an edge`, 'use an edge id "source--kind--target" of the graph');
    return e ? [e] : [];
  });
  const { from, section } = input.evidence.quote;
  const holder: Node | Edge | undefined = look.node.get(from) ?? look.edge.get(from);
  const citation = holder?.citations.find((c) => section === undefined || c.section === section);
  if (!holder)
    fail(
      'evidence.quote.from',
      `"${from}" is neither a node nor an edge`,
      'name the node or edge whose citation is the evidence',
    );
  else if (!citation)
    fail(
      'evidence.quote.section',
      `"${from}" has no citation in section ${section ?? ''}`,
      `use one of its sections: ${holder.citations.map((c) => c.section).join(', ')}`,
    );
  if (input.type === 'choice') {
    const right = input.options.filter((o) => o.correct === true).length;
    if (right !== 1)
      fail('options', `${right} options are marked correct`, 'mark exactly one option with "correct: true"');
    for (const lang of ['en', 'zh'] as const) {
      const texts = input.options.map((o) => o.text[lang]);
      if (new Set(texts.map((t) => t.replace(/\s+/g, ''))).size !== texts.length)
        fail(`options (${lang})`, 'two options read the same', 'make every option different in both languages');
    }
  } else {
    for (const lang of ['en', 'zh'] as const) {
      const a = input.answers[lang];
      if (a.some((x, i) => a.findIndex((y) => sameAnswer(x, y)) !== i))
        fail(`answers.${lang}`, 'an accepted answer is listed twice', 'list each accepted answer once');
    }
  }
  if (!ok || !holder || !citation) return undefined;

  const quoted: NodeId[] = 'source' in holder ? [holder.source, holder.target] : [holder.id];
  const link = input.evidence.nodes[0] ?? quoted[0];
  if (link === undefined) return undefined;
  const nodes = [...new Set([...input.evidence.nodes, ...edges.flatMap((e) => [e.source, e.target]), ...quoted])];
  const levels = [
    ...new Set(
      nodes.flatMap((id) => {
        const n = look.node.get(id);
        const own = Level.safeParse(id);
        return n?.level ? [n.level] : own.success ? [own.data] : [];
      }),
    ),
  ];
  const id = `${tour}.${input.id}`;
  const base = {
    id,
    origin: 'authored' as const,
    topic: 'argument' as const,
    stem: input.stem,
    explanation: input.explanation,
    evidence: {
      nodes: input.evidence.nodes,
      edges: edges.map((e) => e.id),
      citation: { from: holder.id, ...citation },
      link,
    },
    tours: [tour],
    levels,
    nodes,
  };
  if (input.type === 'short') return { ...base, type: 'short', answers: input.answers };
  const options = stableShuffle(input.options, id, (o) => o.text.en);
  const answer = options.findIndex((o) => o.correct === true);
  return {
    ...base,
    type: 'choice',
    options: options.map((o): { text: Localized } => ({ text: o.text })),
    answer,
  };
}
