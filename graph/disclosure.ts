/**
 * Progressive disclosure: the explorer opens on each stage's main ideas (stages.ts) and
 * folds away the detail that hangs from them — an idea's parts (`part-of`), the cases that
 * illustrate it, the works cited for it. A shown idea with folded detail carries a "+N"
 * badge; opening it shows that detail (whose own detail folds in turn). A case that
 * illustrates several shown ideas counts in each of their badges.
 */
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { HANGING_EDGE_KINDS } from './stages';

export interface Disclosure {
  nodeIds: Set<string>;
  /** For each shown idea, how many ideas hang from it, hidden. */
  badges: Map<string, number>;
}

const hangs = (e: ExplorerEdge) => (HANGING_EDGE_KINDS as readonly string[]).includes(e.kind);

/** For each idea, the links along which other ideas hang from it (it is their target). */
export function hangingFrom(edges: readonly ExplorerEdge[]): Map<string, ExplorerEdge[]> {
  const out = new Map<string, ExplorerEdge[]>();
  for (const e of edges) if (hangs(e)) out.set(e.target, [...(out.get(e.target) ?? []), e]);
  return out;
}

export interface DiscloseOptions {
  /** The ideas shown with nothing opened. */
  base: Iterable<string>;
  /** The ideas whose detail the reader opened. */
  open: Iterable<string>;
  /** Whether the filters let an idea be shown. */
  nodeOk: (n: ExplorerNode) => boolean;
  /** Whether the filters let a link be shown: detail hangs only by a link that may be shown. */
  edgeOk: (e: ExplorerEdge) => boolean;
}

export function disclose(graph: ExplorerGraph, options: DiscloseOptions): Disclosure {
  const byId = new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n]));
  const hanging = hangingFrom(graph.edges);
  const ok = (id: string) => {
    const n = byId.get(id);
    return n !== undefined && options.nodeOk(n);
  };
  const detailOf = (id: string) =>
    (hanging.get(id) ?? []).filter((e) => options.edgeOk(e) && ok(e.source)).map((e) => e.source);

  const shown = new Set([...options.base].filter(ok));
  const open = new Set(options.open);
  // An opened idea counts only once it is shown (opening a part of an unopened idea does nothing).
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of open) {
      if (!shown.has(id)) continue;
      for (const d of detailOf(id)) {
        if (!shown.has(d)) {
          shown.add(d);
          grew = true;
        }
      }
    }
  }
  const badges = new Map<string, number>();
  for (const id of shown) {
    const hidden = new Set(detailOf(id).filter((d) => !shown.has(d))).size;
    if (hidden > 0) badges.set(id, hidden);
  }
  return { nodeIds: shown, badges };
}
