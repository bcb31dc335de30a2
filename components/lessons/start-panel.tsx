'use client';

/**
 * Where a lesson starts: from scratch, as a copy of one of the tours, or from a lesson
 * file. Each replaces the lesson being worked on and puts that one aside (see
 * lesson-store.ts), so a wrong click is undone with "Switch back to it".
 */
import { useId, useState } from 'react';
import type { lessonEn } from '@/content/messages/lesson-strings';
import { emptyLesson, lessonFromTour, type TourOutline } from '@/graph/lesson';
import { MAX_FILE_BYTES, parseLessonFile, type LessonContext } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { replaceDraft, setNotice } from './lesson-store';

export interface TourChoice extends TourOutline {
  id: string;
}

export function StartPanel({
  lang,
  t,
  tours,
  data,
  ctx,
}: {
  lang: Lang;
  t: typeof lessonEn;
  tours: readonly TourChoice[];
  data: string;
  ctx: LessonContext;
}) {
  const id = useId();
  const [tour, setTour] = useState(tours[0]?.id ?? '');

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setNotice({ problems: [], failed: t.fileTooLarge(file.name, Math.ceil(file.size / 1024)) });
      return;
    }
    const read = parseLessonFile(await file.text(), ctx);
    if (read.lesson) replaceDraft(read.lesson, ctx, { problems: read.problems, message: t.opened(file.name) });
    else setNotice({ problems: read.problems, failed: t.openFailed(file.name) });
  };

  return (
    <div className="lesson-start">
      <button type="button" onClick={() => replaceDraft(emptyLesson(lang, data), ctx)}>
        {t.fromScratch}
      </button>
      <div className="control-row">
        <label htmlFor={`${id}-tour`}>{t.copyTourLabel}</label>
        <select id={`${id}-tour`} value={tour} onChange={(e) => setTour(e.target.value)}>
          {tours.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title[lang]}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            const chosen = tours.find((x) => x.id === tour);
            if (chosen) replaceDraft(lessonFromTour(chosen, lang, data), ctx);
          }}
        >
          {t.copyTour}
        </button>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-file`}>{t.openFile}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <span id={`${id}-file-hint`} className="muted">
          {t.openFileHint}
        </span>
      </div>
    </div>
  );
}
