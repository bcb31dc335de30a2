import type { ReactNode } from 'react';
import type { ExploreStrings } from '@/content/messages/explore-strings';
import { MAX_DEPTH } from '@/graph/explore-state';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import { LegendSwatch } from './legend-swatch';

/** The focused idea's card, floating over the canvas: what it is, how far to look, its page, clear. */
export function FocusCard({
  node,
  depth,
  lang,
  t,
  setDepth,
  clear,
  pageLink,
}: {
  node: ExplorerNode;
  depth: number;
  lang: Lang;
  t: ExploreStrings;
  setDepth: (depth: number) => void;
  clear: () => void;
  pageLink: (children: ReactNode) => ReactNode;
}) {
  return (
    <aside className="focus-panel" aria-labelledby="focus-title">
      <h2 id="focus-title" className="h-small">
        <LegendSwatch kind={node.kind} /> {node.label[lang]}
      </h2>
      <p>{node.summary[lang]}</p>
      <div className="control-row">
        <label htmlFor="depth">{t.depth}</label>
        <select id="depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <p className="control-row">
        {pageLink(t.openPage)}
        <button type="button" onClick={clear}>
          {t.clearFocus}
        </button>
      </p>
    </aside>
  );
}
