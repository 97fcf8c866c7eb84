import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { AppRoutes } from '../../src/app/AppRoutes.js';
import { ExternalNavigationProvider } from '../../src/app/external-navigation.js';
import { SessionProvider } from '../../src/auth/session.js';
import { SignedInGate } from '../../src/auth/SignedInGate.js';
import type { Role } from '../../src/auth/token.js';
import { fakeClient, type Call, type Responders } from './fake-client.js';

/** The rendered app, the operations it sent, and the URLs it tried to leave for. */
export interface Rendered extends RenderResult {
  calls: Call[];
  leftFor: string[];
}

/** Renders the real routes for a signed-in role at `path`, over a fake urql client. */
export function renderApp(options: {
  path: string;
  role?: Role;
  responders: Responders;
}): Rendered {
  const { client, calls } = fakeClient(options.responders);
  const leftFor: string[] = [];
  const role = options.role ?? 'user';
  const session = {
    token: 'header.payload.signature',
    userId: role === 'support' ? 'support-1' : 'user-1',
    role,
  };
  const rendered = render(
    <SessionProvider initial={session}>
      <ExternalNavigationProvider value={(url) => leftFor.push(url)}>
        <MemoryRouter initialEntries={[options.path]}>
          <SignedInGate>
            <Provider value={client}>
              <AppRoutes />
            </Provider>
          </SignedInGate>
        </MemoryRouter>
      </ExternalNavigationProvider>
    </SessionProvider>,
  );
  return { ...rendered, calls, leftFor };
}

/** The session gate alone, starting from the address bar and storage like the app does. */
export function renderSignedOut(): RenderResult {
  return render(
    <SessionProvider>
      <SignedInGate>
        <p>signed in</p>
      </SignedInGate>
    </SessionProvider>,
  );
}
