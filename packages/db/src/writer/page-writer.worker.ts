/**
 * The page writer's thread: its own ORM on the same database, writing the pages the main
 * thread posts ({@link ThreadPageWriter}), concurrently as they arrive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createOrm } from '../orm.js';
import { InlinePageWriter } from './page-writer.js';
import { toWireError, type WorkerReply, type WorkerRequest } from './thread-wire.js';

const port = parentPort;
if (port === null) throw new Error('page-writer.worker runs only as a worker thread');
const { databaseUrl } = workerData as { databaseUrl: string };
const orm = await createOrm({ databaseUrl });
const writer = new InlinePageWriter(() => orm.em.fork());
const pending = new Set<Promise<unknown>>();

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    void Promise.allSettled([...pending])
      .then(() => orm.close())
      .then(() => port.postMessage({ id: request.id, closed: true } satisfies WorkerReply));
    return;
  }
  const write = (writer[request.kind] as (input: unknown) => Promise<unknown>).call(
    writer,
    request.input,
  );
  pending.add(write);
  write
    .then(
      (result) => port.postMessage({ id: request.id, result } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({ id: request.id, error: toWireError(error) } satisfies WorkerReply),
    )
    .finally(() => pending.delete(write));
});
