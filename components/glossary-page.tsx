import { messages } from '@/content/messages';
import { NODE_KIND_NAMES } from '@/graph/kind-names';
import { loadGraph } from '@/graph/load';
import { compareLabels, pinyinKey, termPinyin } from '@/graph/pinyin';
import { NODE_KINDS, type Lang, type Node } from '@/graph/schema';
import { GlossaryFilter } from './glossary/glossary-filter';
import { NodeLink } from './node-link';
import './glossary/glossary.css';

/**
 * Every term in both languages, side by side, with pinyin (computed at build time, words
 * written together) and a one-line definition; sorted alphabetically in English and by
 * pinyin in Chinese, with a letter index, a live filter and kind chips.
 */
export function GlossaryPage({ lang }: { lang: Lang }) {
  const t = messages(lang).glossary;
  const terms = loadGraph().graph.nodes.filter((n) => n.kind !== 'source' && n.kind !== 'case');
  const compare = compareLabels(lang);
  const sorted = [...terms].sort((a, b) => compare(a.label[lang], b.label[lang]));
  const letterOf = (n: Node) =>
    (lang === 'en' ? n.label.en.replace(/^[^A-Za-z]+/, '') : pinyinKey(n.label.zh)).charAt(0).toUpperCase() || '#';
  const letters = [...new Set(sorted.map(letterOf))];
  const kinds = NODE_KINDS.filter((k) => terms.some((n) => n.kind === k));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <GlossaryFilter
        lang={lang}
        kinds={kinds.map((kind) => ({ kind, name: NODE_KIND_NAMES[kind][lang].many }))}
        rows={sorted.map((n) => ({ id: n.id, kind: n.kind }))}
      >
        <nav aria-label={t.index} className="letter-index">
          <ul>
            {letters.map((l) => (
              <li key={l} data-letter={l}>
                <a href={`#letter-${l}`}>{l}</a>
              </li>
            ))}
          </ul>
        </nav>
        {letters.map((letter) => (
          <section key={letter} aria-labelledby={`letter-${letter}`} data-letter={letter}>
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
                  .filter((n) => letterOf(n) === letter)
                  .map((n) => (
                    <tr key={n.id} id={`term-${n.id}`} data-id={n.id} data-kind={n.kind}>
                      <th scope="row" className={lang === 'zh' ? 'term-zh' : undefined}>
                        <NodeLink node={n} lang={lang} />
                      </th>
                      <td lang={lang === 'en' ? 'zh-Hans' : 'en'} className={lang === 'en' ? 'term-zh' : undefined}>
                        {lang === 'en' ? n.label.zh : n.label.en}
                      </td>
                      <td className="pinyin" lang="zh-Latn-pinyin">
                        {termPinyin(n.label.zh)}
                      </td>
                      <td>{n.summary[lang]}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </GlossaryFilter>
    </>
  );
}
