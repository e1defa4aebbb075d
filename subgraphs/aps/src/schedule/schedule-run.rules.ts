/**
 * A scheduling run is kept in the database by the process searching it,
 * which beats with the run's progress: one write a second however fast
 * the search reports, and each beat reads whether a planner on any
 * instance cancelled it. A run that has not ended and whose process
 * stopped beating died with its process (a restart, a crash).
 */

/** How often the searching process writes progress and looks for a cancel: a cancel elsewhere takes effect within this. */
export const heartbeatMs = 500;

/** Silence after which a run that has not ended counts as interrupted; far above a beat's delay on a busy host. */
export const interruptedAfterMs = 30_000;

export const interruptedError = 'Interrupted: the process searching it stopped before the run ended';

interface RunLife {
  status: 'RUNNING' | 'FINISHED' | 'CANCELLED' | 'FAILED';
  endedAt?: Date | null | undefined;
  heartbeatAt: Date;
  error?: string | null | undefined;
}

/** The run as its readers see it: as kept, or FAILED (interrupted) when its process has been silent too long. */
export function runAsSeen<Run extends RunLife>(run: Run, now: Date): Run {
  if (run.endedAt || now.getTime() - run.heartbeatAt.getTime() <= interruptedAfterMs) return run;
  return { ...run, status: 'FAILED', endedAt: run.heartbeatAt, error: interruptedError };
}
