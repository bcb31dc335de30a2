'use client';

/**
 * Shows or hides the matrix's level groups. Rendered only once JavaScript runs: without
 * it every level shows, and the table needs no filter to be read.
 */
import { useEffect, useState } from 'react';
import { messages } from '@/content/messages';
import { LEVEL_NAMES } from '@/graph/kinds';
import type { Lang, Level } from '@/graph/schema';

export function LevelFilter({ lang, levels }: { lang: Lang; levels: Level[] }) {
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState<Level[]>(levels);
  useEffect(() => setReady(true), []);
  useEffect(() => {
    for (const level of levels) {
      const group = document.getElementById(`level-${level}`);
      if (group) group.hidden = !shown.includes(level);
    }
  }, [shown, levels]);
  if (!ready) return null;
  return (
    <fieldset className="level-filter" data-ready="">
      <legend>{messages(lang).matrix.filter}</legend>
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
