/**
 * The path finder's reading of the argument: on a small graph whose answers can be worked
 * out by hand, then on the paper's graph, where expectations are derived from the data
 * (another engineer may still be correcting edges) and checked against a plain
 * breadth-first oracle written here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ARGUMENT_WALK,
  HUB_KINDS,
  MAX_CHAINS,
  findArgumentPaths,
  pathElements,
  type PathFinding,
  type PathStep,
} from './argument-paths';
import { DEFAULT_STATE } from './explore-state';
import { explorerGraph, type ExplorerEdge, type ExplorerGraph, type ExplorerNode } from './explorer-data';
import { edgeIdOf, nodeId } from './ids';
import { loadGraph } from './load';
import type { EdgeKind, NodeKind, Stance } from './schema';

const n = (id: string, kind: NodeKind): ExplorerNode => ({
  id: nodeId(id),
  kind,
  label: { en: id, zh: id },
  summary: { en: '', zh: '' },
});
const e = (source: string, kind: EdgeKind, target: string, stance: Stance = 'stated'): ExplorerEdge => ({
  id: edgeIdOf(`${source}--${kind}--${target}`),
  source: nodeId(source),
  target: nodeId(target),
  kind,
  stance,
});

/*
 * emergence ─gives rise to→ uncertainty ←addresses─ cleaning ─limited by→ fragmented ←responds to─ embedding
 *     │                         ↑  ↑                                          ↑
 *     │                         │  └─addresses (editorial)─ fine-tuning ─limited by
 *     │                         └─gives rise to, amplifies─ homogenization
 *     ├─gives rise to→ reliability ←gives rise to─ bias
 *     └─part of→ core-traits ←part of─ homogenization
 * challenges arise at levels; staged-release addresses misuse (data level), as privacy sits there;
 * a case illustrates uncertainty; a cited work is cited for emergence; lonely has no link.
 */
const fixture: ExplorerGraph = {
  nodes: [
    n('emergence', 'trait'),
    n('homogenization', 'trait'),
    n('core-traits', 'concept'),
    n('uncertainty', 'challenge'),
    n('reliability', 'challenge'),
    n('bias', 'challenge'),
    n('misuse', 'challenge'),
    n('privacy', 'challenge'),
    n('algorithm', 'level'),
    n('data', 'level'),
    n('cleaning', 'governance'),
    n('fine-tuning', 'governance'),
    n('staged-release', 'governance'),
    n('fragmented', 'limitation'),
    n('embedding', 'recommendation'),
    n('panda', 'case'),
    n('ref-2', 'source'),
    n('lonely', 'concept'),
  ],
  edges: [
    e('emergence', 'gives-rise-to', 'uncertainty'),
    e('emergence', 'gives-rise-to', 'reliability'),
    e('bias', 'gives-rise-to', 'reliability'),
    e('homogenization', 'gives-rise-to', 'uncertainty'),
    e('homogenization', 'amplifies', 'uncertainty'),
    e('homogenization', 'amplifies', 'misuse'),
    e('emergence', 'gives-rise-to', 'privacy'),
    e('emergence', 'part-of', 'core-traits'),
    e('homogenization', 'part-of', 'core-traits'),
    e('uncertainty', 'arises-at', 'algorithm'),
    e('reliability', 'arises-at', 'algorithm'),
    e('bias', 'arises-at', 'data'),
    e('misuse', 'arises-at', 'data'),
    e('privacy', 'arises-at', 'data'),
    e('cleaning', 'addresses', 'uncertainty'),
    e('fine-tuning', 'addresses', 'uncertainty', 'inferred'),
    e('staged-release', 'addresses', 'misuse'),
    e('cleaning', 'limited-by', 'fragmented'),
    e('fine-tuning', 'limited-by', 'fragmented'),
    e('embedding', 'responds-to', 'fragmented'),
    e('panda', 'illustrates', 'uncertainty'),
    e('ref-2', 'cited-for', 'emergence'),
  ],
};

/** A step as "a → b" when walked along its link, "a ← b" against it. */
const arrows = (steps: readonly PathStep[]) => steps.map((s) => `${s.from.id} ${s.forward ? '→' : '←'} ${s.to.id}`);
const find = (from: string, to: string, hubs = false, graph = fixture) => findArgumentPaths(graph, from, to, { hubs });
function chainsOf(f: PathFinding): PathStep[][] {
  assert.equal(f.kind, 'chains', `expected chains, got ${JSON.stringify(f.kind === 'none' ? f : f.kind)}`);
  return f.kind === 'chains' ? f.chains : [];
}
function connectionOf(f: PathFinding) {
  assert.equal(f.kind, 'connection', `expected a connection, got ${f.kind}`);
  if (f.kind !== 'connection') throw new Error('unreachable');
  return f;
}

describe('findArgumentPaths on a graph worked out by hand', () => {
  it('follows the argument: challenge → measure → limitation → recommendation, stated links first', () => {
    const chains = chainsOf(find('emergence', 'embedding'));
    assert.deepEqual(chains.map(arrows), [
      ['emergence → uncertainty', 'uncertainty ← cleaning', 'cleaning → fragmented', 'fragmented ← embedding'],
      ['emergence → uncertainty', 'uncertainty ← fine-tuning', 'fine-tuning → fragmented', 'fragmented ← embedding'],
    ]);
    assert.ok(chains.flat().every((s) => s.along));
  });

  it('reads a one-link chain, and two parallel links make one hop, not two chains', () => {
    assert.deepEqual(chainsOf(find('emergence', 'uncertainty')).map(arrows), [['emergence → uncertainty']]);
    const [only] = chainsOf(find('homogenization', 'uncertainty'));
    assert.deepEqual(
      only?.map((s) => s.edge.kind),
      ['gives-rise-to'],
    );
    assert.equal(chainsOf(find('homogenization', 'uncertainty')).length, 1);
  });

  it('never walks against the argument in a chain: a measure does not lead back to its challenge', () => {
    const c = connectionOf(find('cleaning', 'uncertainty'));
    assert.deepEqual(arrows(c.steps), ['cleaning → uncertainty']);
    assert.equal(c.steps[0]?.along, false);
    assert.equal(c.reverse, true, 'the paper does lead from the challenge to the measure');
  });

  it('says there is no chain, and gives the connection with the direction of each link, for emergence → bias', () => {
    const c = connectionOf(find('emergence', 'bias'));
    assert.deepEqual(arrows(c.steps), ['emergence → reliability', 'reliability ← bias']);
    assert.deepEqual(
      c.steps.map((s) => s.along),
      [true, false],
    );
    assert.equal(c.throughHubs, false);
    assert.equal(c.reverse, false);
  });

  it('does not pass through a grouping: emergence → homogenization avoids core traits by default', () => {
    const c = connectionOf(find('emergence', 'homogenization'));
    assert.deepEqual(arrows(c.steps), ['emergence → uncertainty', 'uncertainty ← homogenization']);
  });

  it('does not pass through a level, even when that connection would be shorter', () => {
    const c = connectionOf(find('staged-release', 'privacy'));
    assert.ok(!pathElements(c).nodeIds.has('data'));
    assert.deepEqual(arrows(c.steps), [
      'staged-release → misuse',
      'misuse ← homogenization',
      'homogenization → uncertainty',
      'uncertainty ← emergence',
      'emergence → privacy',
    ]);
    const withHubs = connectionOf(find('staged-release', 'privacy', true));
    assert.deepEqual(arrows(withHubs.steps), ['staged-release → misuse', 'misuse → data', 'data ← privacy']);
  });

  it('passes through hubs, either way, only when they are included', () => {
    const chains = chainsOf(find('emergence', 'homogenization', true));
    assert.deepEqual(chains.map(arrows), [['emergence → core-traits', 'core-traits ← homogenization']]);
    assert.equal(chains[0]?.[1]?.along, false, 'a grouping is left against the direction of part-of');
  });

  it('lets a case start a chain but never hops through one', () => {
    assert.deepEqual(chainsOf(find('panda', 'fragmented')).map(arrows)[0], [
      'panda → uncertainty',
      'uncertainty ← cleaning',
      'cleaning → fragmented',
    ]);
    const c = find('uncertainty', 'panda');
    assert.equal(c.kind, 'connection');
  });

  it('reaches a hub that is an end, and says when the connection had to pass through hubs', () => {
    const c = connectionOf(find('data', 'bias'));
    assert.deepEqual(arrows(c.steps), ['data ← bias']);
    assert.equal(c.throughHubs, true);
    const cited = connectionOf(find('ref-2', 'uncertainty'));
    assert.deepEqual(arrows(cited.steps), ['ref-2 → emergence', 'emergence → uncertainty']);
    assert.equal(cited.throughHubs, true);
  });

  it('answers plainly when there is nothing to find', () => {
    assert.deepEqual(find('bias', 'bias'), { kind: 'none', reason: 'same' });
    assert.deepEqual(find('bias', 'lonely'), { kind: 'none', reason: 'unconnected' });
    assert.deepEqual(find('bias', 'no-such-idea'), { kind: 'none', reason: 'hidden', ends: ['no-such-idea'] });
  });

  it('uses only what the filters show', () => {
    const all = {
      nodeIds: new Set<string>(fixture.nodes.map((x) => x.id)),
      edgeIds: new Set<string>(fixture.edges.map((x) => x.id)),
    };
    const without = (id: string) => ({ ...all, nodeIds: new Set([...all.nodeIds].filter((x) => x !== id)) });
    const statedOnly = {
      ...all,
      edgeIds: new Set<string>(fixture.edges.filter((x) => x.stance === 'stated').map((x) => x.id)),
    };
    const via = (visible: typeof all) =>
      chainsOf(findArgumentPaths(fixture, 'emergence', 'embedding', { hubs: false, visible })).map((c) => c[1]?.to.id);
    assert.deepEqual(via(without('cleaning')), ['fine-tuning']);
    assert.deepEqual(via(statedOnly), ['cleaning']);
    assert.deepEqual(findArgumentPaths(fixture, 'cleaning', 'bias', { hubs: false, visible: without('cleaning') }), {
      kind: 'none',
      reason: 'hidden',
      ends: ['cleaning'],
    });
  });

  it('gives at most three chains, shortest first, each a simple path from one end to the other', () => {
    // Four ways from a to z: a→z, a→b→z, a→c→z, a→b→c→z.
    const g: ExplorerGraph = {
      nodes: ['a', 'b', 'c', 'z'].map((id) => n(id, 'concept')),
      edges: [
        e('a', 'gives-rise-to', 'z'),
        e('a', 'gives-rise-to', 'b'),
        e('b', 'gives-rise-to', 'z', 'inferred'),
        e('a', 'explains', 'c'),
        e('c', 'gives-rise-to', 'z'),
        e('b', 'gives-rise-to', 'c'),
      ],
    };
    const chains = chainsOf(find('a', 'z', false, g));
    assert.equal(chains.length, MAX_CHAINS);
    assert.deepEqual(chains.map(arrows), [['a → z'], ['a → c', 'c → z'], ['a → b', 'b → z']]);
  });

  it('gives the same answer whatever the order of the data', () => {
    const pairs = fc.constantFrom(
      ['emergence', 'embedding'],
      ['emergence', 'bias'],
      ['staged-release', 'privacy'],
      ['emergence', 'homogenization'],
    );
    fc.assert(
      fc.property(pairs, fc.boolean(), fc.infiniteStream(fc.integer()), ([from, to], hubs, seeds) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x) => [seeds.next().value, x] as const)
            .sort((p, q) => p[0] - q[0])
            .map(([, x]) => x);
        const shuffled = { nodes: shuffle(fixture.nodes), edges: shuffle(fixture.edges) };
        const a = findArgumentPaths(fixture, from ?? '', to ?? '', { hubs });
        const b = findArgumentPaths(shuffled, from ?? '', to ?? '', { hubs });
        assert.deepEqual(JSON.stringify(b), JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });
});

// ── The paper's graph ────────────────────────────────────────────────────────
const paper = explorerGraph(loadGraph());
const kindOf = new Map<string, NodeKind>(paper.nodes.map((x) => [x.id, x.kind]));
/** What the explorer shows by default: no cited works. */
const visible = {
  nodeIds: new Set<string>(paper.nodes.filter((x) => DEFAULT_STATE.kinds.includes(x.kind)).map((x) => x.id)),
  edgeIds: new Set<string>(paper.edges.filter((x) => DEFAULT_STATE.edges.includes(x.kind)).map((x) => x.id)),
};
const onPaper = (from: string, to: string, hubs = false) => findArgumentPaths(paper, from, to, { hubs, visible });
const structural = (k: EdgeKind) => ARGUMENT_WALK[k] === 'structural';

/** Whether a walk of `edge` from `at` reads along the argument (the oracle's own reading of the table). */
function alongFrom(edge: ExplorerEdge, at: string): boolean {
  const way = ARGUMENT_WALK[edge.kind];
  if (way === 'both') return true;
  return way === 'backward' ? edge.target === at : edge.source === at;
}

/** Breadth-first: the fewest hops of a chain without hubs from `from` to every idea it reaches. */
function oracleChainLengths(from: string): Map<string, number> {
  const dist = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at !== from && HUB_KINDS.includes(kindOf.get(at) ?? 'concept')) continue;
    for (const edge of paper.edges) {
      if (!visible.edgeIds.has(edge.id) || structural(edge.kind)) continue;
      const next: string | undefined = edge.source === at ? edge.target : edge.target === at ? edge.source : undefined;
      if (next === undefined || next === at || !visible.nodeIds.has(next) || dist.has(next)) continue;
      if (!alongFrom(edge, at)) continue;
      dist.set(next, (dist.get(at) ?? 0) + 1);
      queue.push(next);
    }
  }
  dist.delete(from);
  return dist;
}

function assertWellFormed(steps: readonly PathStep[], from: string, to: string) {
  assert.ok(steps.length > 0);
  assert.equal(steps[0]?.from.id, from);
  assert.equal(steps.at(-1)?.to.id, to);
  const seen = new Set<string>([from]);
  steps.forEach((s, i) => {
    if (i > 0) assert.equal(s.from.id, steps[i - 1]?.to.id, 'each step starts where the last one ended');
    assert.deepEqual(
      s.forward ? [s.edge.source, s.edge.target] : [s.edge.target, s.edge.source],
      [s.from.id, s.to.id],
      'a step says which way its link was walked',
    );
    assert.ok(!seen.has(s.to.id), 'no idea is visited twice');
    seen.add(s.to.id);
  });
}

describe('findArgumentPaths on the paper', () => {
  it('emergence → bias: the paper draws no chain; the connection reads each link its own way', () => {
    const c = connectionOf(onPaper('emergence', 'bias'));
    assert.equal(oracleChainLengths('emergence').get('bias'), undefined);
    assertWellFormed(c.steps, 'emergence', 'bias');
    assert.equal(c.throughHubs, false);
    assert.ok(c.steps.every((s) => !structural(s.edge.kind)));
    assert.ok(
      c.steps.some((s) => !s.along),
      'some link of the connection runs against the way from emergence to bias',
    );
  });

  it('emergence → uncertainty is a one-step chain', () => {
    const [first] = chainsOf(onPaper('emergence', 'uncertainty'));
    assert.deepEqual(
      first?.map((s) => [s.edge.kind, s.forward]),
      [['gives-rise-to', true]],
    );
  });

  it('staged release → privacy does not pass through the data level', () => {
    const f = onPaper('staged-release', 'privacy-and-security');
    assert.notEqual(f.kind, 'none');
    const { nodeIds } = pathElements(f);
    assert.ok(!nodeIds.has('data'));
    assert.ok([...nodeIds].every((id) => kindOf.get(id) !== 'level'));
  });

  it('emergence → homogenization does not pass through core traits', () => {
    const f = onPaper('emergence', 'homogenization');
    assert.notEqual(f.kind, 'none');
    assert.ok(!pathElements(f).nodeIds.has('core-traits'));
  });

  it('on a spread of pairs: chains exactly when the paper draws one, shortest first, along the argument, through no hub', () => {
    const ids = [...visible.nodeIds].sort();
    let chained = 0;
    // Every sixth idea, to eight ideas it leads to (spread over them) and three it does not.
    for (let i = 0; i < ids.length; i += 6) {
      const from = ids[i] ?? '';
      const lengths = oracleChainLengths(from);
      const reached = [...lengths.keys()].sort();
      const unreached = ids.filter((id) => id !== from && !lengths.has(id));
      const spread = <T>(xs: T[], k: number) => xs.filter((_, j) => j % Math.max(1, Math.ceil(xs.length / k)) === 0);
      for (const to of [...spread(reached, 8), ...spread(unreached, 3)]) {
        const f = onPaper(from, to);
        const shortest = lengths.get(to);
        if (shortest === undefined) {
          assert.notEqual(f.kind, 'chains', `${from} → ${to}: the paper draws no chain`);
          continue;
        }
        chained += 1;
        const chains = chainsOf(f);
        assert.ok(chains.length >= 1 && chains.length <= MAX_CHAINS);
        assert.equal(chains[0]?.length, shortest, `${from} → ${to}: the first chain is a shortest one`);
        const keys = chains.map((c) => c.map((s) => s.edge.id).join(' '));
        assert.equal(new Set(keys).size, chains.length, 'chains are distinct');
        chains.forEach((c, k) => {
          assertWellFormed(c, from, to);
          if (k > 0) assert.ok(c.length >= (chains[k - 1]?.length ?? 0), 'shortest first');
          for (const s of c) {
            assert.ok(s.along && !structural(s.edge.kind), `${from} → ${to}: ${s.edge.id} is read along the argument`);
            if (s.to.id !== to) assert.ok(!HUB_KINDS.includes(s.to.kind), `${s.to.id} is a hub`);
          }
        });
      }
    }
    assert.ok(chained >= 50, `only ${chained} pairs with a chain were checked`);
  });
});
