import { describe, expect, it } from 'vitest';
import { assertCapaStep, capaStatuses, statusAfterAction, statusAfterCheck, validateAction, validateRootCause, type CapaStatus, type CapaStep } from './capa.rules.ts';

const allowed: Record<CapaStep, CapaStatus[]> = {
  recordRootCause: ['OPEN'],
  addAction: ['ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS'],
  completeAction: ['ACTIONS_IN_PROGRESS'],
  checkEffectiveness: ['AWAITING_EFFECTIVENESS_CHECK'],
  close: ['EFFECTIVE'],
};

describe('the CAPA loop', () => {
  for (const [step, from] of Object.entries(allowed) as [CapaStep, CapaStatus[]][]) {
    it(`lets a CAPA ${step} only from ${from.join(' or ')}`, () => {
      for (const status of capaStatuses) {
        const attempt = () => assertCapaStep({ number: 'CAPA-1', status }, step);
        if (from.includes(status)) expect(attempt).not.toThrow();
        else expect(attempt).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
      }
    });
  }

  it('waits for the effectiveness check once every action is done', () => {
    expect(statusAfterAction([{ status: 'DONE' }, { status: 'OPEN' }])).toBe('ACTIONS_IN_PROGRESS');
    expect(statusAfterAction([{ status: 'DONE' }, { status: 'DONE' }])).toBe('AWAITING_EFFECTIVENESS_CHECK');
  });

  it('reopens the analysis when the actions did not work', () => {
    expect(statusAfterCheck(true)).toBe('EFFECTIVE');
    expect(statusAfterCheck(false)).toBe('OPEN');
  });
});

describe('5 Why', () => {
  it('takes one to five whys and a root cause', () => {
    expect(validateRootCause([' Seal leaked ', 'Wrong durometer'], ' Supplier changed compound ')).toEqual({ whys: ['Seal leaked', 'Wrong durometer'], rootCause: 'Supplier changed compound' });
  });

  it.each([
    ['no why', [], 'cause', 'whys'],
    ['six whys', ['1', '2', '3', '4', '5', '6'], 'cause', 'whys'],
    ['an empty why', ['1', ' '], 'cause', 'whys'],
    ['no root cause', ['1'], '', 'rootCause'],
  ])('refuses %s', (_, whys, cause, field) => {
    expect(() => validateRootCause(whys, cause)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });
});

describe('a CAPA action', () => {
  it('needs an owner and a due date not past', () => {
    expect(validateAction({ description: 'Audit supplier', owner: 'q.lead', dueDate: '2026-12-01' }, '2026-11-30')).toMatchObject({ owner: 'q.lead' });
    expect(() => validateAction({ description: 'Audit', owner: ' ', dueDate: '2026-12-01' }, '2026-11-30')).toThrow(expect.objectContaining({ details: { field: 'owner' } }));
    expect(() => validateAction({ description: 'Audit', owner: 'q', dueDate: '2026-11-29' }, '2026-11-30')).toThrow(expect.objectContaining({ details: { field: 'dueDate' } }));
  });
});
