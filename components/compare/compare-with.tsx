import Link from 'next/link';
import { PAPER_CONTRASTS } from '@/content/compare-pairs';
import { compareStrings } from '@/content/messages/compare-strings';
import { pairAnchor } from '@/graph/compare-query';
import { loadGraph } from '@/graph/load';
import { sortByLabel } from '@/graph/pinyin';
import type { Lang, Node } from '@/graph/schema';
import { paths, withBase } from '../paths';
import './compare.css';

/**
 * A node page's "Compare with…": the ideas the paper itself contrasts it with (their
 * comparisons read without JavaScript), and a choice of another idea of the same kind
 * (or any idea, on the compare page).
 */
export function CompareWith({ node, lang }: { node: Node; lang: Lang }) {
  if (node.kind === 'source') return null;
  const t = compareStrings(lang);
  const index = loadGraph();
  const contrasts = PAPER_CONTRASTS.filter((c) => c.a === node.id || c.b === node.id).flatMap((c) => {
    const other = index.node.get(c.a === node.id ? c.b : c.a);
    return other ? [{ other, href: paths.compare(lang, c.a, c.b, pairAnchor(c.a, c.b)) }] : [];
  });
  const sameKind = sortByLabel(
    index.graph.nodes.filter((n) => n.kind === node.kind && n.id !== node.id),
    lang,
  );
  return (
    <section aria-labelledby="compare-with" className="compare-with">
      <h2 id="compare-with">{t.compareWith}</h2>
      <p className="muted">{t.compareWithLead}</p>
      {contrasts.length > 0 ? (
        <p>
          {t.contrastsOf}{' '}
          {contrasts.map(({ other, href }, i) => (
            <span key={other.id}>
              {i > 0 ? ' · ' : ''}
              <Link href={href}>{other.label[lang]}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <form method="get" action={withBase(paths.compare(lang))} className="compare-with-form">
        <input type="hidden" name="a" value={node.id} />
        {sameKind.length > 0 ? (
          <>
            <label htmlFor="compare-with-b">{t.otherIdea}</label>{' '}
            <select id="compare-with-b" name="b" defaultValue="">
              <option value="">{t.choose}</option>
              {sameKind.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label[lang]}
                </option>
              ))}
            </select>{' '}
            <button type="submit">{t.submit}</button>{' '}
          </>
        ) : null}
        <Link href={paths.compare(lang, node.id)}>{t.allIdeas}</Link>
      </form>
    </section>
  );
}
