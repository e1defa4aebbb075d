import { parentPort, workerData } from 'node:worker_threads';
import { scheduleProduction, type ScheduleOptions } from './engine.ts';
import type { SchedulingProblem } from './model.ts';
import type { RunMessage } from './schedule-run.ts';

/**
 * The engine in a worker thread, for `startScheduleRun`. The search is one
 * synchronous loop, so this thread never gets to read a message while it
 * runs: cancelling is a flag in shared memory that `shouldStop` reads every
 * iteration, and progress is posted from inside the loop (posting does not
 * need this thread's event loop).
 */
const { problem, options, stop, progressIntervalMs } = workerData as {
  problem: SchedulingProblem;
  options: Omit<ScheduleOptions, 'signal' | 'shouldStop'>;
  stop: Int32Array;
  progressIntervalMs: number;
};
const port = parentPort!;
const post = (message: RunMessage) => port.postMessage(message);
const started = performance.now();
let lastPosted = Number.NEGATIVE_INFINITY;
try {
  const result = scheduleProduction(problem, {
    ...options,
    shouldStop: (progress) => {
      const now = performance.now();
      if (now - lastPosted >= progressIntervalMs) {
        lastPosted = now;
        post({ kind: 'progress', progress: { ...progress, elapsedMs: now - started } });
      }
      return Atomics.load(stop, 0) === 1;
    },
  });
  post({ kind: 'result', result });
} catch (error) {
  const { name, message, code, jobId, operationId } = error as Error & { code?: string; jobId?: string; operationId?: string };
  post({ kind: 'error', error: { name, message, code, jobId, operationId } });
}
