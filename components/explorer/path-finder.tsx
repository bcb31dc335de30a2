'use client';

/**
 * The path finder's controls: From and To as searchable comboboxes (grouped by kind,
 * sorted by pinyin in Chinese), the switch that lets chains pass through structural hubs,
 * swap and clear, and a live line that says what was found.
 */
import { useCallback, useId, useMemo } from 'react';
import { pathStrings } from '@/content/messages/path-strings';
import type { PathFinding } from '@/graph/argument-paths';
import type { ExplorerNode } from '@/graph/explorer-data';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import type { Lang, NodeId, NodeKind } from '@/graph/schema';
import { loadSearcher } from '../search/load-searcher';
import { LegendSwatch } from './legend-swatch';
import { NodeCombobox, type ComboGroup, type ComboOption } from './node-combobox';

/** Groups in the order of the argument, then the evidence and the structure. */
const GROUP_ORDER: readonly NodeKind[] = [
  'trait',
  'challenge',
  'concept',
  'relation',
  'governance',
  'limitation',
  'recommendation',
  'case',
  'level',
  'source',
];

export interface PathEnds {
  from: NodeId | undefined;
  to: NodeId | undefined;
  hubs: boolean;
}

export interface PathFinderProps extends PathEnds {
  lang: Lang;
  nodes: readonly ExplorerNode[];
  /** The kinds the filters show: only those can be chosen. */
  kinds: readonly NodeKind[];
  finding: PathFinding | undefined;
  onChange: (patch: Partial<PathEnds>) => void;
}

/** Every choosable idea, sorted by label (by pinyin in Chinese), and the kind groups. */
function useChoices(nodes: readonly ExplorerNode[], kinds: readonly NodeKind[], lang: Lang) {
  return useMemo(() => {
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const options: ComboOption[] = nodes
      .filter((n) => kinds.includes(n.kind))
      .sort((a, b) => collator.compare(a.label[lang], b.label[lang]))
      .map((n) => ({ id: n.id, label: n.label[lang], other: n.label[other], group: n.kind }));
    const groups: ComboGroup[] = GROUP_ORDER.filter((k) => kinds.includes(k)).map((k) => ({
      key: k,
      label: NODE_KIND_NAMES[k][lang].many,
      mark: <LegendSwatch kind={k} />,
    }));
    return { options, groups };
  }, [nodes, kinds, lang]);
}

export function PathFinder({ lang, nodes, kinds, from, to, hubs, finding, onChange }: PathFinderProps) {
  const t = pathStrings(lang);
  const hintId = useId();
  const { options, groups } = useChoices(nodes, kinds, lang);
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(nodes.map((n) => [n.id, n])), [nodes]);
  const idOf = (id: string | undefined): NodeId | undefined => (id === undefined ? undefined : nodeById.get(id)?.id);
  // The site's search adds aliases, pinyin and typo-tolerant matches; names match without it.
  const search = useCallback(
    async (q: string) => {
      const searcher = await loadSearcher();
      const hits = searcher.search(q, lang, 60).filter((h) => h.field !== 'body' && h.field !== 'summary');
      return new Set(hits.map((h) => h.id));
    },
    [lang],
  );
  const strings = {
    placeholder: t.placeholder,
    showAll: t.showAll,
    hint: t.comboHint,
    matches: t.matches,
    noMatches: t.noMatches,
  };
  const label = (id: NodeId | undefined) => (id ? (nodeById.get(id)?.label[lang] ?? id) : '');

  return (
    <fieldset className="path-finder">
      <legend>{t.legend}</legend>
      <NodeCombobox
        label={t.from}
        lang={lang}
        options={options}
        groups={groups}
        value={from}
        onChange={(id) => onChange({ from: idOf(id) })}
        search={search}
        strings={strings}
      />
      <NodeCombobox
        label={t.to}
        lang={lang}
        options={options}
        groups={groups}
        value={to}
        onChange={(id) => onChange({ to: idOf(id) })}
        search={search}
        strings={strings}
      />
      <label className="check path-hubs">
        <input
          type="checkbox"
          checked={hubs}
          aria-describedby={hintId}
          onChange={(e) => onChange({ hubs: e.target.checked })}
        />
        {t.hubs}
      </label>
      <p id={hintId} className="muted path-hint">
        {t.hubsHint}
      </p>
      {(from === undefined) !== (to === undefined) ? <p className="path-hint">{t.chooseBoth}</p> : null}
      {from || to ? (
        <div className="control-row">
          <button type="button" onClick={() => onChange({ from: to, to: from })}>
            {t.swap}
          </button>
          <button type="button" onClick={() => onChange({ from: undefined, to: undefined })}>
            {t.clear}
          </button>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {finding?.kind === 'chains'
          ? t.announceChains(finding.chains.length, label(from), label(to))
          : finding?.kind === 'connection'
            ? t.announceConnection(label(from), label(to))
            : ''}
      </p>
    </fieldset>
  );
}
