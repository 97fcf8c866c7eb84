import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useSession, useSignedIn } from '../auth/session.js';
import { createApiClient, type ApiClient } from './client.js';

const ENDED = 'Your session has ended or the token was refused. Sign in again.';

/** Gives the pages a urql client bound to the signed-in token; a refused token signs out. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { token } = useSignedIn();
  const { signOut } = useSession();
  const api = useMemo(
    () => createApiClient({ token, onUnauthenticated: () => signOut(ENDED) }),
    [token, signOut],
  );

  // Closes the previous token's WebSocket once a new client takes over.
  const previous = useRef<ApiClient | null>(null);
  useEffect(() => {
    if (previous.current && previous.current !== api) previous.current.dispose();
    previous.current = api;
  }, [api]);

  return <Provider value={api.client}>{children}</Provider>;
}
