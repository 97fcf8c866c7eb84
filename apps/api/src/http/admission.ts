import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Identity, IdentityVerifier } from '../auth/identity.js';
import type { AdmissionConfig } from '../config/config.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { Counter } from 'prom-client';
import { ConcurrencyLimit, Overloaded, type Release } from './concurrency-limit.js';
import { LoopLag } from './loop-lag.js';
import { RateLimit } from './rate-limit.js';
import { currentRequestId } from './request-scope.js';

/** A refusal the caller should retry after `retryAfterSeconds`: RATE_LIMITED or SERVICE_UNAVAILABLE. */
export class RetryLater extends AppError {
  constructor(
    code: typeof ErrorCode.RATE_LIMITED | typeof ErrorCode.SERVICE_UNAVAILABLE,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }

  override publicExtensions(): Record<string, unknown> {
    return { code: this.code, retryAfterSeconds: this.retryAfterSeconds };
  }

  /** The error as GraphQL sends it, `extensions.retryAfterSeconds` included. */
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { ...this.publicExtensions(), requestId: currentRequestId() ?? 'none' },
    });
  }
}

export type Transport = 'http' | 'ws';

/** Where refusals are counted (the monitoring module's metrics). */
export interface AdmissionCounters {
  rateLimited: Counter<'transport'>;
  shed: Counter<'transport' | 'reason'>;
}

/** The key an operation counts against: the verified user, else the client's address. */
export function identityKey(identity: Identity | null, address: string | undefined): string {
  return identity === null ? `ip:${address ?? 'unknown'}` : `user:${identity.userId}`;
}

const SHED_RETRY_AFTER_SECONDS = 1;

/**
 * Who may start an operation now, the same on every transport: a per-identity rate limit,
 * then a bounded number of operations executing at once with a bounded queue. Past either,
 * the operation is refused at once with a `RetryLater`.
 */
export class Admission {
  readonly rateLimit: RateLimit;
  readonly executions: ConcurrencyLimit;
  readonly loopLag = new LoopLag();
  private readonly maxLoopLagMs: number;

  constructor(
    config: AdmissionConfig,
    private readonly identity: IdentityVerifier,
    private readonly metrics: AdmissionCounters,
  ) {
    this.rateLimit = new RateLimit(config.rateLimit.limit, config.rateLimit.windowSeconds);
    this.executions = new ConcurrencyLimit(
      config.maxConcurrency,
      config.maxQueue,
      config.maxQueueWaitMs,
    );
    this.maxLoopLagMs = config.maxEventLoopDelayMs;
  }

  /**
   * Operations are executing or waiting for a slot, or the event loop runs late: background
   * work (a sync's next page) waits a moment.
   */
  busy(): boolean {
    const { active, queued } = this.executions.load;
    return active + queued > 0 || this.loopLag.ms > this.maxLoopLagMs / 2;
  }

  /** Stops watching the event loop. */
  close(): void {
    this.loopLag.stop();
  }

  /** Counts one operation for `key`; throws RATE_LIMITED past the limit. */
  checkRate(key: string, transport: Transport): void {
    const decision = this.rateLimit.check(key);
    if (decision.allowed) return;
    this.metrics.rateLimited.inc({ transport });
    throw new RetryLater(
      ErrorCode.RATE_LIMITED,
      `Too many operations; retry in ${decision.retryAfterSeconds} s`,
      decision.retryAfterSeconds,
    );
  }

  /**
   * An execution slot, at once or after a short bounded wait; throws SERVICE_UNAVAILABLE
   * when the server is saturated (slots and queue taken, or the event loop running late). Call the returned function when the operation is done.
   */
  async enter(transport: Transport): Promise<Release> {
    try {
      // One operation always runs, so a late loop slows the service down but never stops it.
      if (this.executions.load.active > 0 && this.loopLag.ms > this.maxLoopLagMs)
        throw new Overloaded('event_loop');
      return await this.executions.acquire();
    } catch (error) {
      if (!(error instanceof Overloaded)) throw error;
      this.metrics.shed.inc({ transport, reason: error.reason });
      throw new RetryLater(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The server is busy; retry shortly',
        SHED_RETRY_AFTER_SECONDS,
      );
    }
  }

  /** Rate limit, then an execution slot: what every operation passes through. */
  async admit(key: string, transport: Transport): Promise<Release> {
    this.checkRate(key, transport);
    return this.enter(transport);
  }

  /** Express middleware in front of `/graphql`: refusals answer as GraphQL errors. */
  graphql(): RequestHandler {
    return this.middleware((res, error) => {
      res.status(error.httpStatus).json({ errors: [error.toGraphQLError().toJSON()] });
    });
  }

  /** Express middleware in front of the REST routes, except those named in `exempt`. */
  rest(exempt: readonly string[]): RequestHandler {
    const handler = this.middleware((res, error) => {
      res.status(error.httpStatus).json({
        error: { code: error.code, message: error.message, requestId: currentRequestId() },
      });
    });
    return (req, res, next) => {
      if (exempt.includes(req.path)) next();
      else handler(req, res, next);
    };
  }

  private middleware(send: (res: Response, error: RetryLater) => void): RequestHandler {
    return (req, res, next) => {
      this.keyOf(req)
        .then((key) => this.admit(key, 'http'))
        .then(
          (release) => {
            // A client that left while its request waited for a slot gets no 'close' any more.
            if (res.closed) return release();
            res.once('close', release);
            next();
          },
          (error: unknown) => {
            if (!(error instanceof RetryLater)) return next(error);
            res.setHeader('retry-after', String(error.retryAfterSeconds));
            send(res, error);
          },
        );
    };
  }

  private async keyOf(req: Request): Promise<string> {
    const header = req.headers.authorization;
    const identity =
      header === undefined || header === ''
        ? null
        : await this.identity.fromRequest(req).catch(() => null);
    return identityKey(identity, req.socket.remoteAddress);
  }
}
