import type { EntityManager } from '@plexus/db';
import { onEventsRecorded } from '@plexus/events';
import { catchUpProjections } from '../projection/event-projection.ts';
import { ExceptionFeed, registerFeed } from './exception-feed.ts';
import { exceptionProjection } from './exception.projection.ts';
import { sweepExceptions } from './exception.sweep.ts';

/** How long a woken catch-up waits for the writer's transaction (and any older one) to end before leaving its events to the next poll. */
const commitWaitMs = 5_000;
/** When the catch-ups of one wake-up run after it. */
const settleDelaysMs = [0, 200, 1000];

export interface ExceptionWatch {
  readonly feed: ExceptionFeed;
  /** Applies every event committed before the call and sweeps now (tests, the stack's drain); returns the events applied. */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Keeps the inbox current beside analytics' GraphQL server: the exceptions
 * projection polls the stream at `intervalMs` and is woken at once when
 * this process writes an event of its types (every system of `npm start`
 * shares one process, so the 2 s from event to browser do not wait for a
 * poll); the sweep runs at `sweepIntervalMs`; after each the feed sends
 * what changed to the open streams.
 */
export async function startExceptionWatch(em: EntityManager, options: { intervalMs: number; sweepIntervalMs: number; wakeOnWrite: boolean }): Promise<ExceptionWatch> {
  const feed = new ExceptionFeed(em);
  await feed.publish();
  const unregister = registerFeed(feed);
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  const queue = (work: () => Promise<number>) => {
    running = running.then(work, work);
    return running;
  };
  const project = (waitMs: number) => async () => {
    const applied = await catchUpProjections(em, [exceptionProjection], { waitMs });
    if (applied > 0) await feed.publish();
    return applied;
  };
  const sweep = async () => {
    await sweepExceptions(em, new Date());
    await feed.publish();
    return 0;
  };
  const report = (error: unknown) => console.error('analytics exceptions:', error);

  const pollTimer = setInterval(() => {
    if (!stopped) queue(project(0)).catch(report);
  }, options.intervalMs);
  pollTimer.unref();
  const sweepTimer = setInterval(() => {
    if (!stopped) queue(sweep).catch(report);
  }, options.sweepIntervalMs);
  sweepTimer.unref();
  // One wake-up per burst of writes: the events of a transaction are recorded before it commits, so the catch-up waits for
  // it; on a PostgreSQL server it was seen to find the events only a moment later, so two more catch-ups follow shortly.
  let woken = false;
  const stopListening = onEventsRecorded((types) => {
    if (!options.wakeOnWrite || stopped || woken || !exceptionProjection.types.some((type) => types.has(type))) return;
    woken = true;
    setImmediate(() => {
      woken = false;
      for (const delayMs of settleDelaysMs) setTimeout(() => stopped || void queue(project(commitWaitMs)).catch(report), delayMs).unref();
    });
  });
  // The first catch-up (all of history on a new installation) starts now rather than at the first poll.
  queue(project(0)).catch(report);

  return {
    feed,
    catchUp: () => queue(async () => (await project(120_000)()) + (await sweep())),
    async stop() {
      stopped = true;
      clearInterval(pollTimer);
      clearInterval(sweepTimer);
      stopListening();
      unregister();
      await running.catch(() => 0);
    },
  };
}
