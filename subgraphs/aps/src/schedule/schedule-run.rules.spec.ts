import { describe, expect, it } from 'vitest';
import { interruptedAfterMs, interruptedError, runAsSeen } from './schedule-run.rules.ts';

const beat = new Date('2026-12-01T10:00:00Z');
const later = (ms: number) => new Date(beat.getTime() + ms);

describe('a scheduling run as its readers see it', () => {
  it('is as kept while its process beats, and once it has ended however long ago', () => {
    const running = { status: 'RUNNING' as const, endedAt: null, heartbeatAt: beat, error: null };
    expect(runAsSeen(running, later(interruptedAfterMs))).toBe(running);
    const finished = { status: 'FINISHED' as const, endedAt: beat, heartbeatAt: beat, error: null };
    expect(runAsSeen(finished, later(7 * 86_400_000))).toBe(finished);
  });

  it('has failed, interrupted when its beat stopped, once its process is silent too long, cancelled or not', () => {
    for (const status of ['RUNNING', 'CANCELLED'] as const) {
      expect(runAsSeen({ status, endedAt: null, heartbeatAt: beat, error: null }, later(interruptedAfterMs + 1))).toEqual({ status: 'FAILED', endedAt: beat, heartbeatAt: beat, error: interruptedError });
    }
  });
});
