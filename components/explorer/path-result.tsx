/**
 * What the path finder found, written out: the paper's chains from one idea to the other
 * as sentences, shortest first; or, when the paper draws none, that it draws none and
 * then how the two are connected, labelled as a connection. Each idea links to its page;
 * editorial links are marked.
 */
import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { pathStrings } from '@/content/messages/path-strings';
import { pathSentence, type SentencePart } from '@/content/path-sentences';
import type { PathFinding, PathStep } from '@/graph/argument-paths';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import { paths, withBase } from '../paths';
import './path.css';

export interface PathResultProps {
  lang: Lang;
  finding: PathFinding;
  from: ExplorerNode;
  to: ExplorerNode;
  /** Levels, groupings and cited works were allowed (the hubs switch). */
  hubs: boolean;
  /** Embeds link to the full site in a new tab, with plain anchors (no prefetching). */
  plainLinks?: boolean;
  /** Swaps From and To (offered when the paper draws the chain the other way). */
  onSwap?: () => void;
  /** Labels of the ideas the filters hide, by id, for the message that names them. */
  labelOf: (id: string) => string;
}

function Sentence({
  steps,
  lang,
  connection,
  link,
}: {
  steps: readonly PathStep[];
  lang: Lang;
  connection: boolean;
  link: (node: ExplorerNode) => ReactNode;
}) {
  const t = pathStrings(lang);
  const part = (p: SentencePart, i: number) =>
    p.type === 'text' ? (
      <Fragment key={i}>{p.text}</Fragment>
    ) : p.type === 'editorial' ? (
      <span key={i} className="path-editorial" title={t.editorialTitle}>
        {t.editorial}
      </span>
    ) : p.first ? (
      <Fragment key={i}>{link(p.node)}</Fragment>
    ) : (
      <span key={i} className="path-idea-again">
        {p.node.label[lang]}
      </span>
    );
  return (
    <p className={connection ? 'path-sentence path-connection' : 'path-sentence'}>
      {pathSentence(steps, lang, connection).map(part)}
    </p>
  );
}

export function PathResult({ lang, finding, from, to, hubs, plainLinks = false, onSwap, labelOf }: PathResultProps) {
  const t = pathStrings(lang);
  const a = from.label[lang];
  const b = to.label[lang];
  const link = (node: ExplorerNode) =>
    plainLinks ? (
      <a href={withBase(paths.node(lang, node.id))} target="_blank" rel="noopener" className="path-idea">
        {node.label[lang]}
      </a>
    ) : (
      <Link href={paths.node(lang, node.id)} className="path-idea">
        {node.label[lang]}
      </Link>
    );

  let title: string;
  let body: ReactNode;
  if (finding.kind === 'chains') {
    title = t.chainsTitle(a, b);
    body = (
      <>
        <p>
          {t.chainsLead(finding.chains.length)}
          {hubs ? ` ${t.hubsUsed}` : ''}
        </p>
        <ol className="path-chains">
          {finding.chains.map((steps) => (
            <li key={steps.map((s) => s.edge.id).join(' ')}>
              <Sentence steps={steps} lang={lang} connection={false} link={link} />
            </li>
          ))}
        </ol>
      </>
    );
  } else if (finding.kind === 'connection') {
    title = t.connectionTitle(a, b);
    body = (
      <>
        <p className="path-verdict">{t.noChain(a, b)}</p>
        <p>{t.connectionLead}</p>
        {finding.throughHubs ? <p className="muted">{t.throughHubs}</p> : null}
        <Sentence steps={finding.steps} lang={lang} connection link={link} />
        {finding.reverse ? (
          <p className="control-row">
            {t.reverse(a, b)}
            {onSwap ? (
              <button type="button" onClick={onSwap}>
                {t.showReverse}
              </button>
            ) : null}
          </p>
        ) : null}
      </>
    );
  } else {
    title = t.connectionTitle(a, b);
    body = (
      <p className="path-verdict">
        {finding.reason === 'same'
          ? t.same
          : finding.reason === 'hidden'
            ? t.hidden(finding.ends.map(labelOf))
            : t.unconnected(a, b)}
      </p>
    );
  }
  return (
    <section className="path-result" aria-labelledby="path-result" data-result={finding.kind}>
      <h2 id="path-result" className="h-small">
        {title}
      </h2>
      {body}
    </section>
  );
}
