/**
 * The real question bank, checked against the graph with this file's own queries — not
 * the generator's functions — so a mistake in the generator cannot pass for a right
 * answer. For every derived question: the right option is true by the graph, every wrong
 * option is false by the graph, no two options are the same, and the quotation shown as
 * evidence is the graph's own. For the bank: at least 100 derived questions over at least
 * 60 facts, no fact asked twice the same way, at least six authored questions per tour,
 * everything in both languages, and every piece of evidence real.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadGraph } from '../graph/load';
import type { ChoiceQuestion } from '../graph/questions/schema';
import { Graph, type Edge, type Node } from '../graph/schema';
import { QUIZ_FORMATS, differences, roundTrip } from '../graph/exports/quiz-roundtrip';
import { quizItems } from '../graph/exports/quiz';
import { TEST_META } from '../graph/exports/testing';
import { selectQuestions } from '../graph/questions/bank';
import { questionBankStrings } from './messages/question-bank-strings';
import { checkQuestions, readQuestionFiles } from './questions';
import { Tour } from './tours';

// The published graph, exactly as /data/graph.json carries it.
const graph = Graph.parse(JSON.parse(JSON.stringify(loadGraph().graph)));
const tours = fs
  .readdirSync(path.join('content', 'tours'))
  .sort()
  .map((id) => Tour.parse(parse(fs.readFileSync(path.join('content', 'tours', id, 'tour.yaml'), 'utf8'))));
const { bank, problems } = checkQuestions(readQuestionFiles(), graph, tours);

// ---- This test's own reading of the graph: plain lookups over the arrays.
const nodeById = (id: string): Node => {
  const n = graph.nodes.find((x) => x.id === id);
  assert.ok(n, `no node "${id}"`);
  return n;
};
const edgesFrom = (id: string, kind: string) => graph.edges.filter((e) => e.source === id && e.kind === kind);
const edgesTo = (id: string, kind: string) => graph.edges.filter((e) => e.target === id && e.kind === kind);
const squash = (s: string) => s.replace(/\s+/g, '');
const texts = (q: ChoiceQuestion) => q.options.map((o) => o.text);
const right = (q: ChoiceQuestion) => q.options[q.answer];
const wrong = (q: ChoiceQuestion) => q.options.filter((_, i) => i !== q.answer);
const rightNode = (q: ChoiceQuestion): Node => {
  const o = right(q);
  assert.ok(o, 'the answer is one of the options');
  return namesNode(o);
};
const refOf = (o: { ref?: string } | undefined) => {
  assert.ok(o?.ref, 'a derived option names what it stands for');
  return o.ref;
};
/** The option names this node, by its label in both languages (case prefixes and a closing parenthesis aside). */
function namesNode(o: { text: { en: string; zh: string }; ref?: string }): Node {
  const n = nodeById(refOf(o));
  const en = o.text.en.toLowerCase();
  const zh = o.text.zh;
  assert.ok(n.label.en.toLowerCase().includes(en), `"${o.text.en}" is not the label of ${n.id} ("${n.label.en}")`);
  assert.ok(n.label.zh.includes(zh), `"${zh}" is not the label of ${n.id} ("${n.label.zh}")`);
  return n;
}

/** The level the paper states for a challenge: its one stated arises-at, or that of the one challenge it is stated part of. */
function level(id: string): string | undefined {
  const arises = edgesFrom(id, 'arises-at');
  if (arises.length > 0) return arises.length === 1 && arises[0]?.stance === 'stated' ? arises[0].target : undefined;
  const up = edgesFrom(id, 'part-of').filter((e) => nodeById(e.target).kind === 'challenge');
  return up.length === 1 && up[0]?.stance === 'stated' ? level(up[0].target) : undefined;
}

/** Everything above a governance node through part-of (its groups). */
function ancestors(id: string): Set<string> {
  const out = new Set<string>();
  const todo = [id];
  while (todo.length)
    for (const e of edgesFrom(todo.pop() ?? '', 'part-of'))
      if (!out.has(e.target)) {
        out.add(e.target);
        todo.push(e.target);
      }
  return out;
}
function related(id: string): Set<string> {
  const out = new Set([id, ...ancestors(id)]);
  const todo = [id];
  while (todo.length)
    for (const e of edgesTo(todo.pop() ?? '', 'part-of'))
      if (!out.has(e.source)) {
        out.add(e.source);
        todo.push(e.source);
      }
  return out;
}
const branch = (id: string) =>
  [id, ...ancestors(id)].map((a) => nodeById(a).scope).find((s) => s === 'technical' || s === 'mechanism');

// The figures the paper prints, read from their file by this test.
const FigureRow = z.object({
  id: z.string(),
  node: z.string(),
  printed: z.string(),
  kind: z.string(),
  shown: z.object({ en: z.string(), zh: z.string() }),
});
const figures = z
  .object({ figures: z.array(FigureRow) })
  .parse(parse(fs.readFileSync('content/questions/figures.yaml', 'utf8'))).figures;
const figure = (id: string) => {
  const f = figures.find((x) => x.id === id);
  assert.ok(f, `no figure "${id}"`);
  return f;
};
/** Whether a quote prints a figure as a whole number (not "3" inside "30", "2" inside "2022"). */
const prints = (quote: string, printed: string) => {
  const f = squash(printed);
  const before = /^[0-9.]/.test(f) ? '(?<![0-9.])' : '';
  const after = /[0-9.]$/.test(f) ? '(?![0-9.%])' : '';
  return new RegExp(`${before}${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}`).test(squash(quote));
};
/** Every quotation of the graph about a node: its own and its links'. */
const quotesAround = (id: string) =>
  [nodeById(id), ...graph.edges.filter((e) => e.source === id || e.target === id)].flatMap((x) =>
    x.citations.map((c) => c.quote),
  );

// ---- Checks per kind of fact.
type Check = (q: ChoiceQuestion) => void;
const checks: Record<string, Check> = {
  level(q) {
    const subject = q.fact?.key ?? '';
    const l = level(subject);
    assert.ok(l, `${subject} has no stated level`);
    if (q.fact?.way === 'forward') {
      assert.equal(rightNode(q).id, l);
      for (const o of wrong(q)) {
        const n = namesNode(o);
        assert.equal(n.kind, 'level');
        assert.notEqual(n.id, l);
      }
    } else {
      assert.equal(rightNode(q).id, subject);
      for (const o of wrong(q)) {
        const n = namesNode(o);
        assert.equal(n.kind, 'challenge');
        const other = level(n.id);
        assert.ok(other !== undefined && other !== l, `${n.id} is not stated at a level other than ${l}`);
      }
    }
  },
  example(q) {
    const example = q.fact?.key ?? '';
    const illustrated = edgesFrom(example, 'illustrates').filter((e) => nodeById(e.target).kind === 'relation');
    assert.equal(illustrated.length, 1, `${example} illustrates one relation`);
    assert.equal(illustrated[0]?.stance, 'stated');
    const relation = illustrated[0]?.target;
    const isIhde = (id: string) => edgesFrom(id, 'part-of').some((e) => e.target === 'ihde-relations');
    if (q.fact?.way === 'forward') {
      assert.equal(rightNode(q).id, relation);
      for (const o of wrong(q)) {
        const r = namesNode(o);
        assert.ok(isIhde(r.id), `${r.id} is one of Ihde's relations`);
        assert.ok(
          !edgesFrom(example, 'illustrates').some((e) => e.target === r.id),
          `${example} also illustrates ${r.id}`,
        );
      }
    } else {
      assert.equal(refOf(right(q)), example);
      for (const o of wrong(q)) {
        const c = nodeById(refOf(o));
        assert.equal(c.kind, 'case');
        assert.ok(
          !edgesFrom(c.id, 'illustrates').some((e) => e.target === relation),
          `${c.id} also illustrates ${relation ?? ''}`,
        );
      }
    }
  },
  formula(q) {
    const relation = nodeById(q.fact?.key ?? '');
    const own = relation.citations.map((c) => squash(c.quote));
    if (q.fact?.way === 'forward') {
      const formula = squash(right(q)?.text.zh ?? '');
      assert.ok(
        own.some((c) => c.includes(formula)),
        `${relation.id} does not print ${formula}`,
      );
      for (const o of wrong(q)) {
        const f = squash(o.text.zh);
        assert.ok(!own.some((c) => c.includes(f)), `${relation.id} also prints ${f}`);
        assert.ok(
          nodeById(refOf(o)).citations.some((c) => squash(c.quote).includes(f)),
          `${f} is not printed for ${refOf(o)}`,
        );
      }
    } else {
      const formula = squash(q.stem.zh.match(/用 (.+) 表述/)?.[1] ?? '');
      assert.ok(formula.length > 0);
      assert.equal(rightNode(q).id, relation.id);
      assert.ok(own.some((c) => c.includes(formula)));
      for (const o of wrong(q)) {
        const r = namesNode(o);
        assert.ok(!r.citations.some((c) => squash(c.quote).includes(formula)), `${r.id} also prints ${formula}`);
      }
    }
  },
  figure(q) {
    const f = figure(q.fact?.key ?? '');
    if (q.fact?.way === 'reverse') {
      const same = figures.filter((o) => o.id !== f.id && squash(o.shown.en) === squash(f.shown.en));
      assert.deepEqual(same, [], `“what does ${f.shown.en} stand for?” has more than one answer`);
    }
    assert.equal(refOf(right(q)), f.id);
    assert.ok(prints(q.evidence.citation.quote, f.printed), `the evidence does not print ${f.printed}`);
    assert.ok(
      quotesAround(f.node).includes(q.evidence.citation.quote),
      'the evidence is a quotation about the figure’s node',
    );
    for (const o of wrong(q)) {
      const other = figure(refOf(o));
      assert.notEqual(squash(other.printed), squash(f.printed), `${other.id} has the same value as ${f.id}`);
      assert.notEqual(squash(other.shown.en), squash(f.shown.en), `${other.id} shows the same value as ${f.id}`);
      assert.notEqual(squash(other.shown.zh), squash(f.shown.zh), `${other.id} shows the same value as ${f.id}`);
      assert.ok(
        quotesAround(other.node).some((x) => prints(x, other.printed)),
        `${other.printed} is not printed by the paper`,
      );
      if (q.fact?.way === 'forward') {
        assert.equal(other.kind, f.kind, 'a wrong figure is of the same kind');
        assert.ok(!prints(q.evidence.citation.quote, other.printed), `the evidence also prints ${other.printed}`);
      }
    }
  },
  family(q) {
    const measure = nodeById(q.fact?.key ?? '');
    const groupOf = (m: Node) =>
      [...ancestors(m.id)]
        .map(nodeById)
        .find(
          (g) => g.scope === m.scope && edgesFrom(g.id, 'part-of').every((e) => nodeById(e.target).scope !== m.scope),
        );
    const group = groupOf(measure);
    assert.ok(group, `${measure.id} has a group of its scope`);
    const chainStated = (from: string, to: string): boolean =>
      from === to || edgesFrom(from, 'part-of').some((e) => e.stance === 'stated' && chainStated(e.target, to));
    assert.ok(chainStated(measure.id, group.id), `${measure.id} is part of ${group.id} only by inference`);
    if (q.fact?.way === 'forward') {
      assert.equal(rightNode(q).id, group.id);
      for (const o of wrong(q)) assert.ok(!ancestors(measure.id).has(namesNode(o).id));
    } else {
      assert.equal(rightNode(q).id, measure.id);
      for (const o of wrong(q)) {
        const m = namesNode(o);
        assert.ok(!ancestors(m.id).has(group.id), `${m.id} is also among ${group.id}`);
        assert.notEqual(m.scope, measure.scope);
      }
    }
  },
  limitation(q) {
    const edge = graph.edges.find((e) => e.id === q.fact?.key);
    assert.ok(edge && edge.kind === 'limited-by' && edge.stance === 'stated');
    const limits = graph.edges.filter((e) => e.kind === 'limited-by');
    const limitedBy = (measures: Set<string>, limitation: string) =>
      limits.some((e) => e.target === limitation && measures.has(e.source));
    if (q.fact?.way === 'forward') {
      assert.equal(rightNode(q).id, edge.target);
      for (const o of wrong(q)) {
        const l = namesNode(o);
        assert.equal(l.kind, 'limitation');
        assert.ok(
          !limitedBy(related(edge.source), l.id),
          `${l.id} is a limitation of ${edge.source} or a part or whole of it`,
        );
        const branches = new Set(limits.filter((e) => e.target === l.id).map((e) => branch(e.source)));
        assert.ok(!branches.has(branch(edge.source)), `${l.id} concerns the same branch as ${edge.source}`);
      }
    } else {
      assert.equal(rightNode(q).id, edge.source);
      for (const o of wrong(q)) {
        const m = namesNode(o);
        assert.equal(m.kind, 'governance');
        assert.ok(
          !limitedBy(related(m.id), edge.target),
          `${m.id} or a part or whole of it is limited by ${edge.target}`,
        );
      }
    }
  },
};

const derived = bank.questions.filter((q): q is ChoiceQuestion => q.origin === 'derived' && q.type === 'choice');
const authored = bank.questions.filter((q) => q.origin === 'authored');

describe('the question bank', () => {
  it('builds without problems', () => {
    assert.deepEqual(problems, []);
  });

  it('has at least 100 derived questions over at least 60 facts, none asked twice the same way', () => {
    assert.ok(derived.length >= 100, `${derived.length} derived questions`);
    const facts = new Set(derived.map((q) => `${q.fact?.kind}:${q.fact?.key}`));
    assert.ok(facts.size >= 60, `${facts.size} facts`);
    const ways = derived.map((q) => `${q.fact?.kind}:${q.fact?.key}:${q.fact?.way}`);
    assert.equal(new Set(ways).size, ways.length);
    assert.equal(new Set(bank.questions.map((q) => q.id)).size, bank.questions.length, 'question ids are unique');
  });

  it('has at least six authored questions per tour', () => {
    for (const t of tours) {
      const n = authored.filter((q) => q.tours.includes(t.id)).length;
      assert.ok(n >= 6, `${t.id}: ${n}`);
    }
    assert.ok(authored.length >= 24);
  });

  for (const q of derived) {
    it(`${q.id}: the right option is right, every other is wrong`, () => {
      assert.ok(q.fact);
      assert.equal(q.fact.kind, q.topic);
      const check = checks[q.fact.kind];
      assert.ok(check, `no check for ${q.fact.kind}`);
      check(q);
    });
  }

  for (const q of bank.questions) {
    it(`${q.id}: both languages, distinct options, real evidence`, () => {
      for (const l of ['en', 'zh'] as const) {
        assert.ok(q.stem[l].trim().length > 0 && q.explanation[l].trim().length > 0);
        if (q.type === 'choice') {
          const t = texts(q).map((x) => squash(x[l]).toLowerCase());
          assert.ok(t.every((x) => x.length > 0));
          assert.equal(new Set(t).size, t.length, `two options read the same in ${l}`);
        } else assert.ok(q.answers[l].length > 0);
      }
      if (q.type === 'choice') assert.ok(q.answer >= 0 && q.answer < q.options.length && q.options.length >= 3);
      for (const id of [...q.evidence.nodes, q.evidence.link, ...q.nodes]) nodeById(id);
      for (const id of q.evidence.edges)
        assert.ok(
          graph.edges.some((e: Edge) => e.id === id),
          `no edge ${id}`,
        );
      const holder = [...graph.nodes, ...graph.edges].find((x) => x.id === q.evidence.citation.from);
      assert.ok(holder, `the quotation comes from "${q.evidence.citation.from}", which is not in the graph`);
      const { from, ...citation } = q.evidence.citation;
      assert.ok(
        holder.citations.some((c) => JSON.stringify(c) === JSON.stringify(citation)),
        `the quotation is not ${from}'s citation, word for word`,
      );
    });
  }

  it('places each authored question in its tour and each derived one in the tours that visit its idea', () => {
    for (const q of bank.questions) {
      for (const t of q.tours) assert.ok(tours.some((x) => x.id === t));
      if (q.origin === 'derived') {
        const visiting = tours.filter((t) => t.steps.some((s) => s.nodes.includes(q.evidence.link))).map((t) => t.id);
        assert.deepEqual(q.tours, visiting);
      }
    }
  });
});

describe('the question bank in quiz tools', () => {
  for (const lang of ['en', 'zh'] as const) {
    const scopes = [{ kind: 'all' as const }, ...tours.map((t) => ({ kind: 'tour' as const, id: t.id }))];
    for (const scope of scopes) {
      const questions = scope.kind === 'all' ? bank.questions : selectQuestions(bank.questions, { tour: scope.id });
      const words = questionBankStrings(lang);
      const items = quizItems(questions, scope, {
        lang,
        words,
        meta: TEST_META,
        label: (id) => graph.nodes.find((n) => n.id === id)?.label,
        tourTitle: (id) => tours.find((t) => t.id === id)?.title,
      });
      const read = roundTrip(items, lang, words);
      for (const format of QUIZ_FORMATS)
        it(`${format}, ${lang}, ${scope.kind === 'all' ? 'whole bank' : scope.id}: reads back as written`, () =>
          assert.deepEqual(differences(items, read[format], format, words), []));
    }
  }
});
