import { describe, expect, it } from 'vitest';
import { hoursByState, machineStates, stateBands, stateColour, stateWords } from './machine-state.ts';

const from = new Date('2026-11-20T00:00:00Z');
const to = new Date('2026-11-21T00:00:00Z');

describe('machine states', () => {
  it('has words and a distinct colour for every state', () => {
    expect(machineStates.map((state) => stateWords[state])).toEqual(['running', 'in setup', 'idle', 'down', 'planned downtime', 'off shift']);
    expect(new Set(machineStates.map((state) => stateColour[state])).size).toBe(machineStates.length);
  });

  it('turns changes into bands that last until the next change, clipped to the window', () => {
    const bands = stateBands(
      [
        { at: '2026-11-19T22:00:00Z', to: 'OFF_SHIFT' },
        { at: '2026-11-20T06:00:00Z', to: 'RUNNING' },
        { at: '2026-11-20T10:00:00Z', to: 'DOWN', reason: 'BREAKDOWN' },
      ],
      from,
      to,
    );
    expect(bands).toEqual([
      { state: 'OFF_SHIFT', reason: null, start: from, end: new Date('2026-11-20T06:00:00Z') },
      { state: 'RUNNING', reason: null, start: new Date('2026-11-20T06:00:00Z'), end: new Date('2026-11-20T10:00:00Z') },
      { state: 'DOWN', reason: 'BREAKDOWN', start: new Date('2026-11-20T10:00:00Z'), end: to },
    ]);
    expect(hoursByState(bands)).toEqual(new Map([['OFF_SHIFT', 6], ['RUNNING', 4], ['DOWN', 14]]));
  });

  it('draws nothing for a machine without history', () => {
    expect(stateBands([], from, to)).toEqual([]);
  });
});
