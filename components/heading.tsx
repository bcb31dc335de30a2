import { createElement, type ReactNode } from 'react';

/** A heading whose level depends on where it is used (2–6; deeper levels stay at 6). */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const tag = `h${Math.min(6, Math.max(2, level))}`;
  return createElement(tag, { id, className }, children);
}
