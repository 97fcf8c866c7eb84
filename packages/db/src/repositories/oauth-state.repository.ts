import type { SqlEntityManager } from '@mikro-orm/knex';
import { OAuthState, type OAuthStateEntity } from '../entities/oauth-state.entity.js';
import type { OAuthFlavor } from '../enums.js';

/** Single-use OAuth states, stored only as hashes. */
export class OAuthStateRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Stores a new state hash for the user. */
  async create(input: {
    stateHash: string;
    userId: string;
    flavor: OAuthFlavor;
    expiresAt: Date;
    /** The hash of the cookie of the browser that starts the flow, if one does. */
    browserBindingHash?: string | null;
  }): Promise<OAuthStateEntity> {
    const state = this.em.create(OAuthState, input);
    await this.em.flush();
    return state;
  }

  /**
   * Marks the state used and returns it, if it exists, is unused and not expired; null
   * otherwise. The conditional update makes a replayed state lose even under a race.
   */
  async consume(stateHash: string, now: Date = new Date()): Promise<OAuthStateEntity | null> {
    const changed = await this.em.nativeUpdate(
      OAuthState,
      { stateHash, usedAt: null, expiresAt: { $gt: now } },
      { usedAt: now },
    );
    if (changed !== 1) return null;
    return this.em.findOne(OAuthState, { stateHash }, { refresh: true });
  }

  /**
   * Like `consume`, but only for the browser the state is bound to: a state without a
   * binding, or bound to another browser, is left as it was (null).
   */
  async consumeBound(
    stateHash: string,
    browserBindingHash: string,
    now: Date = new Date(),
  ): Promise<OAuthStateEntity | null> {
    const changed = await this.em.nativeUpdate(
      OAuthState,
      { stateHash, browserBindingHash, usedAt: null, expiresAt: { $gt: now } },
      { usedAt: now },
    );
    if (changed !== 1) return null;
    return this.em.findOne(OAuthState, { stateHash }, { refresh: true });
  }

  /** The state if it is still usable (exists, unused, unexpired), without using it. */
  async findLive(stateHash: string, now: Date = new Date()): Promise<OAuthStateEntity | null> {
    return this.em.findOne(
      OAuthState,
      { stateHash, usedAt: null, expiresAt: { $gt: now } },
      { refresh: true },
    );
  }

  /** Deletes states that expired before `before`; returns how many. */
  async purgeExpired(before: Date): Promise<number> {
    return this.em.nativeDelete(OAuthState, { expiresAt: { $lt: before } });
  }
}
