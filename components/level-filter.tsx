'use client';

/**
 * Shows or hides the matrix's level groups. Rendered only once JavaScript runs: without
 * it every level shows, and the table needs no filter to be read.
 */
import { useEffect, useState } from 'react';
import { useHydrated } from './use-client';
import { LEVEL_NAMES } from '@/graph/kind-names';
import type { Lang, Level } from '@/graph/schema';

/** `legend` is the group's label, in the page's language. */
export function LevelFilter({ lang, levels, legend }: { lang: Lang; levels: Level[]; legend: string }) {
  const ready = useHydrated();
  const [shown, setShown] = useState<Level[]>(levels);
  useEffect(() => {
    for (const level of levels) {
      const group = document.getElementById(`level-${level}`);
      if (group) group.hidden = !shown.includes(level);
    }
  }, [shown, levels]);
  if (!ready) return null;
  return (
    <fieldset className="level-filter" data-ready="">
      <legend>{legend}</legend>
      {levels.map((l) => (
        <label key={l} className="check">
          <input
            type="checkbox"
            checked={shown.includes(l)}
            onChange={() => setShown(shown.includes(l) ? shown.filter((x) => x !== l) : [...shown, l])}
          />
          {LEVEL_NAMES[l][lang]}
        </label>
      ))}
    </fieldset>
  );
}
