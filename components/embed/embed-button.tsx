'use client';

/**
 * "Embed this view": a button that opens a dialog building the embed address and the
 * iframe snippet from what the reader is looking at. The dialog's code is loaded on the
 * first click, so pages pay only for the button.
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { EmbedParams } from '@/graph/embed-params';
import type { Lang, Localized } from '@/graph/schema';
import type { MatrixRowCounts } from './matrix-height';

const EmbedDialog = dynamic(() => import('./embed-dialog').then((m) => m.EmbedDialog), { ssr: false });

export interface EmbedButtonProps {
  lang: Lang;
  /** What to embed; `lang` is the dialog's starting choice. */
  params: EmbedParams;
  /** The view's title in each language (the snippet's title follows the chosen language). */
  titles: Localized;
  /** The id of the first tour (left out of addresses, as the default). */
  defaultTour: string;
  /** The button's text, in the page's language (passed in, so pages do not ship the whole dictionary for it). */
  label: string;
  /** For the matrix: challenge rows per level, from which the dialog suggests a height. */
  matrixRows?: MatrixRowCounts;
}

export function EmbedButton(props: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="embed-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {props.label}
      </button>
      {open ? <EmbedDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
