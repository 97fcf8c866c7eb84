import { useMutation } from 'urql';
import { describeError } from '../../../graphql/errors.js';
import type { TransactionFieldsFragment } from '../../../gql/graphql.js';
import { SetCategoryMutation } from './transactions.documents.js';

/** The learned model's guess beside a category: one click accepts it (a MANUAL category). */
export function SuggestionChip({ transaction }: { transaction: TransactionFieldsFragment }) {
  const [{ fetching, error }, save] = useMutation(SetCategoryMutation);
  const { suggestion } = transaction;
  if (!suggestion) return null;
  const name = transaction.description ?? transaction.stripeTransactionId;
  const why = suggestion.reasons.length > 0 ? `, from ${suggestion.reasons.join(', ')}` : '';
  return (
    <span className="suggestion">
      <button
        type="button"
        className="chip"
        disabled={fetching}
        title={`${Math.round(suggestion.confidence * 100)} % sure${why}`}
        aria-label={`Accept ${suggestion.category} for ${name}`}
        onClick={() => void save({ id: transaction.id, category: suggestion.category })}
      >
        {suggestion.category}? Accept
      </button>
      {error && (
        <span className="field-error" role="alert">
          {describeError(error)}
        </span>
      )}
    </span>
  );
}
