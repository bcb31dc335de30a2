import type { ExploreStrings } from '@/content/messages/explore-strings';
import type { Ignored } from '@/graph/explore-state';

/**
 * Above the graph: show it as a graph or a list (remembered), fold the control panel
 * away or back (wide screens), open it as a drawer (phones).
 */
export function ExplorerBar({
  t,
  mode,
  setMode,
  panel,
  setPanel,
  openDrawer,
}: {
  t: ExploreStrings;
  mode: 'graph' | 'list';
  setMode: (mode: 'graph' | 'list') => void;
  panel: 'open' | 'closed';
  setPanel: (panel: 'open' | 'closed') => void;
  openDrawer: () => void;
}) {
  return (
    <div className="explorer-bar">
      <button
        type="button"
        className="panel-toggle"
        aria-controls="explorer-panel"
        aria-expanded={panel === 'open'}
        onClick={() => setPanel(panel === 'open' ? 'closed' : 'open')}
      >
        {panel === 'open' ? t.hidePanel : t.showPanel}
      </button>
      <button type="button" className="drawer-toggle" aria-controls="explorer-panel" onClick={openDrawer}>
        {t.filtersButton}
      </button>
      <div className="mode-switch" role="group" aria-label={t.showAs}>
        {(['graph', 'list'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'graph' ? t.graphMode : t.listMode}
          </button>
        ))}
      </div>
    </div>
  );
}

/** What part of the address was not understood, in plain words. */
export function IgnoredNotice({ t, ignored }: { t: ExploreStrings; ignored: readonly Ignored[] }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="note">
      <p>{t.ignoredTitle}</p>
      <ul>
        {ignored.map((i, k) => (
          <li key={k}>
            <code>
              {i.param}={i.value}
            </code>{' '}
            {t.ignoredReason[i.reason]}
          </li>
        ))}
      </ul>
    </div>
  );
}
