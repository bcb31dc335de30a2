'use client';

/**
 * `/{lang}/brief/`: the reader's choice lives in the address (`?levels=…&challenges=…&measures=…`,
 * graph/policy-params.ts), so a brief can be shared and back and forward step through
 * choices. The brief is composed in the browser from the brief's subgraph, fetched once.
 */
import { useEffect, useMemo, useState } from 'react';
import { briefStrings } from '@/content/messages/brief-strings';
import { briefModel } from '@/graph/brief';
import type { GraphLookup } from '@/graph/lookup';
import { parseBriefQuery, serializeBriefQuery, type BriefChoices } from '@/graph/policy-params';
import type { Lang } from '@/graph/schema';
import { LEVELS } from '@/graph/vocabulary';
import { BASE_PATH, paths } from '../paths';
import { pushSearch, useBrowserValue, useLocationSearch } from '../use-client';
import { BriefActions } from './brief-actions';
import { BriefArticle } from './brief-article';
import { BriefChooser, type LevelChoices, type MeasureChoices, type Selection } from './brief-chooser';
import { briefDocument } from './brief-doc';
import { BriefShare } from './brief-share';
import { loadBriefGraph } from './load-brief-graph';

export interface BriefComposerProps {
  lang: Lang;
  levels: LevelChoices[];
  families: MeasureChoices[];
  version: string;
  built: string;
}

/** Loads the subgraph once something is chosen; `failed` when it cannot be had. */
function useBriefGraph(wanted: boolean): { graph: GraphLookup | null; failed: boolean } {
  const [state, setState] = useState<{ graph: GraphLookup | null; failed: boolean }>({ graph: null, failed: false });
  useEffect(() => {
    if (!wanted || state.graph) return;
    let live = true;
    loadBriefGraph().then(
      (graph) => live && setState({ graph, failed: false }),
      () => live && setState({ graph: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.graph]);
  return state;
}

export function BriefComposer({ lang, levels, families, version, built }: BriefComposerProps) {
  const s = briefStrings(lang);
  const choices: BriefChoices = useMemo(
    () => ({
      challenges: levels.flatMap((l) =>
        l.challenges.map((c) => ({ id: c.id, level: LEVELS.find((x) => x === l.key) })),
      ),
      measures: families.flatMap((f) => f.measures.map((m) => m.id)),
    }),
    [levels, families],
  );
  const search = useLocationSearch();
  const parsed = useMemo(() => (search === null ? null : parseBriefQuery(search, choices)), [search, choices]);
  const origin = useBrowserValue(() => window.location.origin, '');
  const wanted = parsed !== null && parsed.challenges.length + parsed.measures.length > 0;
  const { graph, failed } = useBriefGraph(wanted);
  if (parsed === null) return null;

  const selection: Selection = { challenges: parsed.challenges, measures: parsed.measures };
  const query = serializeBriefQuery(selection, choices);
  const address = `${origin}${BASE_PATH}${paths.brief(lang, query)}`;
  const model = graph && wanted ? briefModel(graph, parsed) : null;
  const doc = model
    ? briefDocument(
        model,
        { kind: 'custom' },
        { version, built, address, nodeUrl: (id) => `${BASE_PATH}${paths.node(lang, id)}` },
        lang,
      )
    : null;
  return (
    <div className="brief-composer" data-ready="">
      <BriefChooser
        lang={lang}
        levels={levels}
        families={families}
        selection={selection}
        onChange={(next) => pushSearch(serializeBriefQuery(next, choices))}
      />
      <div className="brief-output">
        {parsed.ignored.length > 0 ? (
          <p className="notice" role="status">
            {parsed.ignored.map((i) => (
              <span key={`${i.param}=${i.value}`}>
                {s.ignoredPrefix}
                <code>
                  {i.param}={i.value}
                </code>
                {s.ignoredSuffix}{' '}
              </span>
            ))}
          </p>
        ) : null}
        {!wanted ? (
          <p className="brief-empty">{s.empty}</p>
        ) : failed ? (
          <p className="notice" role="alert">
            {s.loadFailed}
          </p>
        ) : !doc ? (
          <p className="muted" role="status">
            {s.loading}
          </p>
        ) : (
          <>
            <BriefShare lang={lang} address={address} />
            <BriefActions
              lang={lang}
              challenges={parsed.challenges}
              measures={parsed.measures}
              scope={{ kind: 'custom' }}
              address={address}
              version={version}
              built={built}
            />
            <BriefArticle doc={doc} />
          </>
        )}
      </div>
    </div>
  );
}
