'use client';
/**
 * The explorer's status line when no filter is active: "the default view" only when it is
 * one; otherwise "No filters." and what is shown instead — a focus, the path finder's
 * answer, or both (what else the view shows, the summary under the graph says).
 */
import { exploreStrings } from '@/content/messages/explore-strings';
import { pathStrings } from '@/content/messages/path-strings';
import type { PathFinding } from '@/graph/argument-paths';
import type { Lang } from '@/graph/schema';

export interface ViewStatusProps {
  lang: Lang;
  /** Whether the view is the opening one (no focus, no path, nothing opened or everything shown). */
  isDefault: boolean;
  /** The focused idea's label and the depth shown around it. */
  focus?: { label: string; depth: number } | undefined;
  /** The pair the path finder was asked about, with what it found. */
  path?: { kind: PathFinding['kind']; from: string; to: string } | undefined;
}

export function ViewStatus({ lang, isDefault, focus, path }: ViewStatusProps) {
  const t = exploreStrings(lang);
  if (isDefault) return <span className="muted">{t.noActiveFilters}</span>;
  return (
    <span className="muted" data-view-status="">
      {t.noFilters}
      {focus ? t.summaryFocus(focus.label, focus.depth) : ''}
      {path ? pathStrings(lang).status(path.kind, path.from, path.to) : ''}
    </span>
  );
}
