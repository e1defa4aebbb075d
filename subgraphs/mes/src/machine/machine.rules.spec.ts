import { describe, expect, it } from 'vitest';
import { reportedState, validateManualState, type DowntimeReason } from './machine.rules.ts';

const taxonomy: DowntimeReason[] = [
  { code: 'MECHANICAL_FAILURE', category: 'UNPLANNED' },
  { code: 'PREVENTIVE_MAINTENANCE', category: 'PLANNED' },
  { code: 'NO_MATERIAL', category: 'IDLE' },
];

describe('machine state rules', () => {
  it('needs a reason of the right kind for DOWN and PLANNED_DOWNTIME', () => {
    expect(validateManualState('DOWN', ' mechanical_failure ', taxonomy)).toBe('MECHANICAL_FAILURE');
    expect(validateManualState('PLANNED_DOWNTIME', 'PREVENTIVE_MAINTENANCE', taxonomy)).toBe('PREVENTIVE_MAINTENANCE');
    expect(() => validateManualState('DOWN', null, taxonomy)).toThrow(/Say why the machine is down/);
    expect(() => validateManualState('DOWN', 'PREVENTIVE_MAINTENANCE', taxonomy)).toThrow(/planned reason, not one for DOWN/);
    expect(() => validateManualState('DOWN', 'COFFEE', taxonomy)).toThrow(/Unknown downtime reason COFFEE/);
  });

  it('lets IDLE say what the machine waits for, and OFF_SHIFT take no reason', () => {
    expect(validateManualState('IDLE', null, taxonomy)).toBeNull();
    expect(validateManualState('IDLE', 'no_material', taxonomy)).toBe('NO_MATERIAL');
    expect(() => validateManualState('OFF_SHIFT', 'NO_MATERIAL', taxonomy)).toThrow(/takes no reason/);
  });

  it('leaves RUNNING and SETUP to operations', () => {
    expect(() => validateManualState('RUNNING', null, taxonomy)).toThrow(/follows from starting/);
    expect(() => validateManualState('SETUP', null, taxonomy)).toThrow(/follows from starting/);
  });

  it('reports a setup as IDLE with reason SETUP, since the catalogue has no SETUP state', () => {
    expect(reportedState('SETUP', null)).toEqual({ state: 'IDLE', reason: 'SETUP' });
    expect(reportedState('DOWN', 'JAM')).toEqual({ state: 'DOWN', reason: 'JAM' });
  });
});
