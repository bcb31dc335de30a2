import { exploreStrings } from '@/content/messages/explore-strings';
import { filterChips, type Chip } from '@/graph/explore-chips';
import type { ExplorerState } from '@/graph/explore-state';
import { EDGE_RULES, LEVEL_NAMES, NODE_KIND_NAMES } from '@/graph/kinds';
import type { Lang } from '@/graph/schema';
import { paperStrings } from '@/content/messages/paper-strings';
import { sectionLabel } from './section-filter';
import { ViewStatus, type ViewStatusProps } from './view-status';

/** One removable chip per filter that hides something. */
export function ActiveFilterChips({
  lang,
  state,
  set,
  status,
}: {
  lang: Lang;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  /** What the view shows beyond the filters, said when no filter is active. */
  status: Omit<ViewStatusProps, 'lang'>;
}) {
  const t = exploreStrings(lang);
  const text = (c: Chip): string => {
    switch (c.type) {
      case 'kind':
        return t.hiddenKind(NODE_KIND_NAMES[c.value][lang].many);
      case 'level':
        return t.hiddenLevel(LEVEL_NAMES[c.value][lang]);
      case 'edge':
        return t.hiddenEdge(EDGE_RULES[c.value].verbs[lang].forward);
      case 'stance':
        return t.hiddenStance(c.value === 'stated' ? t.stated : t.inferred);
      case 'section':
        return paperStrings(lang).filterChip(sectionLabel(c.value, lang));
    }
  };
  const chips = filterChips(state);
  return (
    <div className="chips" aria-label={t.activeFilters} role="group">
      {chips.length === 0 ? <ViewStatus lang={lang} {...status} /> : null}
      {chips.map((c) => (
        <button
          key={c.key}
          type="button"
          className="chip"
          onClick={() => set(c.undo)}
          aria-label={t.removeFilter(text(c))}
        >
          {text(c)} <span aria-hidden="true">×</span>
        </button>
      ))}
    </div>
  );
}
