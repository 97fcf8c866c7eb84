import { useId, useState, type FormEvent } from 'react';
import type { CategoryRuleInput, CategoryRuleMatchType } from '../../../gql/graphql.js';
import { MATCH_TYPES } from './rule-text.js';

/** The fields of a rule; the metadata key appears only for metadata rules. */
export function RuleForm({
  initial,
  submitLabel,
  busy,
  categories,
  onSubmit,
  onCancel,
}: {
  initial?: CategoryRuleInput;
  submitLabel: string;
  busy: boolean;
  categories: string[];
  onSubmit: (input: CategoryRuleInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [category, setCategory] = useState(initial?.category ?? '');
  const [matchType, setMatchType] = useState<CategoryRuleMatchType>(
    initial?.matchType ?? 'DESCRIPTION_CONTAINS',
  );
  const [pattern, setPattern] = useState(initial?.pattern ?? '');
  const [metadataKey, setMetadataKey] = useState(initial?.metadataKey ?? '');
  const isMetadata = matchType === 'METADATA_EQUALS';
  const patternLabel = MATCH_TYPES.find((type) => type.value === matchType)?.pattern ?? 'Pattern';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: CategoryRuleInput = {
      category: category.trim(),
      matchType,
      pattern: pattern.trim(),
      metadataKey: isMetadata ? metadataKey.trim() : null,
    };
    const saved = await onSubmit(input);
    if (saved && !initial) {
      setCategory('');
      setPattern('');
      setMetadataKey('');
    }
  };

  return (
    <form className="rule-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-match`}>When</label>
        <select
          id={`${id}-match`}
          value={matchType}
          onChange={(event) => setMatchType(event.target.value as CategoryRuleMatchType)}
        >
          {MATCH_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      {isMetadata && (
        <div className="field">
          <label htmlFor={`${id}-key`}>Metadata key</label>
          <input
            id={`${id}-key`}
            required
            value={metadataKey}
            onChange={(event) => setMetadataKey(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-pattern`}>{patternLabel}</label>
        <input
          id={`${id}-pattern`}
          required
          value={pattern}
          onChange={(event) => setPattern(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <input
          id={`${id}-category`}
          required
          list={`${id}-categories`}
          value={category}
          onChange={(event) => setCategory(event.target.value)}
        />
        <datalist id={`${id}-categories`}>
          {categories.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
