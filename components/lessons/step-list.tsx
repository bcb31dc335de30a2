'use client';

/**
 * The lesson's steps in the builder: each with its idea's summary, how it follows from the
 * previous step, move up / move down / remove buttons, a drag handle, and the teacher's
 * title and note. After a move the moved step's button keeps focus (so pressing it again
 * moves it again) and the new place is announced.
 */
import Link from 'next/link';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { lessonEn } from '@/content/messages/lesson-strings';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { LESSON_LIMITS, editStep, moveStep, removeStep, type Lesson, type LessonStep } from '@/graph/lesson';
import type { Lang } from '@/graph/schema';
import { KindBadge } from '../kind-badge';
import { htmlLang, paths } from '../paths';
import { StepRelations } from './step-relations';

type Action = 'up' | 'down' | 'remove';

/** Stable keys for steps that may repeat an idea: the id and how many times it came before. */
export function stepKeys(steps: readonly LessonStep[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const k = seen.get(s.node) ?? 0;
    seen.set(s.node, k + 1);
    return `${s.node}~${k}`;
  });
}

interface ListProps {
  lesson: Lesson;
  nodes: ReadonlyMap<string, ExplorerNode>;
  graph: ExplorerGraph;
  lang: Lang;
  t: typeof lessonEn;
  onChange: (lesson: Lesson) => void;
  announce: (text: string) => void;
  headingId: string;
}

export function StepList({ lesson, nodes, graph, lang, t, onChange, announce, headingId }: ListProps) {
  const keys = stepKeys(lesson.steps);
  const list = useRef<HTMLOListElement>(null);
  const pending = useRef<{ key: string; action: Action } | null>(null);
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const label = (s: LessonStep | undefined) => (s && nodes.get(s.node)?.label[lang]) || s?.node || '';

  // Focus follows the step that moved (or, after a removal, goes to the list's heading).
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(p.key)}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`[data-action="${p.action}"]:not(:disabled)`);
    const other = item?.querySelector<HTMLButtonElement>(
      '[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled)',
    );
    (button ?? other ?? document.getElementById(headingId))?.focus();
  }, [lesson, headingId]);

  const move = (from: number, to: number, action: Action) => {
    const key = keys[from];
    if (key === undefined || to < 0 || to >= lesson.steps.length) return;
    pending.current = { key, action };
    onChange(moveStep(lesson, from, to));
    announce(t.moved(label(lesson.steps[from]), to + 1));
  };
  const remove = (i: number) => {
    pending.current = { key: keys[i + 1] ?? keys[i - 1] ?? '', action: 'remove' };
    onChange(removeStep(lesson, i));
    announce(t.removed(label(lesson.steps[i])));
  };
  const dragProps = (i: number) => ({
    onDragOver: (e: DragEvent) => {
      if (!drag) return;
      e.preventDefault();
      if (drag.over !== i) setDrag({ ...drag, over: i });
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (drag) move(drag.from, i, 'up');
      setDrag(null);
    },
  });

  if (lesson.steps.length === 0) return <p className="muted">{t.noSteps}</p>;
  return (
    <ol ref={list} className="lesson-steps-edit">
      {lesson.steps.map((step, i) => (
        <li
          key={keys[i]}
          data-key={keys[i]}
          className={`lesson-step-edit${drag?.over === i && drag.from !== i ? ' drop-target' : ''}${drag?.from === i ? ' dragging' : ''}`}
          {...dragProps(i)}
        >
          <StepCard
            step={step}
            index={i}
            total={lesson.steps.length}
            node={nodes.get(step.node)}
            previous={i > 0 ? nodes.get(lesson.steps[i - 1]?.node ?? '') : undefined}
            notesLang={lesson.lang}
            graph={graph}
            lang={lang}
            t={t}
            onMove={(to, action) => move(i, to, action)}
            onRemove={() => remove(i)}
            onEdit={(patch) => onChange(editStep(lesson, i, patch))}
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(i + 1));
              setDrag({ from: i, over: i });
            }}
            onDragEnd={() => setDrag(null)}
          />
        </li>
      ))}
    </ol>
  );
}

interface CardProps {
  step: LessonStep;
  index: number;
  total: number;
  node: ExplorerNode | undefined;
  previous: ExplorerNode | undefined;
  notesLang: Lang;
  graph: ExplorerGraph;
  lang: Lang;
  t: typeof lessonEn;
  onMove: (to: number, action: Action) => void;
  onRemove: () => void;
  onEdit: (patch: Partial<Pick<LessonStep, 'title' | 'note'>>) => void;
  onDragStart: (e: DragEvent) => void;
  onDragEnd: () => void;
}

function StepCard({ step, index, total, node, previous, notesLang, graph, lang, t, ...on }: CardProps) {
  const k = index + 1;
  const name = node?.label[lang] ?? t.missingIdea;
  const base = `lesson-step-${k}`;
  const context = <span className="visually-hidden"> {t.stepOf(k, name)}</span>;
  return (
    <>
      <div className="step-head">
        <span
          className="drag-handle"
          draggable
          onDragStart={on.onDragStart}
          onDragEnd={on.onDragEnd}
          title={t.dragHandle(k)}
          aria-hidden="true"
        >
          ⠿
        </span>
        <h3 id={`${base}-title`} className="h-small">
          <span className="step-number">{k}</span>{' '}
          {node ? <Link href={paths.node(lang, node.id)}>{name}</Link> : <span className="missing-idea">{name}</span>}{' '}
          {node ? <KindBadge kind={node.kind} lang={lang} /> : null}
        </h3>
        <div className="step-tools">
          <button type="button" data-action="up" disabled={index === 0} onClick={() => on.onMove(index - 1, 'up')}>
            <span aria-hidden="true">↑ </span>
            {t.moveUp}
            {context}
          </button>
          <button
            type="button"
            data-action="down"
            disabled={index === total - 1}
            onClick={() => on.onMove(index + 1, 'down')}
          >
            <span aria-hidden="true">↓ </span>
            {t.moveDown}
            {context}
          </button>
          <button type="button" data-action="remove" onClick={on.onRemove}>
            {t.remove}
            {context}
          </button>
        </div>
      </div>
      {node ? (
        <p className="step-summary">{node.summary[lang]}</p>
      ) : (
        <p className="notice">{t.missingExplained(step.node)}</p>
      )}
      {node && previous ? <StepRelations graph={graph} previous={previous} current={node} lang={lang} t={t} /> : null}
      <div className="field">
        <label htmlFor={`${base}-name`}>{t.stepTitleLabel}</label>
        <input
          id={`${base}-name`}
          type="text"
          lang={htmlLang(notesLang)}
          maxLength={LESSON_LIMITS.stepTitle}
          placeholder={t.stepTitlePlaceholder(node?.label[lang] ?? step.node)}
          value={step.title}
          onChange={(e) => on.onEdit({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-note`}>{t.stepNoteLabel}</label>
        <textarea
          id={`${base}-note`}
          lang={htmlLang(notesLang)}
          rows={3}
          maxLength={LESSON_LIMITS.stepNote}
          placeholder={t.stepNotePlaceholder}
          aria-describedby={`${base}-count`}
          value={step.note}
          onChange={(e) => on.onEdit({ note: e.target.value })}
        />
        <p id={`${base}-count`} className="counter muted">
          {t.count(step.note.length, LESSON_LIMITS.stepNote)}
        </p>
      </div>
    </>
  );
}
