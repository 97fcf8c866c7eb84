import { useMutation } from 'urql';
import { ErrorNotice } from '../../../ui/States.js';
import { TestConnectionMutation } from './connection.documents.js';

/** Asks Stripe whether the stored access still works, and says what it answered. */
export function TestConnectionButton() {
  const [{ data, fetching, error }, test] = useMutation(TestConnectionMutation);
  const result = data?.testStripeConnection;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={fetching}
        aria-busy={fetching}
        onClick={() => void test({})}
      >
        {fetching ? 'Testing…' : 'Test connection'}
      </button>
      <p className="inline-status" role="status">
        {result &&
          // The API's message says in words whether the connection works.
          `Stripe answered: ${result.message}`}
      </p>
      {error && <ErrorNotice error={error} title="The test did not run." />}
    </>
  );
}
