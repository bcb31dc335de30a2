import type { LessonProblem } from '@/graph/lesson-codec';
import type { lessonEn } from '@/content/messages/lesson-strings';

/**
 * What could not be used of a lesson, each problem in a sentence. Every value quoted comes
 * from a link or a file and is shown as text only.
 */
export function LessonProblems({
  t,
  problems,
  title,
}: {
  t: typeof lessonEn;
  problems: readonly LessonProblem[];
  title?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div className="notice lesson-problems" role="note">
      <p>{title ?? t.problemsTitle}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-problem={p.type}>
            {t.problem(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
