import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useExternalNavigate } from '../../../app/external-navigation.js';
import { ErrorNotice } from '../../../ui/States.js';
import { AuthorizeUrlQuery } from './connection.documents.js';

/**
 * Starts Stripe's OAuth flow: fetches a fresh authorize URL (its state is single-use, so
 * never from the cache) and sends the browser there. Stripe brings it back to this page.
 */
export function ConnectButton({ label, primary = true }: { label: string; primary?: boolean }) {
  const [requested, setRequested] = useState(false);
  const navigate = useExternalNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: AuthorizeUrlQuery,
    pause: !requested,
    requestPolicy: 'network-only',
  });
  const url = requested ? data?.stripeAuthorizeUrl : undefined;

  useEffect(() => {
    if (url) navigate(url);
  }, [url, navigate]);

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
        {busy && (fetching || url) ? 'Opening Stripe…' : label}
      </button>
      {requested && error && (
        <ErrorNotice error={error} title="Stripe could not be opened." onRetry={() => setRequested(false)} />
      )}
    </>
  );
}
