import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { useExternalNavigate } from '../../../app/external-navigation.js';
import { useSignedIn } from '../../../auth/session.js';
import { ErrorNotice } from '../../../ui/States.js';
import { fetchAuthorizeUrl } from './authorize-link.js';

interface Props {
  label: string;
  primary?: boolean;
}

function Attempt({
  label,
  primary = true,
  started,
  restart,
}: Props & { started: boolean; restart: (start: boolean) => void }) {
  const [requested, setRequested] = useState(started);
  const [error, setError] = useState<CombinedError | null>(null);
  const navigate = useExternalNavigate();
  const { token } = useSignedIn();

  // One request per attempt, even when effects run twice: each answer sets the cookie.
  const asked = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (!requested || asked.current) return;
    asked.current = true;
    fetchAuthorizeUrl(token).then(
      (url) => mounted.current && navigate(url),
      (failure: CombinedError) => mounted.current && setError(failure),
    );
  }, [requested, token, navigate]);

  // Coming back with the browser's Back button restores this page as it was left.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) restart(false);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [restart]);

  const busy = requested && !error;
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        disabled={busy}
        aria-busy={busy}
        onClick={() => setRequested(true)}
      >
        {busy ? 'Opening Stripe…' : label}
      </button>
      {error && (
        <ErrorNotice
          error={error}
          title="Stripe could not be opened."
          onRetry={() => restart(true)}
        />
      )}
    </>
  );
}

/**
 * Starts Stripe's OAuth flow: fetches a fresh authorize URL bound to this browser (its state
 * is single-use, so never from a cache) and sends the browser there. Stripe brings it back
 * to this page.
 * Each attempt is a fresh component, so an old URL is never reused.
 */
export function ConnectButton(props: Props) {
  const [attempt, setAttempt] = useState({ count: 0, started: false });
  const restart = useCallback(
    (started: boolean) => setAttempt((previous) => ({ count: previous.count + 1, started })),
    [],
  );
  return <Attempt key={attempt.count} {...props} started={attempt.started} restart={restart} />;
}
