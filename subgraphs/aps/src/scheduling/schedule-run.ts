import { Worker } from 'node:worker_threads';
import type { EngineResult, ScheduleOptions } from './engine.ts';
import { SchedulingInputError, type SchedulingInputErrorCode, type SchedulingProblem } from './model.ts';
import type { SearchProgress } from './tabu-search.ts';

export interface RunProgress extends SearchProgress {
  /** Since the run started in its worker, constructive phase included. */
  elapsedMs: number;
}

export interface ScheduleRunOptions extends Omit<ScheduleOptions, 'shouldStop'> {
  /** Called on this thread as the search goes, at most every `progressIntervalMs`. */
  onProgress?: (progress: RunProgress) => void;
  /** 250 ms when absent. */
  progressIntervalMs?: number;
}

export interface ScheduleRun {
  /** The best schedule when the budget is spent, the bound reached or the run cancelled; rejects only on bad input. */
  result: Promise<EngineResult>;
  /** Ends the search at its next iteration; `result` then resolves with the best schedule so far. */
  cancel(): void;
}

/** What the worker posts back. */
export type RunMessage =
  | { kind: 'progress'; progress: RunProgress }
  | { kind: 'result'; result: EngineResult }
  | { kind: 'error'; error: { name: string; message: string; code?: string | undefined; jobId?: string | undefined; operationId?: string | undefined } };

/**
 * Runs the engine in a worker thread, so that the process asking (a
 * subgraph serving requests while a minute-long search runs) keeps its
 * event loop. Cancelling, or aborting `signal`, sets a flag in shared memory
 * the search reads every iteration, and the run resolves with the best
 * schedule found so far rather than failing. Node 24 loads the worker's
 * TypeScript directly (type stripping), as it does everywhere in this repo.
 */
export function startScheduleRun(problem: SchedulingProblem, options: ScheduleRunOptions = {}): ScheduleRun {
  const { onProgress, progressIntervalMs = 250, signal, ...engineOptions } = options;
  const stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const cancel = () => Atomics.store(stop, 0, 1);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const worker = new Worker(new URL('./schedule-worker.ts', import.meta.url), { workerData: { problem, options: engineOptions, stop, progressIntervalMs } });
  const result = new Promise<EngineResult>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: RunMessage) => {
      if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'result') settle(() => resolve(message.result));
      else {
        const { name, message: text, code, jobId, operationId } = message.error;
        const error =
          name === 'SchedulingInputError' && code
            ? new SchedulingInputError(code as SchedulingInputErrorCode, text, { ...(jobId ? { jobId } : {}), ...(operationId ? { operationId } : {}) })
            : new Error(text);
        settle(() => reject(error));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The scheduling worker stopped (exit code ${code}) before returning a schedule`))));
  });
  return { result, cancel };
}
