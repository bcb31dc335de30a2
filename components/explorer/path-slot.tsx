import { exploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId } from '@/graph/schema';
import type { View } from '@/graph/view';
import { PathChain } from './path-chain';

/**
 * The path finder's place, first in the control panel: two ends and the path between them
 * written out. (The path finder of the argument-paths work replaces the two selects.)
 */
export function PathSlot({
  lang,
  state,
  set,
  choices,
  view,
  labelOf,
  plainLinks,
}: {
  lang: Lang;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  /** The ideas a path may start or end at, sorted for the page's language. */
  choices: readonly ExplorerNode[];
  view: View;
  labelOf: (id: NodeId) => string;
  plainLinks: boolean;
}) {
  const t = exploreStrings(lang);
  return (
    <div className="path-slot">
      <fieldset className="path-finder">
        <legend>{t.path}</legend>
        {(['from', 'to'] as const).map((end) => (
          <div key={end} className="control-row">
            <label htmlFor={`path-${end}`}>{end === 'from' ? t.pathFrom : t.pathTo}</label>
            <select
              id={`path-${end}`}
              value={state[end] ?? ''}
              onChange={(e) => set({ [end]: choices.find((n) => n.id === e.target.value)?.id })}
            >
              <option value="">{t.pathChoose}</option>
              {choices.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label[lang]}
                </option>
              ))}
            </select>
          </div>
        ))}
        {state.from || state.to ? (
          <button type="button" onClick={() => set({ from: undefined, to: undefined })}>
            {t.clearPath}
          </button>
        ) : null}
      </fieldset>
      <PathResult lang={lang} state={state} view={view} labelOf={labelOf} plainLinks={plainLinks} />
    </div>
  );
}

/** The path between the two ends, written out; in the panel, or above the graph of an embed without controls. */
export function PathResult({
  lang,
  state,
  view,
  labelOf,
  plainLinks,
}: {
  lang: Lang;
  state: ExplorerState;
  view: View;
  labelOf: (id: NodeId) => string;
  plainLinks: boolean;
}) {
  const t = exploreStrings(lang);
  if (!state.from || !state.to) return null;
  return (
    <section className="path-result" aria-labelledby="path-result">
      <h2 id="path-result" className="h-small">
        {view.path ? t.pathTitle(view.path.length) : t.path}
      </h2>
      {view.path ? (
        <PathChain steps={view.path} lang={lang} plainLinks={plainLinks} />
      ) : (
        <p>{t.noPath(labelOf(state.from), labelOf(state.to))}</p>
      )}
    </section>
  );
}
