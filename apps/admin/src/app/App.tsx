import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/session.js';
import { SignedInGate } from '../auth/SignedInGate.js';
import { ApiProvider } from '../graphql/ApiProvider.js';
import { AppRoutes } from './AppRoutes.js';

/** The whole app: identity from the token, then the pages its role allows. */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <SignedInGate>
          <ApiProvider>
            <AppRoutes />
          </ApiProvider>
        </SignedInGate>
      </BrowserRouter>
    </SessionProvider>
  );
}
