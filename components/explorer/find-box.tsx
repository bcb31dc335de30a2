import { searchStrings } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';

/** Highlights the ideas that match a search on the graph (and in the list). */
export function FindBox({
  lang,
  value,
  onChange,
  shownMatches,
}: {
  lang: Lang;
  value: string;
  onChange: (value: string) => void;
  /** How many of the matches are shown. */
  shownMatches: number;
}) {
  const t = searchStrings(lang);
  return (
    <div className="explorer-find">
      <label htmlFor="explorer-find">{t.highlightLabel}</label>
      <input
        id="explorer-find"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t.placeholder}
        autoComplete="off"
      />
      <p role="status" className="muted">
        {value.trim() === '' ? '' : t.highlightCount(shownMatches)}
      </p>
    </div>
  );
}
