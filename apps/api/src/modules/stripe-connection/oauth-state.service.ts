import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { OAuthFlavor, OAuthStateRepository } from '@cora/db';
import { AppError, ErrorCode } from '../../errors/app-error.js';

const STATE_TTL_MS = 10 * 60 * 1000;

const hashState = (state: string): string => createHash('sha256').update(state).digest('hex');

/**
 * OAuth `state`: 256 random bits, stored only as a hash, bound to one user, usable once
 * within ten minutes.
 */
export class OAuthStateService {
  constructor(private readonly flavor: 'connect' | 'apps') {}

  async issue(em: SqlEntityManager, userId: string): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    await new OAuthStateRepository(em).create({
      stateHash: hashState(state),
      userId,
      flavor: this.flavor === 'apps' ? OAuthFlavor.APPS : OAuthFlavor.CONNECT,
      expiresAt: new Date(Date.now() + STATE_TTL_MS),
    });
    return state;
  }

  /**
   * Marks the state used (atomically) and returns whose it was. A forged, expired, replayed
   * or (when `expectedUserId` is given) another user's state is refused.
   */
  async consume(em: SqlEntityManager, state: string, expectedUserId?: string): Promise<string> {
    const invalid = new AppError(
      ErrorCode.BAD_USER_INPUT,
      'The authorization request is invalid or expired; start connecting again',
    );
    if (!/^[\w-]{20,100}$/.test(state)) throw invalid;
    const consumed = await new OAuthStateRepository(em).consume(hashState(state), new Date());
    // A state presented by someone else is burnt as well: whoever leaked it starts over.
    if (consumed === null || (consumed.flavor as string) !== this.flavor) throw invalid;
    if (expectedUserId !== undefined && consumed.userId !== expectedUserId) throw invalid;
    return consumed.userId;
  }
}
