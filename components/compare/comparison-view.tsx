/**
 * Two ideas side by side (graph/compare.ts comparePair): each idea's kind, summary, the
 * paper's words for it, the links only it has and the challenges it leads to, then what
 * the two share. No hooks and no server-only imports: the compare page renders it on the
 * server for the paper's own contrasts and in the browser for any other pair.
 */
import Link from 'next/link';
import type { compareEn } from '@/content/messages/compare-strings';
import type { CompareCard, CompareLink, CompareRef, Comparison } from '@/graph/compare';
import type { Lang } from '@/graph/schema';
import { Heading } from '../heading';
import { paths } from '../paths';
import { PUNCTUATION, inParentheses, withColon } from '@/content/punctuation';

type Strings = typeof compareEn;

export function ComparisonView({
  cmp,
  lang,
  t,
  id,
  level = 2,
  intro,
}: {
  cmp: Comparison;
  lang: Lang;
  t: Strings;
  /** The element id (a pre-rendered pair's anchor). */
  id: string;
  /** The heading level of the comparison's title (2 or 3); its parts go one and two deeper. */
  level?: 2 | 3;
  intro?: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="comparison">
      <Heading level={level} id={`${id}-title`}>
        {t.heading(cmp.a.label, cmp.b.label)}
      </Heading>
      {intro ? <p className="muted">{intro}</p> : null}
      <div className="compare-columns">
        <CardSide card={cmp.a} only={cmp.onlyA} lang={lang} t={t} level={level + 1} idPrefix={id} />
        <CardSide card={cmp.b} only={cmp.onlyB} lang={lang} t={t} level={level + 1} idPrefix={id} />
      </div>
      <div className="compare-shared">
        <Heading level={level + 1}>{t.shared}</Heading>
        <Heading level={level + 2}>{t.direct}</Heading>
        {cmp.direct.length === 0 ? (
          <p className="muted">{t.noDirect}</p>
        ) : (
          <ul>
            {cmp.direct.map((l) => (
              <li key={`${l.kind}-${l.dir}`}>
                {cmp.a.label} {l.verb} <IdeaLink idea={l.other} lang={lang} />
                <Editorial link={l} t={t} lang={lang} />
              </li>
            ))}
          </ul>
        )}
        <Heading level={level + 2}>{t.bothLinkTo}</Heading>
        {cmp.shared.length === 0 ? (
          <p className="muted">{t.noShared}</p>
        ) : (
          <ul>
            {cmp.shared.map((s) => (
              <li key={s.other.id}>
                <IdeaLink idea={s.other} lang={lang} />
                <span className="shared-how">
                  {' '}
                  — {withColon(lang, cmp.a.label)}
                  {s.a.map((l) => l.verb).join(PUNCTUATION[lang].list)}
                  {lang === 'zh' ? '；' : '; '}
                  {withColon(lang, cmp.b.label)}
                  {s.b.map((l) => l.verb).join(PUNCTUATION[lang].list)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Heading level={level + 2}>{t.bothLeadTo}</Heading>
        <RefList refs={cmp.challenges.both} lang={lang} empty={t.noChallenges} />
      </div>
    </section>
  );
}

function CardSide({
  card,
  only,
  lang,
  t,
  level,
  idPrefix,
}: {
  idPrefix: string;
  card: CompareCard;
  only: CompareLink[];
  lang: Lang;
  t: Strings;
  /** The level of the card's title; its parts go one deeper. */
  level: number;
}) {
  return (
    <article className={`compare-card kind-${card.kind}`} aria-labelledby={`${idPrefix}-${card.id}`}>
      <Heading level={level} id={`${idPrefix}-${card.id}`} className="compare-card-title">
        <Link href={paths.node(lang, card.id)} className={`node-link kind-${card.kind}`}>
          {card.label}
        </Link>{' '}
        <span className="other-label" lang={lang === 'en' ? 'zh-Hans' : 'en'}>
          {card.otherLabel}
        </span>
      </Heading>
      <p className="compare-kind">
        <span className={`badge kind-${card.kind}`}>{card.kindName}</span>
        {card.level ? <span className="badge">{t.level(card.level)}</span> : null}
      </p>
      <Heading level={level + 1}>{t.summary}</Heading>
      <p>{card.summary}</p>
      <Heading level={level + 1}>{t.definitions}</Heading>
      {card.definitions.length === 0 ? <p className="muted">{t.noDefinition}</p> : null}
      {card.definitions.map((d, i) => (
        <p key={i} className="compare-quote">
          <q lang="zh-Hans">{d.quote}</q>{' '}
          {d.anchor ? (
            <Link href={paths.paper(lang, d.anchor)} className="section-link">
              {d.sectionName}
            </Link>
          ) : (
            d.sectionName
          )}
        </p>
      ))}
      <Heading level={level + 1}>{t.onlyLinks}</Heading>
      {only.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul>
          {only.map((l) => (
            <li key={`${l.kind}-${l.dir}-${l.other.id}`}>
              {l.verb} <IdeaLink idea={l.other} lang={lang} />
              <Editorial link={l} t={t} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <Heading level={level + 1}>
        {card.addresses.length > 0 && card.leadsTo.length === 0 ? t.addresses : t.leadsTo}
      </Heading>
      {card.leadsTo.length > 0 ? (
        <ul>
          {card.leadsTo.map((l) => (
            <li key={l.challenge.id}>
              <IdeaLink idea={l.challenge} lang={lang} />
              {l.via.length > 0 ? (
                <span className="muted">
                  {inParentheses(lang, `${t.via} ${l.via.map((v) => v.label).join(' → ')}`)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <RefList refs={card.addresses} lang={lang} empty={t.noChallenges} />
      )}
    </article>
  );
}

function IdeaLink({ idea, lang }: { idea: CompareRef; lang: Lang }) {
  return (
    <Link href={paths.node(lang, idea.id)} className={`node-link kind-${idea.kind}`}>
      {idea.label}
    </Link>
  );
}

function Editorial({ link, t, lang }: { link: CompareLink; t: Strings; lang: Lang }) {
  return link.inferred ? <span className="stance-inferred">{inParentheses(lang, t.editorial)}</span> : null;
}

function RefList({ refs, lang, empty }: { refs: CompareRef[]; lang: Lang; empty: string }) {
  if (refs.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="compare-refs">
      {refs.map((r) => (
        <li key={r.id}>
          <IdeaLink idea={r} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
