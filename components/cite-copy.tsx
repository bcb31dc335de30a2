'use client';

/**
 * The citations of a page with a copy button each. The text is rendered at build time, so
 * it reads without JavaScript (with the build date as the date accessed); in the browser
 * the date becomes today's and the buttons copy the text to the clipboard.
 */
import { useState } from 'react';
import { useBrowserValue } from './use-client';
import { fillAccessed, isoDate } from '@/graph/exports/accessed';

export interface CiteCopyItem {
  /** What the text is ("Plain text", "BibTeX"). */
  label: string;
  /** The copy button's text, saying what it copies. */
  copy: string;
  /** The citation split around the date accessed. */
  parts: string[];
  /** BibTeX keeps its line breaks and indentation; a sentence wraps. */
  block: boolean;
}

interface Props {
  idPrefix: string;
  builtDate: string;
  items: CiteCopyItem[];
  copied: string;
  copyFailed: string;
}

export function CiteCopy({ idPrefix, builtDate, items, copied, copyFailed }: Props) {
  const date = useBrowserValue(() => isoDate(new Date()), builtDate);
  const [status, setStatus] = useState('');

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus(copyFailed);
    }
  };

  return (
    <div className="cite-items">
      {items.map((item, i) => {
        const text = fillAccessed(item.parts, date);
        const labelId = `${idPrefix}-${i}`;
        return (
          <div key={item.label} role="group" aria-labelledby={labelId} className="cite-item">
            <p id={labelId} className="cite-label">
              {item.label}
            </p>
            {item.block ? (
              // Focusable so that keyboard users can scroll a long entry sideways.
              <pre className="cite-text" tabIndex={0}>
                <code>{text}</code>
              </pre>
            ) : (
              // A formatted reference (GB/T 7714 in Chinese) keeps its own punctuation: not to be translated.
              <p className="cite-text" translate="no">
                {text}
              </p>
            )}
            <button type="button" onClick={() => void copy(text)}>
              {item.copy}
            </button>
          </div>
        );
      })}
      <p role="status" className="cite-status">
        {status}
      </p>
    </div>
  );
}
