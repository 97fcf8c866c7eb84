import {
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../../graphql/errors.js';
import type { TransactionFieldsFragment } from '../../../gql/graphql.js';
import { KnownCategories } from './known-categories.js';
import { SetCategoryMutation } from './transactions.documents.js';

/**
 * A transaction's category, editable in place: Enter saves, Escape cancels, and focus
 * goes back to the Edit button. A saved category is MANUAL and later syncs keep it.
 */
export function CategoryEditor({ transaction }: { transaction: TransactionFieldsFragment }) {
  const categories = useContext(KnownCategories);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(transaction.category);
  const [{ fetching, error }, save] = useMutation(SetCategoryMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const listId = useId();
  const name = transaction.description ?? transaction.stripeTransactionId;

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editRef.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const category = draft.trim();
    if (!category || category === transaction.category) return close();
    const result = await save({ id: transaction.id, category });
    if (!result.error) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!editing) {
    return (
      <span className="category">
        <span>{transaction.category}</span>
        <button
          ref={editRef}
          type="button"
          className="link-button"
          aria-label={`Edit category of ${name}`}
          onClick={() => {
            setDraft(transaction.category);
            setEditing(true);
          }}
        >
          Edit
        </button>
      </span>
    );
  }

  return (
    <form className="category-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <input
        ref={inputRef}
        aria-label={`Category of ${name}`}
        list={listId}
        value={draft}
        required
        onChange={(event) => setDraft(event.target.value)}
      />
      <datalist id={listId}>
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      <button type="submit" className="button button-small" disabled={fetching}>
        {fetching ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="button button-small" onClick={close}>
        Cancel
      </button>
      {error && (
        <span className="field-error" role="alert">
          {describeError(error)}
        </span>
      )}
    </form>
  );
}
