import { useId, type ReactNode } from 'react';

/** A search form whose fields apply as they change; Enter submits nothing. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form
      className="filters"
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </form>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled search box, wider than the other fields. */
export function SearchField({ label, value, onChange }: FieldProps) {
  const id = useId();
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** A labelled picker whose first option, the empty value, means "any". */
export function SelectField<T extends string>({
  label,
  value,
  onChange,
  anyLabel,
  options,
  optionLabel = (option) => option,
}: FieldProps & {
  anyLabel: string;
  options: readonly T[];
  optionLabel?: (option: T) => string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled calendar day, optionally bounded by `min` and `max` (`YYYY-MM-DD`). */
export function DateField({
  label,
  value,
  onChange,
  min,
  max,
}: FieldProps & { min?: string | undefined; max?: string | undefined }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        max={max}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
