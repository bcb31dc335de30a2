'use client';

/** The levels an embedded matrix shows, chosen in the "Embed this view" dialog (at least one). */
import { matrixStrings } from '@/content/messages/matrix-strings';
import { LEVEL_NAMES } from '@/graph/kind-names';
import type { Lang, Level } from '@/graph/schema';
import { LEVELS } from '@/graph/vocabulary';

export function MatrixEmbedOptions({
  lang,
  levels,
  onChange,
}: {
  lang: Lang;
  levels: readonly Level[];
  onChange: (levels: Level[]) => void;
}) {
  return (
    <fieldset className="embed-levels">
      <legend>{matrixStrings(lang).levelsLegend}</legend>
      {LEVELS.map((l) => {
        const on = levels.includes(l);
        return (
          <label key={l} className="check">
            <input
              type="checkbox"
              checked={on}
              disabled={on && levels.length === 1}
              onChange={() => onChange(LEVELS.filter((x) => (x === l ? !on : levels.includes(x))))}
            />{' '}
            {LEVEL_NAMES[l][lang]}
          </label>
        );
      })}
    </fieldset>
  );
}
