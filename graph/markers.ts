/** The paper's reference markers: how they sort and where each work sits on the sources page. */

/** Orders reference markers: [1] … [29], then ① … ⑤. */
export function markerOrder(marker: string): number {
  const n = /^\[(\d+)\]$/.exec(marker);
  if (n?.[1] !== undefined) return Number(n[1]);
  return 100 + '①②③④⑤'.indexOf(marker);
}

/** The anchor of a cited work on the sources page, from its marker: `[11]` → `ref-11`, `③` → `fn-3`. */
export function markerAnchor(marker: string): string {
  const n = /^\[(\d+)\]$/.exec(marker);
  if (n?.[1] !== undefined) return `ref-${n[1]}`;
  return `fn-${'①②③④⑤'.indexOf(marker) + 1}`;
}
