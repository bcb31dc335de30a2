'use client';

/**
 * The matrix's evidence panel. Every marked cell is a link to its evidence further down
 * the page (which is how it works without JavaScript); with JavaScript the link opens the
 * same evidence in a panel at the side instead, so the reader keeps their place in the
 * table. Focus moves into the panel; Escape or the close button closes it and puts focus
 * back on the cell.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Open = (id: string, opener: HTMLElement) => void;

/** Opens the panel on an edge's evidence; `current` is the edge shown, if any. */
const PanelContext = createContext<{ open: Open; current: string | null } | null>(null);

export interface EvidencePanelLabels {
  panel: string;
  close: string;
}

export function EvidenceProvider({
  items,
  labels,
  children,
}: {
  /** The evidence of each edge, by edge id, rendered on the server. */
  items: Record<string, ReactNode>;
  labels: EvidencePanelLabels;
  children: ReactNode;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const show = useCallback<Open>((id, el) => {
    opener.current = el;
    setOpen(id);
  }, []);
  const close = useCallback(() => {
    setOpen(null);
    opener.current?.focus();
  }, []);
  useEffect(() => {
    if (open === null) return;
    title.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
  const body = open === null ? undefined : items[open];
  return (
    <PanelContext.Provider value={{ open: show, current: body === undefined ? null : open }}>
      {children}
      {body !== undefined ? (
        <aside className="evidence-panel" role="dialog" aria-modal="false" aria-labelledby="evidence-panel-title">
          <div className="evidence-panel-head">
            <h2 id="evidence-panel-title" ref={title} tabIndex={-1}>
              {labels.panel}
            </h2>
            <button type="button" onClick={close}>
              {labels.close}
            </button>
          </div>
          {body}
        </aside>
      ) : null}
    </PanelContext.Provider>
  );
}

/** A marked cell: a link to the evidence, which opens the panel when the page runs its script. */
export function EvidenceLink({
  edgeId,
  label,
  className,
  children,
}: {
  edgeId: string;
  label: string;
  className: string;
  children: ReactNode;
}) {
  const panel = useContext(PanelContext);
  return (
    <a
      href={`#ev-${edgeId}`}
      className={className}
      aria-label={label}
      data-open={panel?.current === edgeId ? '' : undefined}
      onClick={(e) => {
        if (!panel) return;
        e.preventDefault();
        panel.open(edgeId, e.currentTarget);
      }}
    >
      {children}
    </a>
  );
}
