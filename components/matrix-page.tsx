import Link from 'next/link';
import { messages } from '@/content/messages';
import { loadTours } from '@/content/tours';
import { embedParamsFor } from '@/graph/embed-params';
import { EmbedButton } from './embed/embed-button';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { policyMatrix, type MatrixColumn, type Relation } from '@/graph/queries';
import type { Edge, Lang } from '@/graph/schema';
import { CitationList } from './citation-list';
import { LevelFilter } from './level-filter';
import { NodeLink } from './node-link';
import { paths } from './paths';
import { RelationItem } from './relation-item';

/**
 * The policy matrix: a plain HTML table (readable without JavaScript and by screen
 * readers, with row and column headers), gaps flagged in words, and below it a trade-off
 * card per measure — what it addresses against what limits it.
 */
export function MatrixPage({ lang }: { lang: Lang }) {
  const t = messages(lang).matrix;
  const index = loadGraph();
  const m = policyMatrix(index);
  const families = [
    { family: 'technical' as const, scopes: ['upstream', 'downstream'] as const },
    { family: 'mechanism' as const, scopes: ['macro', 'micro'] as const },
  ];
  const cols = (scope: MatrixColumn['scope']) => m.columns.filter((c) => c.scope === scope);
  const gapIds = new Set(m.gaps.map((g) => g.id));
  const allRows = [...m.rows.flatMap((g) => g.rows), ...m.unplaced];
  const width = m.columns.length + 1;
  const defaultTour = loadTours()[0]?.id ?? '';
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p className="matrix-key">
        <span className="legend-title">{t.legend}:</span> <span className="cell-mark stated">●</span> {t.stated} ·{' '}
        <span className="cell-mark inferred">◐</span> {t.inferred} · <span className="cell-mark none">·</span> {t.none}
      </p>
      <div className="control-row">
        <LevelFilter lang={lang} levels={m.rows.map((g) => g.level)} legend={t.filter} />
        <EmbedButton
          lang={lang}
          params={embedParamsFor('matrix', lang, defaultTour)}
          titles={{ en: messages('en').embed.titleMatrix, zh: messages('zh').embed.titleMatrix }}
          defaultTour={defaultTour}
          label={messages(lang).embedDialog.button}
        />
      </div>
      <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="matrix">
          <caption id="matrix-caption">{t.caption}</caption>
          <thead>
            <tr>
              <td rowSpan={3} />
              {families.map(({ family, scopes }) => (
                <th key={family} scope="colgroup" colSpan={scopes.reduce((n, s) => n + cols(s).length, 0)}>
                  {SCOPE_NAMES[family][lang]}
                </th>
              ))}
            </tr>
            <tr>
              {families.flatMap(({ scopes }) =>
                scopes.map((s) => (
                  <th key={s} scope="colgroup" colSpan={cols(s).length}>
                    {SCOPE_NAMES[s][lang]}
                  </th>
                )),
              )}
            </tr>
            <tr>
              {m.columns.map((c) => (
                <th key={c.node.id} scope="col" className="measure">
                  <Link href={paths.node(lang, c.node.id)}>{c.node.label[lang]}</Link>
                </th>
              ))}
            </tr>
          </thead>
          {[
            ...m.rows.map((g) => ({
              key: g.level,
              heading: g.levelNode ? <NodeLink node={g.levelNode} lang={lang} /> : LEVEL_NAMES[g.level][lang],
              rows: g.rows,
            })),
            // Challenges the paper places at no level come last, under their own heading.
            ...(m.unplaced.length > 0 ? [{ key: 'none', heading: t.noLevel, rows: m.unplaced }] : []),
          ].map((group) => (
            <tbody key={group.key} id={`level-${group.key}`} data-level={group.key}>
              <tr>
                <th scope="rowgroup" colSpan={width} className="level-row">
                  {group.heading}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.node.id} className={gapIds.has(row.node.id) ? 'gap-row' : undefined}>
                  <th scope="row" className={row.depth > 0 ? 'sub' : undefined}>
                    <NodeLink node={row.node} lang={lang} />
                    {gapIds.has(row.node.id) ? <span className="gap-badge">{t.gap}</span> : null}
                  </th>
                  {m.columns.map((c) => {
                    const edge = row.cells.get(c.node.id);
                    return (
                      <td key={c.node.id}>
                        {edge ? <Cell edge={edge} column={c} lang={lang} /> : <NoCell lang={lang} />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      <section aria-labelledby="gaps">
        <h2 id="gaps">{t.gapsTitle}</h2>
        <p>{t.gapsIntro}</p>
        <ul className="gap-list">
          {m.gaps.map((g) => (
            <li key={g.id}>
              <NodeLink node={g} lang={lang} /> ({g.level ? LEVEL_NAMES[g.level][lang] : t.noLevel})
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tradeoffs">
        <h2 id="tradeoffs">{t.tradeoffsTitle}</h2>
        <p>{t.tradeoffsIntro}</p>
        <div className="tradeoff-cards">
          {m.columns
            .filter((c) => c.limitations.length > 0 || allRows.some((r) => r.cells.has(c.node.id)))
            .map((c) => {
              const gains: Relation[] = allRows.flatMap((r) => {
                const edge = r.cells.get(c.node.id);
                return edge ? [{ edge, other: r.node }] : [];
              });
              return (
                <article key={c.node.id} id={`tradeoff-${c.node.id}`} className="tradeoff-card">
                  <h3>
                    <NodeLink node={c.node} lang={lang} />
                  </h3>
                  <div className="tradeoff-sides">
                    <div>
                      <h4>{t.gains}</h4>
                      <EdgeList items={gains} lang={lang} />
                    </div>
                    <div>
                      <h4>{t.costs}</h4>
                      {c.limitations.length > 0 ? (
                        <EdgeList items={c.limitations} lang={lang} />
                      ) : (
                        <p className="muted">{t.noLimits}</p>
                      )}
                    </div>
                  </div>
                </article>
              );
            })}
        </div>
      </section>
    </>
  );
}

function Cell({ edge, column, lang }: { edge: Edge; column: MatrixColumn; lang: Lang }) {
  const t = messages(lang).matrix;
  const inferred = edge.stance === 'inferred';
  return (
    <details className="cell">
      <summary>
        <span className={`cell-mark ${edge.stance}`} aria-hidden="true">
          {inferred ? '◐' : '●'}
        </span>
        <span className="visually-hidden">{inferred ? t.inferred : t.stated}</span>
        <span className="cell-word" aria-hidden="true">
          {inferred ? t.inferredShort : t.statedShort}
        </span>
      </summary>
      <div className="cell-detail">
        {edge.note ? <p className="edge-note">{edge.note[lang]}</p> : null}
        <CitationList citations={edge.citations} lang={lang} />
        <p className="label">{t.limits}:</p>
        {column.limitations.length > 0 ? (
          <ul>
            {column.limitations.map((l) => (
              <li key={l.other.id}>
                <NodeLink node={l.other} lang={lang} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.noLimits}</p>
        )}
        <p>
          <a href={`#tradeoff-${column.node.id}`}>{t.openTradeoff}</a>
        </p>
      </div>
    </details>
  );
}

function NoCell({ lang }: { lang: Lang }) {
  return (
    <>
      <span className="cell-mark none" aria-hidden="true">
        ·
      </span>
      <span className="visually-hidden">{messages(lang).matrix.none}</span>
    </>
  );
}

function EdgeList({ items, lang }: { items: readonly Relation[]; lang: Lang }) {
  return (
    <ul>
      {items.map((r) => (
        <RelationItem key={r.edge.id} relation={r} lang={lang} />
      ))}
    </ul>
  );
}
