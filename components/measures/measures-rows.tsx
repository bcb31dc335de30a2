'use client';

/** The rows of the measures table. */
import Link from 'next/link';
import { measuresStrings } from '@/content/messages/measures-strings';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';
import type { MeasureRowData } from './measures-csv';

export function MeasuresRows({ lang, rows }: { lang: Lang; rows: readonly MeasureRowData[] }) {
  const s = measuresStrings(lang);
  return (
    <div className="table-scroll" role="region" aria-labelledby="measures-caption" tabIndex={0}>
      <table className="measures-table">
        <caption id="measures-caption">{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colMeasure}</th>
            <th scope="col">{s.colFamily}</th>
            <th scope="col">{s.colAddresses}</th>
            <th scope="col">{s.colLimitations}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-measure={r.id}>
              <th scope="row">
                <Link href={paths.node(lang, r.id)}>{r.label}</Link>
              </th>
              <td>{r.familyName}</td>
              <td>
                {r.links.length > 0 ? (
                  <ul>
                    {r.links.map((l) => (
                      <li key={l.challenge} className={`stance-${l.stance}`}>
                        <Link href={paths.node(lang, l.challenge)}>{l.label}</Link>{' '}
                        <span className="stance-tag">{l.stance === 'stated' ? s.statedShort : s.inferredShort}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{s.none}</span>
                )}
              </td>
              <td>
                {r.limitations.length > 0 ? (
                  <ul>
                    {r.limitations.map((l) => (
                      <li key={l.id}>
                        <Link href={paths.node(lang, l.id)}>{l.label}</Link>
                        {l.inheritedFrom ? (
                          <span className="muted"> {s.withNote('', s.inherited(l.inheritedFrom)).trim()}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{s.noLimits}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
