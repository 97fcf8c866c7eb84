import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { OAuthFlavor, OAuthStateRepository } from '@cora/db';
import { AppError, ErrorCode } from '../../errors/app-error.js';

const STATE_TTL_MS = 10 * 60 * 1000;
/** How long the browser-binding cookie lives: as long as the state. */
export const STATE_TTL_SECONDS = STATE_TTL_MS / 1000;

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
const SECRET_SHAPE = /^[\w-]{20,100}$/;

/** Who may finish a flow at the callback: the state's user, or a browser that is not theirs. */
export type BrowserCheck = { kind: 'this-browser'; userId: string } | { kind: 'other-browser' };

/**
 * OAuth `state`: 256 random bits, stored only as a hash, bound to one user, usable once
 * within ten minutes. A state may also be bound to the browser that started the flow, by
 * the hash of a second random value that only that browser holds (in a cookie).
 */
export class OAuthStateService {
  constructor(private readonly flavor: 'connect' | 'apps') {}

  /** A new state for the user; with `browserSecret`, bound to the browser that holds it. */
  async issue(em: SqlEntityManager, userId: string, browserSecret?: string): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    await new OAuthStateRepository(em).create({
      stateHash: sha256(state),
      userId,
      flavor: this.storedFlavor(),
      expiresAt: new Date(Date.now() + STATE_TTL_MS),
      browserBindingHash: browserSecret === undefined ? null : sha256(browserSecret),
    });
    return state;
  }

  /**
   * Marks the state used (atomically) and returns whose it was. A forged, expired, replayed
   * or (when `expectedUserId` is given) another user's state is refused.
   */
  async consume(em: SqlEntityManager, state: string, expectedUserId?: string): Promise<string> {
    if (!SECRET_SHAPE.test(state)) throw invalidState();
    const consumed = await new OAuthStateRepository(em).consume(sha256(state), new Date());
    // A state presented by someone else is burnt as well: whoever leaked it starts over.
    if (consumed === null || (consumed.flavor as string) !== this.flavor) throw invalidState();
    if (expectedUserId !== undefined && consumed.userId !== expectedUserId) throw invalidState();
    return consumed.userId;
  }

  /**
   * At the callback, where no user is signed in: uses the state only if `browserSecret` is
   * the one it was bound to. Any other browser (no cookie, another cookie, a state never
   * bound) gets `other-browser` and the state stays usable, by its user only, through
   * `consume` with their identity. A forged, expired or used state is refused.
   */
  async consumeInBrowser(
    em: SqlEntityManager,
    state: string,
    browserSecret: string | undefined,
  ): Promise<BrowserCheck> {
    if (!SECRET_SHAPE.test(state)) throw invalidState();
    const repository = new OAuthStateRepository(em);
    const now = new Date();
    if (browserSecret !== undefined && SECRET_SHAPE.test(browserSecret)) {
      const consumed = await repository.consumeBound(sha256(state), sha256(browserSecret), now);
      if (consumed !== null) {
        if ((consumed.flavor as string) !== this.flavor) throw invalidState();
        return { kind: 'this-browser', userId: consumed.userId };
      }
    }
    const live = await repository.findLive(sha256(state), now);
    if (live === null || (live.flavor as string) !== this.flavor) throw invalidState();
    return { kind: 'other-browser' };
  }

  private storedFlavor(): OAuthFlavor {
    return this.flavor === 'apps' ? OAuthFlavor.APPS : OAuthFlavor.CONNECT;
  }
}

function invalidState(): AppError {
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    'The authorization request is invalid or expired; start connecting again',
  );
}

/** A fresh browser-binding secret, for the cookie. */
export function newBrowserSecret(): string {
  return randomBytes(32).toString('base64url');
}
