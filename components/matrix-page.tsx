import Link from 'next/link';
import { messages } from '@/content/messages';
import { matrixStrings } from '@/content/messages/matrix-strings';
import { loadTours } from '@/content/tours';
import { embedParamsFor } from '@/graph/embed-params';
import { loadGraph } from '@/graph/load';
import { policyMatrix } from '@/graph/queries';
import type { Lang, Level } from '@/graph/schema';
import { EmbedButton } from './embed/embed-button';
import { LevelFilter } from './level-filter';
import { EvidenceProvider } from './matrix/evidence-panel';
import { MatrixCards } from './matrix/matrix-cards';
import { EvidenceBody, EvidenceList, matrixLinks } from './matrix/matrix-evidence';
import { MatrixLayout } from './matrix/matrix-layout';
import { GapsSection, TradeoffCards } from './matrix/matrix-sections';
import { MatrixTable } from './matrix/matrix-table';
import { paths, withBase } from './paths';
import './matrix/matrix.css';

const FORM = 'matrix-brief';

/**
 * The policy matrix: which measure reaches which challenge, at a glance — a table with
 * headers that stay in view (cards one challenge at a time on phones), every mark opening
 * the paper's words, every gap flagged with its reason — then the evidence, the gaps and a
 * trade-off card per measure. Challenges ticked in either layout go to a brief.
 */
export function MatrixPage({ lang }: { lang: Lang }) {
  const t = messages(lang).matrix;
  const s = matrixStrings(lang);
  const index = loadGraph();
  const m = policyMatrix(index);
  const links = matrixLinks(m);
  const defaultTour = loadTours()[0]?.id ?? '';
  const levels = m.rows.flatMap((g): Level[] => (g.level ? [g.level] : []));
  return (
    <div className="matrix-page">
      <h1>{t.title}</h1>
      <p className="matrix-lead">{s.lead}</p>
      <p className="matrix-key">
        <span className="legend-title">
          {s.keyTitle}
          {lang === 'zh' ? '：' : ':'}
        </span>
        {(
          [
            ['stated', '●', s.stated, s.statedShort],
            ['inferred', '◐', s.inferred, s.inferredShort],
            ['via', '◌', s.via, s.viaShort],
            ['none', '·', s.none, s.none],
          ] as const
        ).map(([cls, mark, long, short]) => (
          <span key={cls} className="key-item">
            <span className={`cell-mark ${cls}`} aria-hidden="true">
              {mark}
            </span>{' '}
            <span className="key-long">{long}</span>
            <span className="key-short" aria-hidden="true">
              {short}
            </span>
          </span>
        ))}
      </p>
      <EvidenceProvider
        items={Object.fromEntries(links.map((l) => [l.edge.id, <EvidenceBody key={l.edge.id} link={l} lang={lang} />]))}
        labels={{ panel: s.panelLabel, close: s.closePanel }}
      >
        <MatrixLayout
          labels={{ group: s.layoutLabel, cards: s.layoutCards, table: s.layoutTable }}
          controls={
            <LevelFilter
              lang={lang}
              levels={levels}
              legend={s.levelsLegend}
              ignoredText={{ prefix: s.ignoredPrefix, suffix: s.ignoredSuffix }}
            />
          }
        >
          <MatrixTable matrix={m} lang={lang} form={FORM} />
          <MatrixCards matrix={m} lang={lang} form={FORM} />
        </MatrixLayout>
        <form id={FORM} className="matrix-brief-form" action={withBase(paths.brief(lang))} method="get">
          <p className="muted">{s.briefHint}</p>
          <button type="submit">{s.briefSubmit}</button>
        </form>
        <ul className="matrix-links">
          <li>
            <Link href={paths.measures(lang)}>{s.measuresLink}</Link>
          </li>
          <li>
            <Link href={paths.brief(lang)}>{s.briefLink}</Link>
          </li>
          <li className="matrix-embed">
            <EmbedButton
              lang={lang}
              params={embedParamsFor('matrix', lang, defaultTour)}
              titles={{ en: messages('en').embed.titleMatrix, zh: messages('zh').embed.titleMatrix }}
              defaultTour={defaultTour}
              label={messages(lang).embedDialog.button}
              matrixRows={m.rows.map((g) => ({
                ...(g.level ? { level: g.level } : {}),
                rows: g.rows.length,
                measures: [...new Set(g.rows.flatMap((r) => [...r.reaches.keys()]))],
              }))}
            />
          </li>
        </ul>
        <EvidenceList links={links} lang={lang} />
      </EvidenceProvider>
      <GapsSection matrix={m} lang={lang} />
      <TradeoffCards index={index} lang={lang} />
    </div>
  );
}
