'use client';

/**
 * The measures table (in the manner of a risk repository's database view): a row per
 * measure with its family, the challenges it addresses with the stance of each link, and
 * its limitations; filters kept in the address (`?challenge=&level=&stance=&family=`),
 * coverage counts of what is shown, and the rows shown as a CSV download. Without
 * JavaScript every row shows.
 */
import Link from 'next/link';
import { useMemo } from 'react';
import { measuresStrings } from '@/content/messages/measures-strings';
import { coverageCounts, filterRows, type TableChallenge } from '@/graph/measures-table';
import { parseMeasureFilters, serializeMeasureFilters } from '@/graph/policy-params';
import type { Lang } from '@/graph/schema';
import { BASE_PATH, paths } from '../paths';
import { pushSearch, useHydrated, useLocationSearch } from '../use-client';
import type { MeasureRowData } from './measures-csv';
import { MeasuresFilters, type FilterLabels } from './measures-filters';
import { MeasuresRows } from './measures-rows';

export function MeasuresTable({
  lang,
  rows,
  challenges,
  labels,
}: {
  lang: Lang;
  rows: MeasureRowData[];
  challenges: TableChallenge[];
  labels: FilterLabels;
}) {
  const s = measuresStrings(lang);
  const ready = useHydrated();
  const search = useLocationSearch();
  const { filters, ignored } = useMemo(
    () =>
      parseMeasureFilters(
        search ?? '',
        challenges.map((c) => c.id),
      ),
    [search, challenges],
  );
  const shown = useMemo(() => filterRows(rows, filters, challenges), [rows, filters, challenges]);
  const counts = coverageCounts(shown, challenges);
  const download = async () => {
    const { measuresCsv } = await import('./measures-csv');
    const origin = `${window.location.origin}${BASE_PATH}`;
    const csv = measuresCsv(shown, s, (id) => `${origin}${paths.node(lang, id)}`);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${s.csvFile}-${lang}${serializeMeasureFilters(filters).replace(/[?&=,]+/g, '-')}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="measures" data-ready={ready ? '' : undefined}>
      {ready ? (
        <MeasuresFilters
          lang={lang}
          rows={rows}
          challenges={challenges}
          labels={labels}
          filters={filters}
          onChange={(next) => pushSearch(serializeMeasureFilters(next))}
        />
      ) : null}
      {ignored.length > 0 ? (
        <p className="notice" role="status">
          {ignored.map((i) => (
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
      <section className="measures-coverage" aria-labelledby="coverage-title" aria-live="polite">
        <h2 id="coverage-title" className="h-small">
          {s.coverageTitle}
        </h2>
        <p>
          {s.showing(shown.length, rows.length)}{' '}
          {s.coverageLinks(counts.addressing, counts.links.stated, counts.links.inferred)}
        </p>
        <ul>
          {counts.levels.map((l) => (
            <li key={l.level ?? 'none'}>
              {s.coverageLevel(l.level ? (labels.levels[l.level] ?? l.level) : s.noLevel, l.reached, l.challenges)}
            </li>
          ))}
        </ul>
      </section>
      {ready ? (
        <p>
          <button type="button" onClick={() => void download()} disabled={shown.length === 0}>
            {s.csv(shown.length)}
          </button>
        </p>
      ) : null}
      {shown.length > 0 ? <MeasuresRows lang={lang} rows={shown} /> : <p className="notice">{s.empty}</p>}
      <p className="measures-links">
        <Link href={paths.matrix(lang)}>{s.matrixLink}</Link> · <Link href={paths.brief(lang)}>{s.briefLink}</Link>
      </p>
    </div>
  );
}
