import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { oauthReturnMessage } from './error-advice.js';

type Outcome = { kind: 'connected' } | { kind: 'error'; message: string } | null;

/**
 * Says how the trip to Stripe ended (`?connected=1` or `?error=<code>`), then tidies the
 * address bar so a reload does not repeat the message.
 */
export function OAuthReturnNotice() {
  const [params, setParams] = useSearchParams();
  const [outcome, setOutcome] = useState<Outcome>(() => {
    const error = params.get('error');
    if (error) return { kind: 'error', message: oauthReturnMessage(error) };
    return params.get('connected') === '1' ? { kind: 'connected' } : null;
  });

  useEffect(() => {
    if (params.has('connected') || params.has('error')) {
      const next = new URLSearchParams(params);
      next.delete('connected');
      next.delete('error');
      setParams(next, { replace: true });
    }
  }, [params, setParams]);

  if (!outcome) return null;
  return (
    <div
      className={outcome.kind === 'connected' ? 'notice notice-good' : 'notice notice-bad'}
      role={outcome.kind === 'connected' ? 'status' : 'alert'}
    >
      <p>
        {outcome.kind === 'connected'
          ? 'Stripe is connected. Your first import has started.'
          : outcome.message}
      </p>
      <button type="button" className="link-button" onClick={() => setOutcome(null)}>
        Dismiss
      </button>
    </div>
  );
}
