import { fileURLToPath } from 'node:url';

/** The repository's `./data` folder, wherever the command was started from. */
export const REPO_DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));
