import Link from 'next/link';
import { lessonTeachStrings } from '@/content/messages/lesson-strings';
import { embedUrl, iframeSnippet, type EmbedParams } from '@/graph/embed-params';
import type { Lang } from '@/graph/schema';
import { SITE_URL, paths, withBase } from '../paths';
import './lessons.css';

/** The screenshots' size in CSS pixels (taken at twice that). */
export const SHOT = { width: 1000, height: 720 } as const;

/**
 * The teachers' guide's section on lessons: what the builder does, how a lesson lives in its
 * link (and when a file is better), playing, printing and embedding, with an example lesson
 * built from the data and a screenshot of the builder.
 */
export function LessonsGuide({
  lang,
  example,
  defaultTour,
}: {
  lang: Lang;
  example: EmbedParams;
  defaultTour: string;
}) {
  const t = lessonTeachStrings(lang);
  const play = paths.lessonPlay(lang, `?lesson=${example.lesson}`);
  const embed = embedUrl('', example, defaultTour);
  const site = `${SITE_URL}${withBase('')}`;
  return (
    <section aria-labelledby="lessons">
      <h2 id="lessons">{t.title}</h2>
      <p>{t.intro}</p>
      <p>
        <Link href={paths.lessonsNew(lang)}>{t.link}</Link>
      </p>
      <figure className="lesson-shot">
        {/* A static export serves images as they are (images.unoptimized), so a plain img with its size is what next/image would write. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
        <img
          src={withBase(`/images/lesson-builder-${lang}.png`)}
          alt={t.screenshotAlt}
          width={SHOT.width}
          height={SHOT.height}
          loading="lazy"
        />
      </figure>
      <p>{t.address}</p>
      <p>{t.length}</p>
      <p>{t.play}</p>
      <p>{t.print}</p>
      <p>{t.embed}</p>
      <h3>{t.example}</h3>
      <ul>
        <li>
          <Link href={play}>{t.exampleTitle}</Link>
        </li>
        <li>
          <a href={withBase(embed)}>
            <code>{embed.length > 90 ? `${embed.slice(0, 90)}…` : embed}</code>
          </a>
        </li>
      </ul>
      {/* Focusable so that keyboard users can scroll a long line sideways. */}
      <pre className="code-block" tabIndex={0}>
        <code>{iframeSnippet(`${site}${embed}`, t.exampleTitle, 760, t.exampleTitle)}</code>
      </pre>
    </section>
  );
}
