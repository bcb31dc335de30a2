'use client';

/**
 * One step of a played lesson: the teacher's title and note (plain text, in the language
 * they wrote it, never markup), the idea, how it follows from the previous step, the site's
 * explanation of the idea and the paper's words. Used by the player, the embedded lesson
 * and, all steps at once, the printed handout.
 */
import Link from 'next/link';
import type { lessonEn } from '@/content/messages/lesson-strings';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { LessonStep } from '@/graph/lesson';
import type { Lang } from '@/graph/schema';
import { KindBadge } from '../kind-badge';
import { htmlLang, paths, withBase } from '../paths';
import { StepRelations } from './step-relations';
import type { NodeText } from './use-node-texts';

export interface StepViewProps {
  step: LessonStep;
  index: number;
  total: number;
  node: ExplorerNode | undefined;
  previous: ExplorerNode | undefined;
  text: NodeText | 'failed' | undefined;
  notesLang: Lang;
  graph: ExplorerGraph;
  lang: Lang;
  t: typeof lessonEn;
  progress: string;
  /** Inside an embed: links open the full site in a new tab. */
  plainLinks?: boolean;
}

export const stepTitle = (step: LessonStep, node: ExplorerNode | undefined, lang: Lang, t: typeof lessonEn) =>
  step.title || node?.label[lang] || t.missingIdea;

export function LessonStepView(props: StepViewProps) {
  const { step, node, previous, text, notesLang, graph, lang, t, plainLinks = false } = props;
  const link = (id: string, children: string) =>
    plainLinks ? (
      <a href={withBase(paths.node(lang, id))} target="_blank" rel="noopener">
        {children}
      </a>
    ) : (
      <Link href={paths.node(lang, id)}>{children}</Link>
    );
  return (
    <>
      <p className="muted step-count">{props.progress}</p>
      <h2 tabIndex={-1} lang={step.title ? htmlLang(notesLang) : undefined}>
        {stepTitle(step, node, lang, t)}
      </h2>
      {node ? (
        <p className="step-idea">
          {/* Under the teacher's own title, the idea's name; under the idea's name, a link to its page. */}
          <KindBadge kind={node.kind} lang={lang} /> {link(node.id, step.title ? node.label[lang] : t.openIdea)}
        </p>
      ) : (
        <p className="notice missing-idea">
          <strong>{t.missingIdea}.</strong> {t.missingExplained(step.node)}
        </p>
      )}
      {step.note ? (
        <aside className="teacher-note" aria-label={t.teacherNote}>
          <p className="label">{t.teacherNote}</p>
          <p className="note-text" lang={htmlLang(notesLang)}>
            {step.note}
          </p>
        </aside>
      ) : null}
      {node && previous ? (
        <StepRelations graph={graph} previous={previous} current={node} lang={lang} t={t} plainLinks={plainLinks} />
      ) : null}
      {node ? <Explanation node={node} text={text} lang={lang} t={t} link={link} /> : null}
    </>
  );
}

function Explanation({
  node,
  text,
  lang,
  t,
  link,
}: {
  node: ExplorerNode;
  text: NodeText | 'failed' | undefined;
  lang: Lang;
  t: typeof lessonEn;
  link: (id: string, children: string) => React.ReactNode;
}) {
  return (
    <div className="lesson-explanation">
      <h3 className="h-small">{t.explanation}</h3>
      <p className="step-summary">{node.summary[lang]}</p>
      {text === undefined ? (
        <p className="muted">{t.textLoading}</p>
      ) : text === 'failed' ? (
        <p className="notice" role="note">
          {t.textFailed} {link(node.id, t.readIdea)}
        </p>
      ) : (
        <>
          {/* Our own build output (MDX rendered at build time, fetched from this site), never a value from the address. */}
          <div dangerouslySetInnerHTML={{ __html: text.html }} />
          {text.citations.length > 0 ? (
            <>
              <h3 className="h-small">{t.quotes}</h3>
              <ul className="citations">
                {text.citations.map((c, i) => (
                  <li key={i}>
                    <span className="cite-section">{t.section(c.section)}</span> <q lang="zh-Hans">{c.quote}</q>
                    {c.refs.length > 0 ? <span className="muted"> {c.refs.join(' ')}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
