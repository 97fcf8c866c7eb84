import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { OWN_DATA } from '../source.js';
import { useSyncHistory } from '../sync/use-sync-history.js';
import { CompleteConnectionMutation } from './connection.documents.js';
import { oauthReturnMessage } from './error-advice.js';

type Outcome =
  { kind: 'connected' } | { kind: 'completing' } | { kind: 'error'; message: string } | null;

const RETURN_PARAMS = ['connected', 'error', 'code', 'state'];

/**
 * Says how the trip to Stripe ended (`?connected=1` or `?error=<code>`), then tidies the
 * address bar so a reload does not repeat the message. When Stripe's approval came back to
 * a browser the flow was not bound to (`?code=…&state=…`), it finishes the connection with
 * the signed-in user's identity; the API refuses a state that is not theirs. "Your first import
 * has started" shows only while the newest run is running.
 */
export function OAuthReturnNotice() {
  const [params, setParams] = useSearchParams();
  const [, complete] = useMutation(CompleteConnectionMutation);
  const history = useSyncHistory(OWN_DATA, null);
  const importing = history.page?.edges[0]?.node.status === 'RUNNING';
  const handoff = useRef(
    params.get('code') && params.get('state')
      ? { code: params.get('code') ?? '', state: params.get('state') ?? '' }
      : null,
  );
  const [outcome, setOutcome] = useState<Outcome>(() => {
    if (handoff.current) return { kind: 'completing' };
    const error = params.get('error');
    if (error) return { kind: 'error', message: oauthReturnMessage(error) };
    return params.get('connected') === '1' ? { kind: 'connected' } : null;
  });

  // The code and state are used once, even if effects run twice.
  useEffect(() => {
    const variables = handoff.current;
    if (!variables) return;
    handoff.current = null;
    void complete(variables).then((result) => {
      const code = result.error?.graphQLErrors[0]?.extensions.code;
      if (!result.error) setOutcome({ kind: 'connected' });
      else
        setOutcome({
          kind: 'error',
          message: oauthReturnMessage(typeof code === 'string' ? code : 'NETWORK'),
        });
    });
  }, [complete]);

  useEffect(() => {
    if (RETURN_PARAMS.some((name) => params.has(name))) {
      const next = new URLSearchParams(params);
      for (const name of RETURN_PARAMS) next.delete(name);
      setParams(next, { replace: true });
    }
  }, [params, setParams]);

  if (!outcome) return null;
  if (outcome.kind === 'completing')
    return (
      <div className="notice" role="status">
        <p>Finishing the connection with Stripe…</p>
      </div>
    );
  return (
    <div
      className={outcome.kind === 'connected' ? 'notice notice-good' : 'notice notice-bad'}
      role={outcome.kind === 'connected' ? 'status' : 'alert'}
    >
      <p>
        {outcome.kind === 'connected'
          ? `Stripe is connected.${importing ? ' Your first import has started.' : ''}`
          : outcome.message}
      </p>
      <button type="button" className="link-button" onClick={() => setOutcome(null)}>
        Dismiss
      </button>
    </div>
  );
}
