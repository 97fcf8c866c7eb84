import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// From apps/api/{src,dist}/config/ to apps/admin/dist/.
const BUILT_ADMIN_DIST = fileURLToPath(new URL('../../../admin/dist/', import.meta.url));

/** The console built in this checkout (`npm run build`), when there is one. */
export function builtAdminDist(): string | undefined {
  return existsSync(`${BUILT_ADMIN_DIST}index.html`) ? BUILT_ADMIN_DIST : undefined;
}
