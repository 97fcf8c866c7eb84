import { useId } from 'react';
import { hasFilters, NO_FILTERS, type FilterFields } from './filters.js';

/** Category, currency, date range and search; every change applies at once. */
export function TransactionFilters({
  value,
  onChange,
  categories,
  currencies,
}: {
  value: FilterFields;
  onChange: (next: FilterFields) => void;
  categories: string[];
  currencies: string[];
}) {
  const id = useId();
  const set = (field: keyof FilterFields) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter transactions"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field field-wide">
        <label htmlFor={`${id}-search`}>Search descriptions</label>
        <input id={`${id}-search`} type="search" value={value.search} onChange={set('search')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select id={`${id}-category`} value={value.category} onChange={set('category')}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-currency`}>Currency</label>
        <select id={`${id}-currency`} value={value.currency} onChange={set('currency')}>
          <option value="">All currencies</option>
          {currencies.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={set('from')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={set('to')}
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={!hasFilters(value)}
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </form>
  );
}
