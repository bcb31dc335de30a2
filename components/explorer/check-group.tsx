import type { ReactNode } from 'react';

/** A fieldset of checkboxes over a fixed list of values (kinds, levels, link kinds, stances). */
export function CheckGroup<T extends string>({
  legend,
  values,
  checked,
  onToggle,
  label,
  className,
  hideLegend = false,
}: {
  legend: string;
  values: readonly T[];
  checked: readonly T[];
  onToggle: (value: T) => void;
  label: (value: T) => ReactNode;
  className?: string;
  hideLegend?: boolean;
}) {
  return (
    <fieldset className={className}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input type="checkbox" checked={checked.includes(v)} onChange={() => onToggle(v)} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}
