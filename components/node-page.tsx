import Link from 'next/link';
import { messages } from '@/content/messages';
import { LEVEL_NAMES, SCOPE_NAMES } from '@/graph/kinds';
import { loadGraph } from '@/graph/load';
import { relationGroups, tradeoffMeasures } from '@/graph/queries';
import type { Lang, Node } from '@/graph/schema';
import { localGraph, pictureGraph } from '@/graph/explorer-data';
import { presetOf } from '@/graph/build-pictures';
import { numberedStages, exploreStrings, smallGraphLabels } from '@/content/messages/explore-strings';
import { CitationList } from './citation-list';
import { CiteThis } from './cite-this';
import { loadTours } from '@/content/tours';
import { addToLessonLabels } from '@/content/messages/lesson-strings';
import { DATA_VERSION } from '@/graph/version';
import { AddToLesson } from './lessons/add-to-lesson';
import { embedParamsFor } from '@/graph/embed-params';
import { DEFAULT_STATE } from '@/graph/explore-state';
import { LocalGraph } from './explorer/local-graph';
import { CheckYourself } from './practice/check-yourself';
import { Explanation } from './explanation';
import { GovernanceStatus } from './governance-status';
import { KindBadge } from './kind-badge';
import { htmlLang, otherLang, paths } from './paths';
import { ReferenceDetails } from './reference-details';
import { RelationList } from './relation-list';
import { WhereInPaper } from './paper/where-in-paper';
import { NodeTours } from './tours/node-tours';
import { CompareWith } from './compare/compare-with';
import { withColon } from '@/content/punctuation';

/** One idea: what it is, the editors' explanation, the paper's words, and its relations. */
export async function NodePage({ node, lang }: { node: Node; lang: Lang }) {
  const t = messages(lang);
  const other = otherLang(lang);
  const index = loadGraph();
  const aliases = node.aliases?.[lang] ?? [];
  const tradeoffs = tradeoffMeasures(index, node);
  return (
    <article className="node-page">
      <header className="node-header">
        <p className="eyebrow">
          <KindBadge kind={node.kind} lang={lang} />
          {node.level ? (
            <span className={`badge level-${node.level}`}>
              {withColon(lang, t.node.level)}
              {LEVEL_NAMES[node.level][lang]}
            </span>
          ) : null}
          {node.noLevel ? (
            <span className="badge">
              {t.node.level}: {t.node.noLevel}
            </span>
          ) : null}
          {node.scope ? <span className="badge scope">{SCOPE_NAMES[node.scope][lang]}</span> : null}
        </p>
        <h1>{node.label[lang]}</h1>
        <p className="other-label">
          {withColon(lang, t.node.otherLanguageLabel)}
          <span lang={htmlLang(other)}>{node.label[other]}</span>
          {aliases.length > 0 ? <span className="aliases"> · {aliases.join(' · ')}</span> : null}
        </p>
        <p className="lead">{node.summary[lang]}</p>
        {node.noLevel ? <p className="level-note">{node.noLevel[lang]}</p> : null}
        <AddToLesson id={node.id} lang={lang} data={DATA_VERSION} labels={addToLessonLabels(lang)} />
      </header>

      {node.reference ? <ReferenceDetails reference={node.reference} lang={lang} /> : null}

      <section aria-labelledby="explanation">
        <h2 id="explanation">{t.node.explanation}</h2>
        <Explanation id={node.id} lang={lang} />
      </section>

      <section aria-labelledby="citations">
        <h2 id="citations">{t.node.citations}</h2>
        <p className="muted">{t.node.citationsIntro}</p>
        <CitationList citations={node.citations} lang={lang} />
      </section>

      <WhereInPaper node={node} lang={lang} />
      <GovernanceStatus node={node} lang={lang} />

      <section aria-labelledby="relations">
        <h2 id="relations">{t.node.relations}</h2>
        <p className="muted">{t.node.relationsIntro}</p>
        <RelationList groups={relationGroups(index, node.id)} lang={lang} />
        {tradeoffs.length > 0 ? (
          <>
            <h3>{t.node.tradeoffs}</h3>
            <ul>
              {tradeoffs.map((m) => (
                <li key={m.id}>
                  <Link href={paths.matrix(lang, `tradeoff-${m.id}`)}>{t.node.tradeoffOf(m.label[lang])}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <LocalGraph
          lang={lang}
          graph={pictureGraph(localGraph(index, node.id))}
          id={node.id}
          titles={{
            en: messages('en').embed.titleLocal(node.label.en),
            zh: messages('zh').embed.titleLocal(node.label.zh),
          }}
          defaultTour={loadTours()[0]?.id ?? ''}
          embedParams={embedParamsFor('local', lang, loadTours()[0]?.id ?? '', {
            explorer: { ...DEFAULT_STATE, focus: node.id },
          })}
          preset={await presetOf(localGraph(index, node.id), lang, numberedStages(exploreStrings(lang)))}
          labels={{
            ...smallGraphLabels(lang, t.explore.localGraph, 'local'),
            openInExplorer: t.explore.openInExplorer,
            caption: t.explore.localGraphCaption(localGraph(index, node.id).nodes.length - 1),
            printCaption: t.explore.localGraphPrintCaption(localGraph(index, node.id).nodes.length - 1),
            embed: t.embedDialog.button,
          }}
        />
      </section>

      <CheckYourself lang={lang} node={node.id} />
      <NodeTours node={node} lang={lang} />
      <CompareWith node={node} lang={lang} />

      <CiteThis node={node} lang={lang} />
    </article>
  );
}
