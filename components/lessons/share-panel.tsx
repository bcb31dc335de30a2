'use client';

/**
 * Sharing a lesson: its link (with its length, and a warning naming the cause when it is
 * longer than some platforms keep), copy, play, "Embed this view", and the lesson as a
 * small JSON file.
 */
import Link from 'next/link';
import { useId, useState } from 'react';
import { lessonEn, lessonZh } from '@/content/messages/lesson-strings';
import { embedParamsFor } from '@/graph/embed-params';
import { LINK_WARN_LENGTH, type Lesson } from '@/graph/lesson';
import { encodeLesson, lessonFileText, lessonQuery } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { EmbedButton } from '../embed/embed-button';
import { BASE_PATH, paths } from '../paths';
import { useBrowserValue } from '../use-client';

/** How much of a link the teacher's words take: the link's length less that of the same lesson without them. */
function wordsShare(lesson: Lesson): { chars: number; words: number } {
  const bare = { ...lesson, title: '', note: '', steps: lesson.steps.map((s) => ({ ...s, title: '', note: '' })) };
  const words = [lesson.title, lesson.note, ...lesson.steps.flatMap((s) => [s.title, s.note])].join('').length;
  return { chars: lessonQuery(lesson).length - lessonQuery(bare).length, words };
}

/** A file name from the title: its Latin letters and digits, else just "lesson". */
const fileName = (title: string) => {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `lesson${slug ? `-${slug}` : ''}.json`;
};

function download(lesson: Lesson) {
  const url = URL.createObjectURL(new Blob([lessonFileText(lesson)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(lesson.title);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SharePanel({
  lesson,
  lang,
  t,
  embedLabel,
  defaultTour,
}: {
  lesson: Lesson;
  lang: Lang;
  t: typeof lessonEn;
  embedLabel: string;
  defaultTour: string;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const origin = useBrowserValue(() => window.location.origin, '');
  if (lesson.steps.length === 0) return <p className="muted">{t.emptyLink}</p>;
  const play = paths.lessonPlay(lang, lessonQuery(lesson));
  const link = `${origin}${BASE_PATH}${play}`;
  const tooLong = link.length > LINK_WARN_LENGTH;
  const share = wordsShare(lesson);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <div className="lesson-share">
      <label htmlFor={`${id}-link`}>{t.linkLabel}</label>
      <input
        id={`${id}-link`}
        type="text"
        readOnly
        value={link}
        aria-describedby={`${id}-length`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${id}-length`} className={tooLong ? 'notice link-warning' : 'muted'} data-length={link.length}>
        {tooLong ? t.linkTooLong(link.length, LINK_WARN_LENGTH, share.chars, share.words) : t.linkLength(link.length)}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {t.copyLink}
        </button>
        <Link href={play} className="button-link">
          {t.play}
        </Link>
        <button type="button" onClick={() => download(lesson)} aria-describedby={`${id}-file`}>
          {t.download}
        </button>
        <EmbedButton
          lang={lang}
          params={embedParamsFor('lesson', lang, defaultTour, { lesson: encodeLesson(lesson) })}
          titles={{
            en: lessonEn.embedTitle(lesson.title || lessonEn.untitled),
            zh: lessonZh.embedTitle(lesson.title || lessonZh.untitled),
          }}
          defaultTour={defaultTour}
          label={embedLabel}
        />
      </div>
      <p id={`${id}-file`} className="muted">
        {t.downloadHint}
      </p>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
