/**
 * The title of an embedded view, in one language: the frame's heading, its document
 * title, and the `title` attribute of the snippet that frames it (what a screen reader
 * announces for the iframe).
 */
import { messages } from '@/content/messages';
import type { ExplorerState } from '@/graph/explore-state';
import type { EmbedView } from '@/graph/embed-params';
import type { Lang } from '@/graph/schema';

export interface TitleSource {
  label: (id: string) => string | undefined;
  tourTitle: (id: string) => string | undefined;
  /** The embedded lesson's title (lessons live in their address, not in the site's data). */
  lessonTitle?: () => string | undefined;
  /** view=practice: the tour its questions are on, if any. */
  practiceTour?: string;
}

export function embedTitle(
  view: EmbedView,
  explorer: ExplorerState,
  tour: string,
  lang: Lang,
  src: TitleSource,
): string {
  const t = messages(lang).embed;
  switch (view) {
    case 'tour':
      return src.tourTitle(tour) ?? t.titleGraph;
    case 'matrix':
      return t.titleMatrix;
    case 'path': {
      const a = explorer.from && src.label(explorer.from);
      const b = explorer.to && src.label(explorer.to);
      return a && b ? t.titlePath(a, b) : t.titleGraph;
    }
    case 'local': {
      const f = explorer.focus && src.label(explorer.focus);
      return f ? t.titleLocal(f) : t.titleGraph;
    }
    case 'lesson':
      return src.lessonTitle?.() ?? t.titleGraph;
    case 'graph':
      return t.titleGraph;
    case 'practice': {
      const title = src.practiceTour ? src.tourTitle(src.practiceTour) : undefined;
      return title ? t.titlePracticeTour(title) : t.titlePractice;
    }
  }
}

/** The view that shows an explorer state: a path if both ends are set, else a neighbourhood if focused. */
export const viewOfState = (s: ExplorerState): EmbedView => (s.from && s.to ? 'path' : s.focus ? 'local' : 'graph');
