import { Fragment } from 'react';

/** A label with its matched ranges in <mark>; React escapes the text, so nothing is inserted as HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end + 1), mark: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p.mark ? <mark>{p.text}</mark> : p.text}</Fragment>
      ))}
    </>
  );
}
