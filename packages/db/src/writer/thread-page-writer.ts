import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { UpsertCounts, UpsertPageInput } from '../repositories/transaction.types.js';
import type {
  BooksPageInput,
  PageWriteKind,
  PageWriter,
  PayoutEntriesInput,
} from './page-writer.js';
import { fromWireError, type WorkerReply, type WorkerRequest } from './thread-wire.js';

// The compiled worker beside this module; from the sources (this package's own tests), the
// built one.
function workerFile(): URL {
  const beside = new URL('./page-writer.worker.js', import.meta.url);
  return existsSync(beside)
    ? beside
    : new URL('../../dist/writer/page-writer.worker.js', import.meta.url);
}

// A page is a few hundred rows: a small young generation keeps the thread's memory low, and
// its old generation never holds more than the ORM and the pages in flight.
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };

interface Call {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Writes the pages on a worker thread with its own connection to the database, so the
 * statements, the commits and SQLite's checkpoints run beside the thread that reads Stripe
 * and serves requests. The thread starts with the first page; if it dies, the calls in flight
 * fail (their pages were not committed, or were and are written again idempotently) and the
 * next call starts another.
 */
export class ThreadPageWriter implements PageWriter {
  private worker: Worker | null = null;
  private readonly calls = new Map<number, Call>();
  private nextId = 1;

  constructor(private readonly databaseUrl: string) {}

  charges(page: UpsertPageInput): Promise<UpsertCounts> {
    return this.call('charges', page) as Promise<UpsertCounts>;
  }

  async books(page: BooksPageInput): Promise<void> {
    await this.call('books', page);
  }

  async payoutEntries(page: PayoutEntriesInput): Promise<void> {
    await this.call('payoutEntries', page);
  }

  /** Lets the pages in flight finish, closes the thread's connection and ends the thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === null) return;
    await this.post(worker, { id: this.nextId++, kind: 'close' }).catch(() => undefined);
    this.worker = null;
    await worker.terminate();
  }

  private call(kind: PageWriteKind, input: unknown): Promise<unknown> {
    return this.post(this.started(), { id: this.nextId++, kind, input });
  }

  private post(worker: Worker, request: WorkerRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      // A thread with a page in flight keeps the process alive; an idle one does not.
      if (this.calls.size === 0) worker.ref();
      this.calls.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(workerFile(), {
      workerData: { databaseUrl: this.databaseUrl },
      resourceLimits: WORKER_HEAP,
    });
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    const stopped = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const call of this.calls.values()) call.reject(error);
      this.calls.clear();
    };
    worker.on('error', (error) => stopped(new Error(`The page writer failed: ${error.message}`)));
    worker.on('exit', (code) => stopped(new Error(`The page writer stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const call = this.calls.get(reply.id);
    if (call === undefined) return;
    this.calls.delete(reply.id);
    if (this.calls.size === 0) this.worker?.unref();
    if ('error' in reply) call.reject(fromWireError(reply.error));
    else call.resolve('result' in reply ? reply.result : undefined);
  }
}
