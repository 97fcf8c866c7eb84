import type { ReactNode } from 'react';
import { useSession } from './session.js';
import { SignInPage } from './SignInPage.js';

/** Shows the sign-in screen until there is a session, then the children. */
export function SignedInGate({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session ? children : <SignInPage />;
}
