'use client';

/**
 * The "Embed this view" dialog: options (language, height, colours, controls, list view,
 * wheel zoom), the embed address and the iframe snippet with copy buttons, a live preview
 * in a frame sandboxed the way course platforms sandbox it, and where to paste it on each
 * platform. A native modal <dialog>: focus moves in and is held there, Escape closes it,
 * and focus returns to the button that opened it.
 */
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { messages } from '@/content/messages';
import { EMBED_THEMES, embedUrl, iframeSnippet, type EmbedParams } from '@/graph/embed-params';
import type { Lang } from '@/graph/schema';
import { LANGS } from '@/graph/vocabulary';
import { useBrowserValue } from '../use-client';
import { BASE_PATH, paths } from '../paths';
import type { EmbedButtonProps } from './embed-button';
import { MatrixEmbedOptions } from './matrix-embed-options';
import { suggestedEmbedHeight } from './embed-height';
import { PlatformNotes } from './platform-notes';
import './embed-dialog.css';

export function EmbedDialog({
  lang,
  params: initial,
  titles,
  defaultTour,
  matrixRows,
  onClose,
}: EmbedButtonProps & { onClose: () => void }) {
  const t = messages(lang).embedDialog;
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const id = useId();
  const [params, setParams] = useState<EmbedParams>(initial);
  const suggest = (p: EmbedParams) => suggestedEmbedHeight(p, matrixRows);
  const [height, setHeight] = useState<number>(() => suggest(initial));
  // The suggested height follows the options until the reader types a height of their own.
  const [ownHeight, setOwnHeight] = useState(false);
  const origin = useBrowserValue(() => window.location.origin, '');

  useEffect(() => {
    opener.current = document.activeElement;
    ref.current?.showModal();
    const back = opener.current;
    return () => {
      if (back instanceof HTMLElement) back.focus();
    };
  }, []);

  const set = (patch: Partial<EmbedParams>) => {
    const next = { ...params, ...patch };
    setParams(next);
    if (!ownHeight) setHeight(suggest(next));
  };
  const src = embedUrl(`${origin}${BASE_PATH}`, params, defaultTour);
  const title = titles[params.lang];
  const snippet = iframeSnippet(src, title, height, messages(params.lang).embedDialog.fallback(title));
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t.close}
        </button>
      </div>
      <p>{t.intro}</p>
      <div className="embed-dialog-body">
        <EmbedOptions
          lang={lang}
          id={id}
          params={params}
          set={set}
          height={height}
          onHeight={(n) => {
            if (Number.isFinite(n)) setHeight(Math.min(4000, Math.max(200, Math.round(n))));
            setOwnHeight(true);
          }}
        />

        <EmbedCode lang={lang} id={id} src={src} snippet={snippet} />
      </div>

      <h3 className="h-small">{t.preview}</h3>
      {origin ? (
        <iframe
          className="embed-preview"
          src={src}
          title={t.previewTitle(title)}
          width="100%"
          height={Math.min(height, 520)}
          sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
        />
      ) : null}

      <h3 className="h-small">{t.platformsTitle}</h3>
      <PlatformNotes notes={t.platforms} />
      <p>
        <Link href={paths.teach(lang)}>{t.guide}</Link>
      </p>
    </dialog>
  );
}

/** The embed's options: language, height, theme, and what the chosen view offers. */
function EmbedOptions({
  lang,
  id,
  params,
  set,
  height,
  onHeight,
}: {
  lang: Lang;
  id: string;
  params: EmbedParams;
  set: (patch: Partial<EmbedParams>) => void;
  height: number;
  /** The height the reader typed (not yet checked: may be NaN or out of range). */
  onHeight: (height: number) => void;
}) {
  const t = messages(lang).embedDialog;
  const explorerView = params.view === 'graph' || params.view === 'local' || params.view === 'path';
  return (
    <fieldset className="embed-options">
      <legend>{t.options}</legend>
      <div className="control-row">
        <label htmlFor={`${id}-lang`}>{t.lang}</label>
        <select
          id={`${id}-lang`}
          value={params.lang}
          onChange={(e) => set({ lang: LANGS.find((l) => l === e.target.value) ?? params.lang })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === 'en' ? 'English' : '中文'}
            </option>
          ))}
        </select>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-height`}>{t.height}</label>
        <input
          id={`${id}-height`}
          type="number"
          min={200}
          max={4000}
          step={20}
          value={height}
          onChange={(e) => onHeight(Number(e.target.value))}
        />
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-theme`}>{t.theme}</label>
        <select
          id={`${id}-theme`}
          value={params.theme}
          onChange={(e) => set({ theme: EMBED_THEMES.find((x) => x === e.target.value) ?? 'auto' })}
        >
          {EMBED_THEMES.map((x) => (
            <option key={x} value={x}>
              {t.themes[x]}
            </option>
          ))}
        </select>
      </div>
      {explorerView ? (
        <>
          <label className="check">
            <input type="checkbox" checked={params.controls} onChange={(e) => set({ controls: e.target.checked })} />{' '}
            {t.controls}
          </label>
          <label className="check">
            <input type="checkbox" checked={params.list} onChange={(e) => set({ list: e.target.checked })} /> {t.list}
          </label>
        </>
      ) : null}
      {params.view === 'matrix' ? (
        <MatrixEmbedOptions
          lang={lang}
          levels={params.explorer.levels}
          onChange={(levels) => set({ explorer: { ...params.explorer, levels } })}
        />
      ) : null}
      {params.view !== 'matrix' ? (
        <label className="check">
          <input type="checkbox" checked={params.scroll} onChange={(e) => set({ scroll: e.target.checked })} />{' '}
          {t.scroll}
        </label>
      ) : null}
    </fieldset>
  );
}

/** The address and the snippet, each with its copy button and a status line. */
function EmbedCode({ lang, id, src, snippet }: { lang: Lang; id: string; src: string; snippet: string }) {
  const t = messages(lang).embedDialog;
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <div className="embed-code">
      <label htmlFor={`${id}-url`}>{t.url}</label>
      <input id={`${id}-url`} type="text" readOnly value={src} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy(src)}>
        {t.copyUrl}
      </button>
      <label htmlFor={`${id}-snippet`}>{t.snippet}</label>
      <textarea id={`${id}-snippet`} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy(snippet)}>
        {t.copySnippet}
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
