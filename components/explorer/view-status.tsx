'use client';
/**
 * The explorer's status line when no filter is active: "the default view" only when it is
 * one; otherwise what is shown instead — a focus, the path finder's answer, or both.
 */
import { messages } from '@/content/messages';
import { pathStrings } from '@/content/messages/path-strings';
import type { PathFinding } from '@/graph/argument-paths';
import type { Lang } from '@/graph/schema';

export interface ViewStatusProps {
  lang: Lang;
  /** The focused idea's label and the depth shown around it. */
  focus?: { label: string; depth: number } | undefined;
  /** The pair the path finder was asked about, with what it found. */
  path?: { kind: PathFinding['kind']; from: string; to: string } | undefined;
}

export function ViewStatus({ lang, focus, path }: ViewStatusProps) {
  const t = messages(lang).explore;
  if (!focus && !path) return <span className="muted">{t.noActiveFilters}</span>;
  return (
    <span className="muted" data-view-status="">
      {t.noFilters}
      {focus ? t.summaryFocus(focus.label, focus.depth) : ''}
      {path ? pathStrings(lang).status(path.kind, path.from, path.to) : ''}
    </span>
  );
}
