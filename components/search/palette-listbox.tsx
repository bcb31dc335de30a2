'use client';

/**
 * The palette's options, drawn: the answer to a question first, results grouped under
 * their kind, then "see all" and the ways on. Options of a combobox are never focused: the
 * input keeps focus and names the active one (aria-activedescendant); arrows and Enter on
 * the input choose, and so does a click.
 */
import type { searchEn } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type { SearchKind } from '@/graph/search-index';
import { htmlLang, otherLang } from '../paths';
import { Highlighted } from './highlighted';
import { kindName } from './kind-name';
import type { PaletteOption } from './palette-options';

interface Props {
  options: readonly PaletteOption[];
  active: number;
  /** Prefix of the options' ids (`${idPrefix}-opt-${index}`). */
  idPrefix: string;
  listId: string;
  lang: Lang;
  t: typeof searchEn;
  onHover: (index: number) => void;
  onChoose: (index: number) => void;
}

type Run = { kind: SearchKind | undefined; items: { option: PaletteOption; index: number }[] };

/** Consecutive options in runs: results of one kind under its heading; the others on their own. */
function runs(options: readonly PaletteOption[]): Run[] {
  const out: Run[] = [];
  options.forEach((option, index) => {
    const kind = option.type === 'hit' ? option.hit.kind : undefined;
    const last = out[out.length - 1];
    if (last && kind !== undefined && last.kind === kind) last.items.push({ option, index });
    else out.push({ kind, items: [{ option, index }] });
  });
  return out;
}

function OptionText({ option, lang, t }: { option: PaletteOption; lang: Lang; t: typeof searchEn }) {
  if (option.type !== 'hit') return <span className={`search-option-${option.type}`}>{option.text}</span>;
  const { hit, record } = option;
  const other = otherLang(lang);
  return (
    <>
      <span className={`search-label kind-${hit.kind}`}>
        {record.section ? <span className="search-section-number">{record.section} </span> : null}
        <Highlighted text={lang === 'en' ? record.labelEn : record.labelZh} ranges={hit.labelRanges} />
      </span>{' '}
      <span className="search-other" lang={htmlLang(other)}>
        {other === 'en' ? record.labelEn : record.labelZh}
      </span>
      {hit.missing.length > 0 ? (
        <span className="search-note"> · {t.partial(hit.matched, hit.matched + hit.missing.length)}</span>
      ) : hit.field === 'body' ? (
        <span className="search-note"> · {t.inBody}</span>
      ) : null}
    </>
  );
}

export function PaletteListbox({ options, active, idPrefix, listId, lang, t, onHover, onChoose }: Props) {
  const item = ({ option, index }: Run['items'][number]) => (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- combobox options: the input's keys choose them (see above)
    <div
      key={index}
      id={`${idPrefix}-opt-${index}`}
      role="option"
      aria-selected={index === active}
      className={`search-option${index === active ? ' is-active' : ''}`}
      onMouseEnter={() => onHover(index)}
      onClick={() => onChoose(index)}
    >
      <OptionText option={option} lang={lang} t={t} />
    </div>
  );
  return (
    <div id={listId} role="listbox" aria-label={t.dialogLabel} className="search-results">
      {runs(options).map((run) =>
        run.kind === undefined ? (
          run.items.map(item)
        ) : (
          <div
            key={`g-${run.items[0]?.index ?? 0}`}
            role="group"
            aria-labelledby={`${idPrefix}-g-${run.items[0]?.index ?? 0}`}
          >
            <div id={`${idPrefix}-g-${run.items[0]?.index ?? 0}`} role="presentation" className="search-group">
              {kindName(run.kind, lang, 'many')}
            </div>
            {run.items.map(item)}
          </div>
        ),
      )}
    </div>
  );
}
