import { currencyIndex } from '../data/currencies.js';
import { generateHistory } from '../data/generate.js';
import { base62 } from '../util/ids.js';
import { hash32 } from '../util/rng.js';
import type { Clock } from '../util/clock.js';
import { Account } from './account.js';
import { EventLog } from './event-log.js';

const BUSINESS_NAMES = [
  'Rosen Ceramics',
  'Blue Door Café',
  'Northwind Consulting',
  'Maple Street Yoga',
  'Atelier Souza',
  'Kobe Print Studio',
  'Fjord Bikes',
  'Al-Sabah Trading',
];

/** What a new account looks like. */
export interface NewAccount {
  /** Generated charges (default 0). */
  charges?: number;
  seed?: number;
  /** Settlement currency, e.g. `usd` (default), `eur`, `jpy`, `kwd`. */
  currency?: string;
  livemode?: boolean;
  businessName?: string;
  /** Spread of the generated charges in days (default 90). */
  days?: number;
  /** Days until a charge's funds become available, the payout schedule's `delay_days` (default 2). */
  delayDays?: number;
  /**
   * Sandbox time (Unix seconds) the account and its history are made at (default: now). With
   * the same seed, creation order and time, an account comes back with the same ids and
   * history: how a restarted sandbox re-creates the accounts of an earlier run.
   */
  createdAt?: number;
}

/** How an account was made: enough to make it again, as it was. */
export type AccountRecipe = NewAccount & { id: string; createdAt: number };

/** Every account of the sandbox, by id and by number, plus the shared event log. */
export class Accounts {
  private readonly list: Account[] = [];
  private readonly byId = new Map<string, Account>();
  readonly events = new EventLog();
  /** Told of every account made from now on (the platforms' own accounts come first). */
  onCreate: ((recipe: AccountRecipe) => void) | null = null;

  constructor(
    readonly clock: Clock,
    private readonly seed: number,
  ) {}

  create(options: NewAccount = {}): Account {
    const no = this.list.length;
    // Ids carry the account number in three base62 digits.
    if (no >= 62 ** 3) throw new RangeError('The sandbox holds at most 238,328 accounts');
    const mix = (salt: number): number => hash32(this.seed, no, salt) % 62 ** 5;
    const id = `acct_1${base62(no, 3)}${base62(mix(1), 5)}${base62(mix(2), 5)}${base62(mix(3) % 3844, 2)}`;
    const currency = currencyIndex(options.currency ?? 'usd');
    if (currency < 0) throw new RangeError(`Unknown currency: ${options.currency ?? ''}`);
    const account = new Account({
      no,
      id,
      livemode: options.livemode ?? false,
      currency,
      delayDays: options.delayDays ?? 2,
      businessName:
        options.businessName ?? BUSINESS_NAMES[no % BUSINESS_NAMES.length] ?? 'Sandbox Shop',
      country: 'US',
      fxSeed: this.seed,
    });
    const createdAt = options.createdAt ?? this.clock.now();
    account.ledger.through = createdAt;
    this.list.push(account);
    this.byId.set(id, account);
    const charges = options.charges ?? 0;
    if (charges > 0) {
      generateHistory(account, {
        charges,
        seed: options.seed ?? hash32(this.seed, no, 0xacc7),
        now: createdAt,
        ...(options.days === undefined ? {} : { days: options.days }),
      });
    }
    this.onCreate?.({ ...options, id, createdAt });
    return account;
  }

  get(id: string): Account | undefined {
    return this.byId.get(id);
  }

  byNo(no: number): Account | undefined {
    return this.list[no];
  }

  all(): readonly Account[] {
    return this.list;
  }
}
