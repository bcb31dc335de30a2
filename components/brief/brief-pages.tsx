import Link from 'next/link';
import { briefStrings } from '@/content/messages/brief-strings';
import { briefModel } from '@/graph/brief';
import { challengeGroups, MEASURE_FAMILIES, measuresOf, orderedChallenges } from '@/graph/coverage';
import { buildTimestamp } from '@/graph/exports/meta';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { serializeBriefQuery } from '@/graph/policy-params';
import { LEVELS, type Lang, type Level } from '@/graph/schema';
import { DATA_VERSION } from '@/graph/version';
import { BASE_PATH, SITE_URL, paths } from '../paths';
import { BriefActions } from './brief-actions';
import { BriefArticle } from './brief-article';
import type { LevelChoices, MeasureChoices } from './brief-chooser';
import { BriefComposer } from './brief-composer';
import { briefDocument, briefTitle, type BriefScope } from './brief-doc';
import { BriefShare } from './brief-share';
import './brief.css';

/** The briefs built at build time: every challenge, and each level's. */
export const PREBUILT = ['all', ...LEVELS] as const;
export type Prebuilt = (typeof PREBUILT)[number];

const scopeOf = (p: Prebuilt): BriefScope => (p === 'all' ? { kind: 'all' } : { kind: 'level', level: p });

/** The challenges of a ready-made brief: all, or those of one level (with their parts), in reading order. */
function prebuiltChallenges(p: Prebuilt) {
  const index = loadGraph();
  return p === 'all' ? orderedChallenges(index) : orderedChallenges(index).filter((c) => c.level === p);
}

/** The date the data was built, as the brief states it. */
const builtDate = () => buildTimestamp().slice(0, 10);

function PrebuiltBriefs({ lang, current }: { lang: Lang; current?: Prebuilt }) {
  const s = briefStrings(lang);
  return (
    <nav className="prebuilt-briefs" aria-labelledby="prebuilt-title">
      <h2 id="prebuilt-title" className="h-small">
        {s.prebuiltTitle}
      </h2>
      <p className="muted">{s.prebuiltIntro}</p>
      <ul>
        {PREBUILT.map((p) => (
          <li key={p}>
            <Link href={paths.briefOf(lang, p)} aria-current={p === current ? 'page' : undefined}>
              {p === 'all' ? s.prebuiltAll : s.prebuiltLevel(LEVEL_NAMES[p][lang])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `/{lang}/brief/`: choose, and the brief is composed in the browser. */
export function BriefPage({ lang }: { lang: Lang }) {
  const s = briefStrings(lang);
  const index = loadGraph();
  const levels: LevelChoices[] = challengeGroups(index).map((g) => ({
    key: g.level ?? 'none',
    name: g.level ? LEVEL_NAMES[g.level][lang] : s.noLevel,
    challenges: g.challenges.map((c) => ({ id: c.node.id, label: c.node.label[lang], depth: c.depth })),
  }));
  const families: MeasureChoices[] = MEASURE_FAMILIES.map((family) => ({
    family,
    name: SCOPE_NAMES[family][lang],
    measures: measuresOf(index)
      .filter((m) => m.scope === family)
      .map((m) => ({ id: m.id, label: m.label[lang] })),
  })).filter((f) => f.measures.length > 0);
  return (
    <div className="brief-page">
      <h1>{s.pageTitle}</h1>
      <p className="lead">{s.pageLead}</p>
      <noscript>
        <p className="notice">{s.noscript}</p>
      </noscript>
      <PrebuiltBriefs lang={lang} />
      <BriefComposer lang={lang} levels={levels} families={families} version={DATA_VERSION} built={builtDate()} />
    </div>
  );
}

export function prebuiltTitle(lang: Lang, p: Prebuilt): string {
  const index = loadGraph();
  const model = briefModel(index, { challenges: prebuiltChallenges(p).map((c) => c.id), measures: [] });
  return briefTitle(model, scopeOf(p), lang);
}

/** `/{lang}/brief/{all|algorithm|data|compute}/`: a brief built at build time, readable without JavaScript. */
export function PrebuiltBriefPage({ lang, selection }: { lang: Lang; selection: Prebuilt }) {
  const s = briefStrings(lang);
  const index = loadGraph();
  const challenges = prebuiltChallenges(selection).map((c) => c.id);
  const model = briefModel(index, { challenges, measures: [] });
  const address = `${SITE_URL}${BASE_PATH}${paths.briefOf(lang, selection)}`;
  const built = builtDate();
  const doc = briefDocument(
    model,
    scopeOf(selection),
    { version: DATA_VERSION, built, address, nodeUrl: (id) => `${BASE_PATH}${paths.node(lang, id)}` },
    lang,
  );
  const level: Level | undefined = selection === 'all' ? undefined : selection;
  const composer = serializeBriefQuery(
    { challenges: level ? challenges : [], measures: [] },
    { challenges: orderedChallenges(index).map((c) => ({ id: c.id, level: c.level })), measures: [] },
  );
  return (
    <div className="brief-page prebuilt">
      <p className="brief-tools">
        <Link href={paths.brief(lang, composer)}>{s.chooseOther}</Link>
      </p>
      <PrebuiltBriefs lang={lang} current={selection} />
      <BriefShare lang={lang} address={address} />
      <BriefActions
        lang={lang}
        challenges={challenges}
        measures={[]}
        scope={scopeOf(selection)}
        address={address}
        version={DATA_VERSION}
        built={built}
      />
      <BriefArticle doc={doc} />
    </div>
  );
}
