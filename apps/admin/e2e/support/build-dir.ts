import { fileURLToPath } from 'node:url';

/** Where the browser tests build the app, fresh on every run, as production builds it. */
export const E2E_DIST = fileURLToPath(new URL('../../artifacts/e2e-build/dist', import.meta.url));
