'use client';

import { useState, type ReactNode } from 'react';
import type { ExploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerEdge, ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId } from '@/graph/schema';
import { EdgeTable } from './edge-table';
import { ListView } from './list-view';

export interface TextViewProps {
  lang: Lang;
  t: ExploreStrings;
  nodes: readonly ExplorerNode[];
  edges: readonly ExplorerEdge[];
  focus: string | undefined;
  matches: ReadonlySet<string>;
  byLabel: (a: ExplorerNode, b: ExplorerNode) => number;
  labelOf: (id: string) => string | undefined;
  select: (id: NodeId | undefined) => void;
  pageLink: (id: string, children: ReactNode, className?: string) => ReactNode;
}

/** The ideas shown as a list, and their links as a table: the canvas's content in text. */
export function TextView(p: TextViewProps) {
  return (
    <div className="text-view">
      <ListView {...p} />
      <EdgeTable lang={p.lang} t={p.t} edges={p.edges} labelOf={p.labelOf} />
    </div>
  );
}

/**
 * In an embed the list folds under the graph (a frame is short), and is built only when
 * the reader opens it; `list=1` opens it, above the graph.
 */
export function FoldedTextView(p: TextViewProps & { initiallyOpen: boolean }) {
  const [open, setOpen] = useState(p.initiallyOpen);
  return (
    <details className="list-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{p.t.listSummary(p.nodes.length, p.edges.length)}</summary>
      {open ? <TextView {...p} /> : null}
    </details>
  );
}
