'use client';

/**
 * The card beside an idea the reader points at (or moves to with the arrow keys, or taps):
 * its name in both languages, its kind, its one-line summary, its links shown as
 * sentences, and what can be done with it — focus on it, open what is folded under it,
 * open its page. On a phone it is a sheet at the bottom of the screen.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ExploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerEdge, ExplorerNode } from '@/graph/explorer-data';
import { EDGE_RULES, LEVEL_NAMES, NODE_KIND_NAMES } from '@/graph/kinds';
import type { Lang, NodeId } from '@/graph/schema';
import { otherLang, htmlLang, paths, withBase } from '../paths';
import type { Box } from './canvas-events';
import { LegendSwatch } from './legend-swatch';

export interface Preview {
  id: NodeId;
  box: Box;
  /** The canvas box's size when the card was placed. */
  frame: { w: number; h: number };
  via: 'pointer' | 'key' | 'touch';
}

const CARD_WIDTH = 300;
const SHOWN_LINKS = 4;

/** Beside the idea, on whichever side has room, inside the canvas. */
export function cardPosition(p: Preview): { left: number; top: number } {
  const right = p.box.x + p.box.w + 10;
  const left = right + CARD_WIDTH <= p.frame.w ? right : Math.max(8, p.box.x - CARD_WIDTH - 10);
  const top = Math.min(Math.max(8, p.box.y - 8), Math.max(8, p.frame.h - 220));
  return { left, top };
}

export function linkSentence(
  e: ExplorerEdge,
  label: (id: string) => string,
  lang: Lang,
  t: Pick<ExploreStrings, 'sentence'>,
): string {
  return t.sentence(label(e.source), EDGE_RULES[e.kind].verbs[lang].forward, label(e.target), e.stance === 'inferred');
}

export function PreviewCard({
  preview,
  node,
  links,
  label,
  badge,
  lang,
  t,
  plainLinks,
  onFocus,
  onOpen,
  onPointerEnter,
  onPointerLeave,
}: {
  preview: Preview;
  node: ExplorerNode;
  /** Its links among those shown. */
  links: readonly ExplorerEdge[];
  label: (id: string) => string;
  badge: number | undefined;
  lang: Lang;
  t: ExploreStrings;
  plainLinks: boolean;
  onFocus: () => void;
  onOpen: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const other = otherLang(lang);
  const pos = cardPosition(preview);
  const page = (children: ReactNode) =>
    plainLinks ? (
      <a href={withBase(paths.node(lang, node.id))} target="_blank" rel="noopener">
        {children}
      </a>
    ) : (
      <Link href={paths.node(lang, node.id)}>{children}</Link>
    );
  return (
    <section
      className={`preview-card via-${preview.via}`}
      style={{ left: pos.left, top: pos.top }}
      aria-labelledby="preview-title"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <h2 id="preview-title" className="h-small">
        <LegendSwatch kind={node.kind} /> {node.label[lang]}
      </h2>
      <p className="preview-other" lang={htmlLang(other)}>
        {node.label[other]}
      </p>
      <p className="preview-kind muted">
        {NODE_KIND_NAMES[node.kind][lang].one}
        {node.level ? ` · ${LEVEL_NAMES[node.level][lang]}` : ''}
      </p>
      <p className="preview-summary">{node.summary[lang]}</p>
      {links.length > 0 ? (
        <ul className="preview-links" aria-label={t.linksOf(links.length)}>
          {links.slice(0, SHOWN_LINKS).map((e) => (
            <li key={e.id} className={e.stance === 'inferred' ? 'inferred' : undefined}>
              {linkSentence(e, label, lang, t)}
            </li>
          ))}
          {links.length > SHOWN_LINKS ? <li className="muted">{t.moreLinks(links.length - SHOWN_LINKS)}</li> : null}
        </ul>
      ) : null}
      <p className="control-row">
        <button type="button" onClick={onFocus}>
          {t.focusOn}
        </button>
        {badge ? (
          <button type="button" onClick={onOpen}>
            {t.openDetail(badge, node.label[lang])}
          </button>
        ) : null}
        {page(t.openPage)}
      </p>
    </section>
  );
}
