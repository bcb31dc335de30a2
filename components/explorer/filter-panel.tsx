import { exploreStrings } from '@/content/messages/explore-strings';
import { STANCES, type ExplorerState } from '@/graph/explore-state';
import { EDGE_RULES, LEVEL_NAMES, NODE_KIND_NAMES } from '@/graph/kinds';
import { EDGE_KINDS, LEVELS, NODE_KINDS } from '@/graph/vocabulary';
import type { Lang } from '@/graph/schema';
import { CheckGroup } from './check-group';
import { LegendSwatch } from './legend-swatch';

const toggle = <T extends string>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The filters: kinds of idea (the legend of the canvas), levels, stance and kinds of link. */
export function FilterPanel({
  lang,
  state,
  set,
}: {
  lang: Lang;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}) {
  const t = exploreStrings(lang);
  return (
    <>
      <CheckGroup
        legend={t.kinds}
        className="legend-filter"
        values={NODE_KINDS}
        checked={state.kinds}
        onToggle={(k) => set({ kinds: toggle(state.kinds, k) })}
        label={(k) => (
          <>
            <LegendSwatch kind={k} /> {NODE_KIND_NAMES[k][lang].many}
          </>
        )}
      />
      <CheckGroup
        legend={t.levels}
        values={LEVELS}
        checked={state.levels}
        onToggle={(l) => set({ levels: toggle(state.levels, l) })}
        label={(l) => LEVEL_NAMES[l][lang]}
      />
      <CheckGroup
        legend={t.stance}
        values={STANCES}
        checked={state.stance}
        onToggle={(s) => set({ stance: toggle(state.stance, s) })}
        label={(s) => (
          <>
            <span className={`line-sample ${s}`} aria-hidden="true" /> {s === 'stated' ? t.stated : t.inferred}
          </>
        )}
      />
      <details className="edge-filter">
        <summary>{t.edgeKinds}</summary>
        <CheckGroup
          legend={t.edgeKinds}
          hideLegend
          values={EDGE_KINDS}
          checked={state.edges}
          onToggle={(k) => set({ edges: toggle(state.edges, k) })}
          label={(k) => EDGE_RULES[k].verbs[lang].forward}
        />
      </details>
    </>
  );
}
