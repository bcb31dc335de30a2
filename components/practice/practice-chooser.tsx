'use client';

/**
 * What to practise: a tour and a level, as a form whose values go to the address
 * (`?tour=…&level=…`), so a choice can be shared as a link and back/forward work. An idea
 * chosen from its page (`?node=…`) shows as a line with a way back to every idea.
 */
import type { FormEvent } from 'react';
import { practiceStrings } from '@/content/messages/practice-strings';
import type { Selection } from '@/graph/questions/bank';
import { serializePractice } from '@/graph/practice-params';
import type { Lang } from '@/graph/schema';
import { LEVELS } from '@/graph/vocabulary';
import { pushSearch } from '../use-client';

export function PracticeChooser({
  lang,
  selection,
  tours,
  levels,
  nodeLabel,
  count,
}: {
  lang: Lang;
  selection: Selection;
  tours: { id: string; title: string }[];
  levels: Record<string, string>;
  nodeLabel: string | undefined;
  count: number;
}) {
  const t = practiceStrings(lang);
  const go = (s: Selection) => pushSearch(serializePractice(s));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const pick = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const level = LEVELS.find((l) => l === pick('level'));
    go({ tour: pick('tour'), level, node: selection.node });
  };
  return (
    <>
      <form className="practice-choose" onSubmit={submit} aria-labelledby="practice-choose-title">
        <h2 id="practice-choose-title">{t.chooseTitle}</h2>
        <label>
          {t.tourLabel}
          <select name="tour" defaultValue={selection.tour ?? ''} key={`t-${selection.tour ?? ''}`}>
            <option value="">{t.anyTour}</option>
            {tours.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.levelLabel}
          <select name="level" defaultValue={selection.level ?? ''} key={`l-${selection.level ?? ''}`}>
            <option value="">{t.anyLevel}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levels[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      <p className="practice-chosen">
        {nodeLabel ? (
          <>
            <strong>{t.onIdea(nodeLabel)}</strong> ·{' '}
            <button type="button" className="link-button" onClick={() => go({ ...selection, node: undefined })}>
              {t.clearIdea}
            </button>{' '}
            ·{' '}
          </>
        ) : null}
        {t.showing(count)}
      </p>
    </>
  );
}
