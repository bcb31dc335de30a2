'use client';

/**
 * What a brief covers: challenges by level (a box per level chooses or clears the whole
 * level; it shows "some" when part of it is chosen) and, optionally, measures by family.
 * Plain checkboxes, so the keyboard works as everywhere: Tab to move, Space to tick.
 */
import { briefStrings } from '@/content/messages/brief-strings';
import type { Lang, NodeId } from '@/graph/schema';

export interface ChallengeChoice {
  id: NodeId;
  label: string;
  depth: number;
}

export interface LevelChoices {
  /** A level id, or "none" for challenges the paper gives no level. */
  key: string;
  name: string;
  challenges: ChallengeChoice[];
}

export interface MeasureChoices {
  family: string;
  name: string;
  measures: { id: NodeId; label: string }[];
}

export interface Selection {
  challenges: readonly string[];
  measures: readonly string[];
}

export function BriefChooser({
  lang,
  levels,
  families,
  selection,
  onChange,
}: {
  lang: Lang;
  levels: readonly LevelChoices[];
  families: readonly MeasureChoices[];
  selection: Selection;
  onChange: (next: Selection) => void;
}) {
  const s = briefStrings(lang);
  const chosen = new Set(selection.challenges);
  const measures = new Set(selection.measures);
  const toggle = (set: ReadonlySet<string>, ids: readonly string[], on: boolean) => {
    const next = new Set(set);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    return [...next];
  };
  return (
    <section className="brief-chooser" aria-labelledby="brief-chooser-title">
      <h2 id="brief-chooser-title">{s.chooserTitle}</h2>
      <fieldset>
        <legend>{s.challengesLegend}</legend>
        {levels.map((level) => {
          const ids = level.challenges.map((c) => c.id);
          const count = ids.filter((id) => chosen.has(id)).length;
          return (
            <div key={level.key} className="chooser-level">
              <label className="check whole-level">
                <input
                  type="checkbox"
                  checked={count === ids.length}
                  ref={(el) => {
                    if (el) el.indeterminate = count > 0 && count < ids.length;
                  }}
                  onChange={(e) => onChange({ ...selection, challenges: toggle(chosen, ids, e.currentTarget.checked) })}
                />
                {level.key === 'none' ? level.name : s.wholeLevel(level.name, ids.length)}
              </label>
              <ul>
                {level.challenges.map((c) => (
                  <li key={c.id} className={`depth-${Math.min(c.depth, 3)}`}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={chosen.has(c.id)}
                        onChange={(e) =>
                          onChange({ ...selection, challenges: toggle(chosen, [c.id], e.currentTarget.checked) })
                        }
                      />
                      {c.label}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{s.measuresLegend}</legend>
        {families.map((f) => (
          <div key={f.family} className="chooser-family">
            <p className="chooser-family-name">{f.name}</p>
            <ul>
              {f.measures.map((m) => (
                <li key={m.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={measures.has(m.id)}
                      onChange={(e) =>
                        onChange({ ...selection, measures: toggle(measures, [m.id], e.currentTarget.checked) })
                      }
                    />
                    {m.label}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange({ challenges: [], measures: [] })}>
        {s.clear}
      </button>
    </section>
  );
}
