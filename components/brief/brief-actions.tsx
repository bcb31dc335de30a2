'use client';

/**
 * Taking a brief away: print it (the print stylesheet drops everything but the brief), or
 * download it as Markdown or Word. The files are made in the browser from the same
 * document as the page (brief-doc.ts), with links that lead back to this site; the code
 * that writes them loads on the first click.
 */
import { useState } from 'react';
import { briefStrings } from '@/content/messages/brief-strings';
import { briefModel } from '@/graph/brief';
import type { Lang, NodeId } from '@/graph/schema';
import { BASE_PATH, paths } from '../paths';
import { briefDocument, briefFileStem, type BriefScope } from './brief-doc';
import { loadBriefGraph } from './load-brief-graph';
import { downloadBlob } from '../download';

export interface BriefActionsProps {
  lang: Lang;
  challenges: readonly NodeId[];
  measures: readonly NodeId[];
  scope: BriefScope;
  /** The brief's address as the page shows it (the files say the same). */
  address: string;
  version: string;
  built: string;
}

async function makeFile(p: BriefActionsProps, kind: 'md' | 'docx'): Promise<string> {
  const g = await loadBriefGraph();
  const model = briefModel(g, { challenges: p.challenges, measures: p.measures });
  const origin = `${window.location.origin}${BASE_PATH}`;
  const doc = briefDocument(
    model,
    p.scope,
    { version: p.version, built: p.built, address: p.address, nodeUrl: (id) => `${origin}${paths.node(p.lang, id)}` },
    p.lang,
  );
  const name = `${briefFileStem(p.scope, model, p.lang)}.${kind}`;
  if (kind === 'md') {
    const { briefMarkdown } = await import('./brief-markdown');
    downloadBlob(new Blob([briefMarkdown(doc)], { type: 'text/markdown;charset=utf-8' }), name);
  } else {
    const { briefDocxBlob } = await import('./brief-docx');
    downloadBlob(await briefDocxBlob(doc), name);
  }
  return name;
}

export function BriefActions(props: BriefActionsProps) {
  const s = briefStrings(props.lang);
  const [status, setStatus] = useState('');
  const download = (kind: 'md' | 'docx') => {
    setStatus(s.preparing);
    makeFile(props, kind).then(
      (name) => setStatus(s.ready(name)),
      () => setStatus(s.failed),
    );
  };
  return (
    <div className="brief-actions" role="group" aria-label={s.actionsLabel}>
      <button type="button" onClick={() => window.print()}>
        {s.print}
      </button>
      <button type="button" onClick={() => download('md')}>
        {s.markdown}
      </button>
      <button type="button" onClick={() => download('docx')}>
        {s.docx}
      </button>
      <p className="brief-status muted" role="status">
        {status}
      </p>
    </div>
  );
}
