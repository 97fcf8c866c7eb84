import { Navigate, Route, Routes } from 'react-router';
import { ConnectionDetailPage } from './ConnectionDetailPage.js';
import { ConnectionsPage } from './ConnectionsPage.js';
import { OverviewPage } from './OverviewPage.js';
import { SyncRunsPage } from './SyncRunsPage.js';

/** The support console's pages under `/support`. Lazy-loaded: users never download it. */
export default function SupportConsole() {
  return (
    <Routes>
      <Route index element={<Navigate to="connections" replace />} />
      <Route path="connections" element={<ConnectionsPage />} />
      <Route path="connections/:userId" element={<ConnectionDetailPage />} />
      <Route path="runs" element={<SyncRunsPage />} />
      <Route path="overview" element={<OverviewPage />} />
      <Route path="*" element={<Navigate to="connections" replace />} />
    </Routes>
  );
}
