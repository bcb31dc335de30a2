import { KIND_MARKS } from '@/graph/kind-marks';
import type { NodeKind } from '@/graph/schema';

/** The shape and colour a kind has on the canvas, so the legend reads as a key to it. */
export function LegendSwatch({ kind }: { kind: NodeKind }) {
  return (
    <svg
      className={`swatch kind-${kind}`}
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={KIND_MARKS[kind]} fill="currentColor" />
    </svg>
  );
}
