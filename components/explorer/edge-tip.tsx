/** A link, named as a sentence where the reader points at it ("Emergence — gives rise to → Uncertainty"). */
export function EdgeTip({ text, x, y, inferred }: { text: string; x: number; y: number; inferred: boolean }) {
  return (
    <p className={`edge-tip${inferred ? ' inferred' : ''}`} style={{ left: x, top: y }} role="status">
      {text}
    </p>
  );
}
