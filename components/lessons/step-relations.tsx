'use client';

/**
 * How a step follows from the one before, in sentences, as the explorer's path finder
 * writes them: the links that join the two ideas directly (stated first); when there are
 * none, the paper's shortest chain from one to the other, or how they are connected when
 * the paper draws no chain (found by graph/argument-paths.ts on cytoscape, loaded only
 * then); or a plain statement that they are not connected.
 */
import Link from 'next/link';
import { Fragment, useEffect, useMemo, useState } from 'react';
import type { lessonEn } from '@/content/messages/lesson-strings';
import { pathStrings } from '@/content/messages/path-strings';
import { pathSentence, type SentencePart } from '@/content/path-sentences';
import type { PathFinding, PathStep } from '@/graph/argument-paths';
import { ARGUMENT_WALK } from '@/graph/argument-paths';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { directRelations } from '@/graph/lesson';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';

/** The chain or connection to write out, null when nothing joins the two ideas. */
type Found = { steps: PathStep[]; connection: boolean } | null | 'loading';

function usePathBetween(graph: ExplorerGraph, from: ExplorerNode, to: ExplorerNode, wanted: boolean): Found {
  const key = `${from.id}>${to.id}`;
  const [found, setFound] = useState<{ key: string; finding: PathFinding } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('@/graph/argument-paths').then(({ findArgumentPaths }) => {
      const finding = findArgumentPaths(graph, from.id, to.id, { hubs: false });
      if (live) setFound({ key, finding });
    });
    return () => {
      live = false;
    };
  }, [graph, from, to, wanted, key]);
  if (found?.key !== key) return 'loading';
  const f = found.finding;
  if (f.kind === 'chains' && f.chains[0]) return { steps: f.chains[0], connection: false };
  if (f.kind === 'connection') return { steps: f.steps, connection: true };
  return null;
}

/** A direct link, read from the previous idea to the current one. */
function directStep(edge: PathStep['edge'], forward: boolean, from: ExplorerNode, to: ExplorerNode): PathStep {
  const walk = ARGUMENT_WALK[edge.kind];
  const along = walk === 'forward' ? forward : walk === 'backward' ? !forward : true;
  return { edge, forward, along, from, to };
}

function Sentence({
  steps,
  connection,
  lang,
  plainLinks,
}: {
  steps: readonly PathStep[];
  connection: boolean;
  lang: Lang;
  plainLinks: boolean;
}) {
  const t = pathStrings(lang);
  // Embeds link to the full site in a new tab, with plain anchors (no prefetching).
  const link = (node: ExplorerNode) =>
    plainLinks ? (
      <a href={withBase(paths.node(lang, node.id))} target="_blank" rel="noopener">
        {node.label[lang]}
      </a>
    ) : (
      <Link href={paths.node(lang, node.id)}>{node.label[lang]}</Link>
    );
  const part = (p: SentencePart, i: number) =>
    p.type === 'text' ? (
      <Fragment key={i}>{p.text}</Fragment>
    ) : p.type === 'editorial' ? (
      <span key={i} className="path-editorial" title={t.editorialTitle}>
        {t.editorial}
      </span>
    ) : (
      <Fragment key={i}>{p.first ? link(p.node) : p.node.label[lang]}</Fragment>
    );
  return <p className="path-sentence">{pathSentence(steps, lang, connection).map(part)}</p>;
}

export function StepRelations({
  graph,
  previous,
  current,
  lang,
  t,
  plainLinks = false,
}: {
  graph: ExplorerGraph;
  previous: ExplorerNode;
  current: ExplorerNode;
  lang: Lang;
  t: typeof lessonEn;
  plainLinks?: boolean;
}) {
  const direct = useMemo(
    () => directRelations(graph, previous.id, current.id).map((r) => directStep(r.edge, r.forward, previous, current)),
    [graph, previous, current],
  );
  const path = usePathBetween(graph, previous, current, direct.length === 0 && previous.id !== current.id);
  if (previous.id === current.id) return null;
  return (
    <div className="step-relations">
      <p className="label">{t.relationsLabel}</p>
      {direct.length > 0 ? (
        <ul>
          {direct.map((s) => (
            <li key={s.edge.id}>
              <Sentence steps={[s]} connection={false} lang={lang} plainLinks={plainLinks} />
            </li>
          ))}
        </ul>
      ) : path === 'loading' ? (
        <p className="muted">{t.pathLoading}</p>
      ) : path === null ? (
        <p>{t.noRelation}</p>
      ) : (
        <>
          <p>{path.connection ? t.noChain : t.noDirectRelation}</p>
          <Sentence steps={path.steps} connection={path.connection} lang={lang} plainLinks={plainLinks} />
        </>
      )}
    </div>
  );
}
