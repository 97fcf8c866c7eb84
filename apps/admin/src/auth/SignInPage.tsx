import { useId, useState, type FormEvent } from 'react';
import { problemNotice, useSession } from './session.js';

/** Accepts a pasted CORA token; in demo mode the API's start log prints ready links. */
export function SignInPage() {
  const { signIn, notice } = useSession();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = signIn(token);
    if (result) setProblem(problemNotice(result));
  };

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to CORA's Stripe integration</h1>
      {notice && (
        <p className="notice notice-warn" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>Access token</label>
        <p id={hintId} className="hint">
          Paste the token CORA issued you. In demo mode, open one of the links the server prints
          when it starts instead.
        </p>
        <textarea
          id={fieldId}
          name="token"
          rows={4}
          required
          autoComplete="off"
          spellCheck={false}
          value={token}
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setToken(event.target.value)}
        />
        {problem && (
          <p id={problemId} className="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={token.trim() === ''}>
          Sign in
        </button>
      </form>
    </main>
  );
}
