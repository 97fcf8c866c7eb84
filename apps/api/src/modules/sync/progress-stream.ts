import { Repeater } from '@graphql-yoga/subscription';
import { SyncRunRepository, SyncStatus, type SyncRunEntity } from '@cora/db';
import type { SyncProgressEvent } from '../../pubsub/pubsub.js';
import { notFound } from '../../errors/app-error.js';
import { idArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';

function snapshot(run: SyncRunEntity, userId: string): SyncProgressEvent {
  return {
    runId: run.id,
    connectionId: run.connection.id,
    userId,
    status: run.status,
    pagesFetched: run.pages,
    fetchedCount: run.fetched,
    insertedCount: run.inserted,
    updatedCount: run.updated,
    chargesPerSecond: null,
    done: run.status !== SyncStatus.RUNNING,
    errorCode: run.errorCode ?? null,
    errorMessage: run.errorMessage ?? null,
  };
}

/**
 * Progress of one run (its owner or support only; anyone else learns nothing, not even that
 * it exists), starting with its current state and ending after `done`; without a run id,
 * every run of the caller's connection from now on.
 */
export async function progressStream(
  ctx: GraphQLContext,
  runId: string | null | undefined,
): Promise<AsyncIterable<SyncProgressEvent>> {
  const caller = callerOf(ctx);
  const live = ctx.pubSub.subscribe('SYNC_PROGRESS');
  if (runId === null || runId === undefined) {
    return filterStream(live, (event) => event.userId === caller.userId, false, null);
  }
  const run = await new SyncRunRepository(ctx.em).findById(idArg(runId, 'runId'));
  const owner =
    run === null
      ? null
      : await ctx.em.populate(run, ['connection']).then((r) => r.connection.getEntity().userId);
  if (run === null || (owner !== caller.userId && caller.role !== 'support')) {
    await live.return?.();
    throw notFound('No such sync run');
  }
  return filterStream(
    live,
    (event) => event.runId === run.id,
    true,
    snapshot(run, owner ?? caller.userId),
  );
}

function filterStream(
  source: AsyncIterableIterator<SyncProgressEvent>,
  keep: (event: SyncProgressEvent) => boolean,
  endWhenDone: boolean,
  first: SyncProgressEvent | null,
): AsyncIterable<SyncProgressEvent> {
  return new Repeater<SyncProgressEvent>(async (push, stop) => {
    void stop.then(() => source.return?.());
    // The snapshot may be newer than events already queued: never go backwards.
    let pages = first?.pagesFetched ?? 0;
    if (first !== null) {
      await push(first);
      if (first.done && endWhenDone) {
        stop();
        return;
      }
    }
    for await (const event of { [Symbol.asyncIterator]: () => source }) {
      if (!keep(event) || (endWhenDone && !event.done && event.pagesFetched < pages)) continue;
      pages = event.pagesFetched;
      await push(event);
      if (event.done && endWhenDone) break;
    }
    stop();
  });
}
