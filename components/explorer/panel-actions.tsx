'use client';

import { useState } from 'react';
import { exploreStrings } from '@/content/messages/explore-strings';
import { embedParamsFor } from '@/graph/embed-params';
import { DEFAULT_STATE, type ExplorerState } from '@/graph/explore-state';
import type { Lang } from '@/graph/schema';
import { EmbedButton } from '../embed/embed-button';
import { embedTitle, viewOfState } from '../embed/embed-title';

/** Reset, copy the view's link, embed it (the site's explorer only). */
export function PanelActions({
  lang,
  state,
  update,
  inFrame,
  defaultTour,
  embedLabel,
  label,
}: {
  lang: Lang;
  state: ExplorerState;
  update: (next: ExplorerState) => void;
  inFrame: boolean;
  defaultTour: string | undefined;
  /** "Embed this view", from the server (the page does not ship the dictionary for it). */
  embedLabel: string | undefined;
  label: (id: string, lang: Lang) => string | undefined;
}) {
  const t = exploreStrings(lang);
  const [copyStatus, setCopyStatus] = useState('');
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus(t.copied);
    } catch {
      setCopyStatus(t.copyFailed);
    }
  };
  const view = viewOfState(state);
  return (
    <div className="control-row panel-actions">
      <button type="button" onClick={() => update({ ...DEFAULT_STATE })}>
        {t.reset}
      </button>
      {inFrame ? null : (
        <button type="button" onClick={() => void copyLink()}>
          {t.copyLink}
        </button>
      )}
      {inFrame || defaultTour === undefined || embedLabel === undefined ? null : (
        <EmbedButton
          lang={lang}
          params={embedParamsFor(view, lang, defaultTour, { explorer: state })}
          titles={{
            en: embedTitle(view, state, defaultTour, 'en', {
              label: (id) => label(id, 'en'),
              tourTitle: () => undefined,
            }),
            zh: embedTitle(view, state, defaultTour, 'zh', {
              label: (id) => label(id, 'zh'),
              tourTitle: () => undefined,
            }),
          }}
          defaultTour={defaultTour}
          label={embedLabel}
        />
      )}
      <span role="status" className="muted">
        {copyStatus}
      </span>
    </div>
  );
}
