import type { ExploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import type { View } from '@/graph/view';
import { paths, withBase } from '../paths';
import { ActiveFilterChips } from './active-filter-chips';
import { FilterPanel } from './filter-panel';
import { FindBox } from './find-box';
import { PanelActions } from './panel-actions';
import { PathSlot } from './path-slot';
import { SectionFilter } from './section-filter';
import type { ViewStatusProps } from './view-status';
import { ViewControls } from './view-controls';

/**
 * The explorer's controls, in the order a reader reaches for them: the path finder first,
 * then the highlight box, how much is shown and how, the filters, and the view's actions.
 * Beside the canvas on a wide screen (it can fold away); a drawer on a phone.
 */
export function ControlPanel(p: {
  lang: Lang;
  t: ExploreStrings;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  update: (next: ExplorerState) => void;
  view: View;
  /** Every idea (the path finder offers those of the kinds shown), and each by its id. */
  nodes: readonly ExplorerNode[];
  nodeById: ReadonlyMap<string, ExplorerNode>;
  labelOf: (id: string) => string;
  label: (id: string, lang: Lang) => string | undefined;
  find: string;
  setFind: (value: string) => void;
  shownMatches: number;
  inFrame: boolean;
  defaultTour: string | undefined;
  embedLabel: string | undefined;
  /** The page's one-line introduction (the explorer page only). */
  intro?: string | undefined;
  onClose: () => void;
}) {
  const { lang, t, state, set } = p;
  return (
    <section id="explorer-panel" className="explorer-panel" aria-label={t.controls}>
      <button type="button" className="drawer-close" onClick={p.onClose}>
        {t.closeDrawer}
      </button>
      {p.intro ? <p className="panel-intro muted">{p.intro}</p> : null}
      <PathSlot
        lang={lang}
        state={state}
        set={set}
        nodes={p.nodes}
        nodeById={p.nodeById}
        view={p.view}
        labelOf={p.labelOf}
        plainLinks={p.inFrame}
      />
      <FindBox lang={lang} value={p.find} onChange={p.setFind} shownMatches={p.shownMatches} />
      <ViewControls lang={lang} state={state} set={set} labelOf={p.labelOf} />
      <div className="panel-filters">
        <h2 className="h-small">{t.filters}</h2>
        <ActiveFilterChips lang={lang} state={state} set={set} status={viewStatus(state, p.view, p.labelOf)} />
        <FilterPanel lang={lang} state={state} set={set} />
        <SectionFilter lang={lang} value={state.section} onChange={(section) => set({ section })} />
      </div>
      <PanelActions
        lang={lang}
        state={state}
        update={p.update}
        inFrame={p.inFrame}
        defaultTour={p.defaultTour}
        embedLabel={p.embedLabel}
        label={p.label}
      />
      {p.inFrame ? null : (
        <p className="plain-list-link">
          <a href={withBase(paths.exploreList(lang))}>{t.plainList}</a>
        </p>
      )}
    </section>
  );
}

/** What the view shows beyond the filters, for the status line: a focus, a path, or the opening view. */
function viewStatus(state: ExplorerState, view: View, labelOf: (id: string) => string): Omit<ViewStatusProps, 'lang'> {
  const focus = view.focus ? { label: labelOf(view.focus), depth: state.depth } : undefined;
  const path =
    view.paths && state.from && state.to
      ? { kind: view.paths.kind, from: labelOf(state.from), to: labelOf(state.to) }
      : undefined;
  const opening = state.show === 'main' && state.open.length === 0;
  return { isDefault: !focus && !path && opening, focus, path };
}
