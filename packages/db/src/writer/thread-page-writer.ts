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
/** One thread and the calls waiting for its answers. */
interface Thread {
  worker: Worker;
  calls: Map<number, Call>;
}

export class ThreadPageWriter implements PageWriter {
  private thread: Thread | null = null;
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
    const thread = this.thread;
    if (thread === null) return;
    await this.post(thread, { id: this.nextId++, kind: 'close' }).catch(() => undefined);
    this.thread = null;
    await thread.worker.terminate();
  }

  private call(kind: PageWriteKind, input: unknown): Promise<unknown> {
    return this.post(this.started(), { id: this.nextId++, kind, input });
  }

  private post(thread: Thread, request: WorkerRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      // A thread with a page in flight keeps the process alive; an idle one does not.
      if (thread.calls.size === 0) thread.worker.ref();
      thread.calls.set(request.id, { resolve, reject });
      thread.worker.postMessage(request);
    });
  }

  private started(): Thread {
    if (this.thread !== null) return this.thread;
    const worker = new Worker(workerFile(), {
      workerData: { databaseUrl: this.databaseUrl },
      resourceLimits: WORKER_HEAP,
    });
    const thread: Thread = { worker, calls: new Map() };
    worker.on('message', (reply: WorkerReply) => settle(thread, reply));
    // Only this thread's calls fail with it; the next call starts another thread.
    const stopped = (error: Error): void => {
      if (this.thread === thread) this.thread = null;
      for (const call of thread.calls.values()) call.reject(error);
      thread.calls.clear();
    };
    worker.on('error', (error) => stopped(new Error(`The page writer failed: ${error.message}`)));
    worker.on('exit', (code) => stopped(new Error(`The page writer stopped (exit code ${code})`)));
    this.thread = thread;
    return thread;
  }
}

function settle(thread: Thread, reply: WorkerReply): void {
  const call = thread.calls.get(reply.id);
  if (call === undefined) return;
  thread.calls.delete(reply.id);
  if (thread.calls.size === 0) thread.worker.unref();
  if ('error' in reply) call.reject(fromWireError(reply.error));
  else call.resolve('result' in reply ? reply.result : undefined);
}
