'use client';

/**
 * The explorer's filter by section of the paper: a select of the paper's sections (a
 * section takes in its subsections), kept in the address as `section=2.2.1`. Self-contained:
 * it gets the current section and reports the reader's choice.
 */
import { paperStrings } from '@/content/messages/paper-strings';
import { SECTIONS, type Lang, type Section } from '@/graph/schema';
import { paperSection } from '@/graph/sections';

/** How a section reads in the select and on the filter chip: "§2.2.1 Algorithm level: …". */
export function sectionLabel(section: Section, lang: Lang): string {
  const entry = paperSection(section);
  if (!entry) return section;
  return section === 'abstract' ? entry.heading[lang] : `${entry.number} ${entry.heading[lang]}`;
}

export function SectionFilter({
  lang,
  value,
  onChange,
}: {
  lang: Lang;
  value: Section | undefined;
  onChange: (section: Section | undefined) => void;
}) {
  const t = paperStrings(lang);
  return (
    <div className="control-row section-filter">
      <label htmlFor="explorer-section">{t.filterLabel}</label>
      <select
        id="explorer-section"
        value={value ?? ''}
        onChange={(e) => onChange(SECTIONS.find((s) => s === e.target.value))}
      >
        <option value="">{t.filterAll}</option>
        {SECTIONS.map((s) => (
          <option key={s} value={s}>
            {'\u00a0'.repeat(2 * ((paperSection(s)?.depth ?? 1) - 1))}
            {sectionLabel(s, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
