import { messages } from '@/content/messages';
import { loadGraph } from '@/graph/load';
import type { Lang, Node } from '@/graph/schema';
import { displayPinyin, sortPinyin } from '@/graph/search-build';
import { NodeLink } from './node-link';

/**
 * Every term in both languages, side by side, with pinyin (computed at build time) and a
 * one-line definition; sorted alphabetically in English and by pinyin in Chinese, with a
 * letter index.
 */
export function GlossaryPage({ lang }: { lang: Lang }) {
  const t = messages(lang).glossary;
  const terms = loadGraph().graph.nodes.filter((n) => n.kind !== 'source' && n.kind !== 'case');
  const key = (n: Node) =>
    lang === 'en'
      ? n.label.en.replace(/^[^A-Za-z]+/, '').toLowerCase()
      : sortPinyin(n.label.zh) || n.label.zh.toLowerCase();
  const sorted = [...terms].sort((a, b) => key(a).localeCompare(key(b), 'en'));
  const letters = [...new Set(sorted.map((n) => (key(n)[0] ?? '#').toUpperCase()))];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <nav aria-label={t.index} className="letter-index">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              <a href={`#letter-${l}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <table className="glossary">
            <thead>
              <tr>
                <th scope="col">{lang === 'en' ? t.english : t.chinese}</th>
                <th scope="col">{lang === 'en' ? t.chinese : t.english}</th>
                <th scope="col">{t.pinyin}</th>
                <th scope="col">{t.definition}</th>
              </tr>
            </thead>
            <tbody>
              {sorted
                .filter((n) => (key(n)[0] ?? '#').toUpperCase() === letter)
                .map((n) => (
                  <tr key={n.id} id={`term-${n.id}`}>
                    <th scope="row">
                      <NodeLink node={n} lang={lang} />
                    </th>
                    <td lang={lang === 'en' ? 'zh-Hans' : 'en'}>{lang === 'en' ? n.label.zh : n.label.en}</td>
                    <td className="pinyin">{displayPinyin(n.label.zh)}</td>
                    <td>{n.summary[lang]}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
