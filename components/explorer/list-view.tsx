import { memo } from 'react';
import { EDGE_RULES, NODE_KIND_NAMES } from '@/graph/kinds';
import { NODE_KINDS } from '@/graph/vocabulary';
import { LegendSwatch } from './legend-swatch';
import { inParentheses } from '@/content/punctuation';
import type { TextViewProps } from './text-view';

/**
 * The ideas shown, as a list by kind: each one a button that focuses it on the graph, a
 * link to its page, and its links to the other ideas shown. In step with the canvas.
 */
export const ListView = memo(function ListView({
  lang,
  t,
  nodes,
  edges,
  focus,
  matches,
  byLabel,
  labelOf,
  select,
  pageLink,
}: TextViewProps) {
  return (
    <section aria-labelledby="list-view" className="list-view">
      <h2 id="list-view">{t.listView}</h2>
      <p className="muted">{t.listIntro}</p>
      {NODE_KINDS.map((kind) => {
        const ofKind = nodes.filter((n) => n.kind === kind).sort(byLabel);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`list-kind-${kind}`}>
            <h3 id={`list-kind-${kind}`}>
              <LegendSwatch kind={kind} /> {NODE_KIND_NAMES[kind][lang].many}
              {inParentheses(lang, String(ofKind.length))}
            </h3>
            <ul className="node-list">
              {ofKind.map((n) => {
                const out = edges.filter((e) => e.source === n.id);
                const cls = [n.id === focus ? 'is-focus' : '', matches.has(n.id) ? 'is-match' : ''].join(' ').trim();
                return (
                  <li key={n.id} id={`list-${n.id}`} data-node-id={n.id} className={cls || undefined}>
                    <button
                      type="button"
                      className="node-button"
                      aria-pressed={n.id === focus}
                      onClick={() => select(n.id === focus ? undefined : n.id)}
                    >
                      {n.label[lang]}
                    </button>{' '}
                    {pageLink(
                      n.id,
                      <>
                        {t.openPage}
                        <span className="visually-hidden">: {n.label[lang]}</span>
                      </>,
                      'page-link',
                    )}
                    {out.length > 0 ? (
                      <details className="relations">
                        <summary>{t.relationsCount(out.length)}</summary>
                        <ul className="node-relations">
                          {out.map((e) => (
                            <li key={e.id}>
                              {EDGE_RULES[e.kind].verbs[lang].forward}{' '}
                              {pageLink(e.target, labelOf(e.target) ?? e.target)}
                              {e.stance === 'inferred' ? (
                                <span className="stance-inferred">{inParentheses(lang, t.inferred)}</span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
});
