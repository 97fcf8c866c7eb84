import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSignedIn } from '../auth/session.js';
import { IntegrationPage } from '../features/integration/IntegrationPage.js';
import { ErrorBoundary } from '../ui/ErrorBoundary.js';
import { Loading } from '../ui/States.js';
import { Shell } from './Shell.js';

const SupportConsole = lazy(() => import('../features/support/SupportConsole.js'));

/** The role picks the pages: users get their integration page, support the console. */
export function AppRoutes() {
  const { role } = useSignedIn();
  return (
    <Shell>
      <ErrorBoundary
        fallback={<p className="state">This page could not be loaded. Reload to try again.</p>}
      >
        <Suspense fallback={<Loading label="Loading…" />}>
          {role === 'support' ? (
            <Routes>
              <Route path="/support/*" element={<SupportConsole />} />
              <Route path="*" element={<Navigate to="/support/connections" replace />} />
            </Routes>
          ) : (
            <Routes>
              <Route path="/integrations/stripe" element={<IntegrationPage />} />
              <Route path="*" element={<Navigate to="/integrations/stripe" replace />} />
            </Routes>
          )}
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}
