import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  clearToken,
  readToken,
  storeToken,
  takeToken,
  type Session,
  type TokenProblem,
} from './token.js';

/** The signed-in person (if any), why the last sign-in ended, and the two ways to change it. */
export interface SessionState {
  session: Session | null;
  notice: string | null;
  signIn: (raw: string) => TokenProblem | null;
  signOut: (notice?: string) => void;
}

const SessionContext = createContext<SessionState | null>(null);

const PROBLEM_NOTICE: Record<TokenProblem, string> = {
  malformed: 'That token could not be read. Paste the whole token CORA gave you.',
  expired: 'Your session has expired. Paste a new token or open a fresh link.',
};

function initialState(): { session: Session | null; notice: string | null } {
  const token = takeToken();
  if (token === null) return { session: null, notice: null };
  const reading = readToken(token);
  if ('session' in reading) return { session: reading.session, notice: null };
  clearToken();
  return { session: null, notice: PROBLEM_NOTICE[reading.problem] };
}

/** Holds the session; by default it starts from `?token=` or this tab's storage. */
export function SessionProvider({ children, initial }: { children: ReactNode; initial?: Session }) {
  const [state, setState] = useState(() =>
    initial ? { session: initial, notice: null } : initialState(),
  );

  const signIn = useCallback((raw: string): TokenProblem | null => {
    const reading = readToken(raw);
    if ('problem' in reading) return reading.problem;
    storeToken(reading.session.token);
    setState({ session: reading.session, notice: null });
    return null;
  }, []);

  const signOut = useCallback((notice?: string) => {
    clearToken();
    setState({ session: null, notice: notice ?? null });
  }, []);

  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The current session state; only inside a SessionProvider. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs a SessionProvider');
  return state;
}

/** The signed-in session; only below the sign-in gate. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn needs a signed-in session');
  return session;
}

/** The sign-in screen's words for a token problem. */
export function problemNotice(problem: TokenProblem): string {
  return PROBLEM_NOTICE[problem];
}
