'use client';

/**
 * Shows or hides the matrix's level groups, through the address (`?levels=data`), so a
 * filtered matrix can be shared and back and forward undo a change. Rendered only once
 * JavaScript runs: without it every level shows, and the table needs no filter to be read.
 * The last level shown cannot be unticked (an empty matrix helps nobody).
 */
import { LEVEL_NAMES } from '@/graph/kind-names';
import type { Lang, Level } from '@/graph/schema';
import { useMatrixLevels } from './matrix/use-matrix-levels';
import { useHydrated } from './use-client';

export function LevelFilter({
  lang,
  levels,
  legend,
  ignoredText,
}: {
  lang: Lang;
  levels: Level[];
  /** The group's label, in the page's language. */
  legend: string;
  /** The message for a value of `levels` the address carries but the matrix cannot show. */
  ignoredText: { prefix: string; suffix: string };
}) {
  const ready = useHydrated();
  const { levels: shown, ignored, set } = useMatrixLevels();
  if (!ready) return null;
  return (
    <>
      <fieldset className="level-filter" data-ready="">
        <legend>{legend}</legend>
        {levels.map((l) => {
          const on = shown.includes(l);
          return (
            <label key={l} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={on && shown.length === 1}
                onChange={() =>
                  set(on ? shown.filter((x) => x !== l) : levels.filter((x) => x === l || shown.includes(x)))
                }
              />
              {LEVEL_NAMES[l][lang]}
            </label>
          );
        })}
      </fieldset>
      {ignored.length > 0 ? (
        <p className="notice" role="status">
          {ignored.map((i) => (
            <span key={`${i.param}=${i.value}`}>
              {ignoredText.prefix}
              <code>
                {i.param}={i.value}
              </code>
              {ignoredText.suffix}{' '}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
