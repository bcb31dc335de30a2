import { measuresStrings } from '@/content/messages/measures-strings';
import { MEASURE_FAMILIES, orderedChallenges } from '@/graph/coverage';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { measureRows, tableChallenges } from '@/graph/measures-table';
import { LEVELS, type Lang } from '@/graph/schema';
import { challengeGroups } from '@/graph/coverage';
import type { MeasureRowData } from './measures-csv';
import { MeasuresTable } from './measures-table';
import './measures.css';

/** `/{lang}/measures/`: every measure, filterable, with coverage counts and a CSV of what is shown. */
export function MeasuresPage({ lang }: { lang: Lang }) {
  const s = measuresStrings(lang);
  const index = loadGraph();
  const rows: MeasureRowData[] = measureRows(index).map((r) => ({
    id: r.id,
    family: r.family,
    label: r.measure.label[lang],
    familyName: SCOPE_NAMES[r.family][lang],
    links: r.links.map((l, i) => ({
      ...l,
      label: r.addresses[i]?.challenge.label[lang] ?? l.challenge,
      levelName: l.level ? LEVEL_NAMES[l.level][lang] : s.noLevel,
    })),
    limitations: r.limitations.map((l) => ({
      id: l.limitation.id,
      label: l.limitation.label[lang],
      ...(l.inheritedFrom ? { inheritedFrom: l.inheritedFrom.label[lang] } : {}),
    })),
  }));
  const depth = new Map(challengeGroups(index).flatMap((g) => g.challenges.map((c) => [c.node.id, c.depth])));
  return (
    <div className="measures-page">
      <h1>{s.title}</h1>
      <p className="lead">{s.lead}</p>
      <MeasuresTable
        lang={lang}
        rows={rows}
        challenges={tableChallenges(index)}
        labels={{
          challenges: orderedChallenges(index).map((c) => ({
            id: c.id,
            label: c.label[lang],
            depth: depth.get(c.id) ?? 0,
          })),
          levels: Object.fromEntries(LEVELS.map((l) => [l, LEVEL_NAMES[l][lang]])),
          families: Object.fromEntries(MEASURE_FAMILIES.map((f) => [f, SCOPE_NAMES[f][lang]])),
        }}
      />
    </div>
  );
}
