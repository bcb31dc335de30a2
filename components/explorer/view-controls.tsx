import { exploreStrings } from '@/content/messages/explore-strings';
import { LAYOUTS, SHOWS, type ExplorerState } from '@/graph/explore-state';
import type { Lang, NodeId } from '@/graph/schema';

/**
 * How much is drawn and how: the main ideas (with what the reader opened, each of which
 * can be folded away again) or everything, one click apart; and the layout.
 */
export function ViewControls({
  lang,
  state,
  set,
  labelOf,
}: {
  lang: Lang;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  labelOf: (id: NodeId) => string;
}) {
  const t = exploreStrings(lang);
  return (
    <>
      <fieldset className="show-scope">
        <legend>{t.detail}</legend>
        {SHOWS.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="explorer-show" checked={state.show === s} onChange={() => set({ show: s })} />
            <span>
              {s === 'all' ? t.showAll : t.showMain}
              <span className="hint">{s === 'all' ? t.showAllHint : t.showMainHint}</span>
            </span>
          </label>
        ))}
        {state.show === 'main' && state.open.length > 0 ? (
          <ul className="opened">
            {state.open.map((id) => (
              <li key={id}>
                {labelOf(id)}{' '}
                <button
                  type="button"
                  aria-label={t.closeDetailOf(labelOf(id))}
                  onClick={() => set({ open: state.open.filter((o) => o !== id) })}
                >
                  {t.closeDetail}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <div className="control-row">
        <label htmlFor="layout">{t.layout}</label>
        <select
          id="layout"
          value={state.layout}
          onChange={(e) => set({ layout: LAYOUTS.find((l) => l === e.target.value) ?? 'argument' })}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t.layouts[l]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
