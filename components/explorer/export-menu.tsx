'use client';

/**
 * "Export": the current view as an SVG or a PNG file, with its title, key, address and
 * data version (for slides and handouts), or printed as a drawing. The page's own
 * printing (Ctrl+P) prints the same drawing.
 */
import { useEffect, useRef, useState } from 'react';
import { numberedStages, type ExploreStrings } from '@/content/messages/explore-strings';
import { scopeOf } from '@/graph/explore-chips';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerGraph } from '@/graph/explorer-data';
import { NODE_KIND_NAMES } from '@/graph/kinds';
import { NODE_KINDS } from '@/graph/vocabulary';
import type { Lang } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { drawingOfView } from '@/graph/view-drawing';
import type { View } from '@/graph/view';
import type { Palette } from '@/graph/svg-drawing';
import type { CanvasControls } from './canvas-controls';
import { printDrawing, saveSvg, savePng, type Picture } from './export-picture';
import type { Opening } from './graph-stage';
import { readColors } from './graph-style';

function pictureOf(a: {
  lang: Lang;
  t: ExploreStrings;
  graph: ExplorerGraph;
  view: View;
  state: ExplorerState;
  controls: CanvasControls | null;
  canvas: boolean;
  opening: Opening | undefined;
}): Picture {
  const { lang, t, view } = a;
  const snap = a.canvas ? a.controls?.snapshot() : undefined;
  const boxes = snap ? snap.nodes : new Map(Object.entries(a.opening?.layout.nodes ?? {}));
  const layout = snap ? snap.layout : a.opening?.layout;
  const drawing = drawingOfView({
    graph: a.graph,
    boxes,
    edgeIds: view.edgeIds,
    badges: view.badges,
    lang,
    stages: layout && a.state.layout === 'argument' ? { bands: layout.stages, titles: numberedStages(t) } : undefined,
    sentence: t.sentence,
  });
  const scope = scopeOf(a.state, view.focus);
  const focus = view.focus ? a.graph.nodes.find((n) => n.id === view.focus)?.label[lang] : undefined;
  const what =
    scope.type === 'focus' && focus ? t.exportFocus(focus) : scope.type === 'all' ? t.exportAll : t.exportMain;
  const kinds = NODE_KINDS.filter((k) => drawing.nodes.some((n) => n.kind === k));
  return {
    drawing,
    lang,
    label: t.exportTitle(what),
    frame: {
      title: t.exportTitle(what),
      footer: [
        t.exportAddress(window.location.href),
        t.exportVersion(DATA_VERSION, new Date().toISOString().slice(0, 10)),
      ],
      legend: {
        kinds: kinds.map((k) => ({ kind: k, name: NODE_KIND_NAMES[k][lang].many })),
        stated: t.stated,
        inferred: t.inferred,
      },
    },
  };
}

function palette(): Palette {
  const c = readColors(document.documentElement);
  return { ...c, inferred: c.inferred };
}

export function ExportMenu(props: {
  lang: Lang;
  t: ExploreStrings;
  graph: ExplorerGraph;
  view: View;
  state: ExplorerState;
  controls: { readonly current: CanvasControls | null };
  canvas: boolean;
  opening: Opening | undefined;
  /** Where the printed drawing goes (shown only on paper). */
  printHolder: { readonly current: HTMLDivElement | null };
}) {
  const { t, lang, printHolder } = props;
  const [status, setStatus] = useState('');
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const picture = () => pictureOf({ ...latest.current, controls: latest.current.controls.current });
  const name = (ext: string) => `explore-${lang}-${scopeOf(props.state, props.view.focus).type}.${ext}`;

  // Printing from the browser's menu prints the drawing too.
  useEffect(() => {
    const before = () => printHolder.current && printDrawing(printHolder.current, picture());
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
    // picture() reads the latest props through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- registered once; reads the latest props
  }, []);

  const act = (f: () => void | Promise<void>, file?: string) => async () => {
    try {
      await f();
      setStatus(file ? t.exportDone(file) : '');
    } catch {
      setStatus(t.exportFailed);
    }
  };
  return (
    <details className="export-menu">
      <summary>{t.exportMenu}</summary>
      <div className="export-items">
        <button type="button" onClick={() => void act(() => saveSvg(picture(), palette(), name('svg')), name('svg'))()}>
          {t.exportSvg}
        </button>
        <button type="button" onClick={() => void act(() => savePng(picture(), palette(), name('png')), name('png'))()}>
          {t.exportPng}
        </button>
        <button type="button" onClick={() => void act(() => window.print())()}>
          {t.print}
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
    </details>
  );
}
