import { DateField, FilterForm, SearchField, SelectField } from '../../../ui/FilterForm.js';
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
  const set = (field: keyof FilterFields) => (next: string) =>
    onChange({ ...value, [field]: next });

  return (
    <FilterForm label="Filter transactions">
      <SearchField label="Search descriptions" value={value.search} onChange={set('search')} />
      <SelectField
        label="Category"
        value={value.category}
        onChange={set('category')}
        anyLabel="All categories"
        options={categories}
      />
      <SelectField
        label="Currency"
        value={value.currency}
        onChange={set('currency')}
        anyLabel="All currencies"
        options={currencies}
      />
      <DateField
        label="From"
        value={value.from}
        max={value.to || undefined}
        onChange={set('from')}
      />
      <DateField label="To" value={value.to} min={value.from || undefined} onChange={set('to')} />
      <button
        type="button"
        className="button"
        disabled={!hasFilters(value)}
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </FilterForm>
  );
}
