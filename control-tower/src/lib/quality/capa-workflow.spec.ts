import { describe, expect, it } from 'vitest';
import { capaBoard, capaSteps, readAction, readCheck, readNewCapa, readRootCause } from './capa-workflow.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('the CAPA board', () => {
  it('has a column per status in the loop’s order, each with its CAPAs', () => {
    const board = capaBoard([
      { number: 'CAPA-2', status: 'OPEN' as const },
      { number: 'CAPA-1', status: 'CLOSED' as const },
      { number: 'CAPA-3', status: 'OPEN' as const },
    ]);
    expect(board.map((column) => column.status)).toEqual(['OPEN', 'ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS', 'AWAITING_EFFECTIVENESS_CHECK', 'EFFECTIVE', 'CLOSED']);
    expect(board[0]!.capas.map((capa) => capa.number)).toEqual(['CAPA-2', 'CAPA-3']);
    expect(board[5]!.capas.map((capa) => capa.number)).toEqual(['CAPA-1']);
  });
});

describe('the CAPA loop’s steps', () => {
  const open = [{ status: 'OPEN' as const }];
  it('offers each step only from the statuses qms accepts it in, and nothing to other roles', () => {
    expect(capaSteps({ status: 'OPEN', actions: [] }, ['quality'])).toEqual(['recordRootCause']);
    expect(capaSteps({ status: 'ROOT_CAUSE_IDENTIFIED', actions: [] }, ['quality'])).toEqual(['addAction']);
    expect(capaSteps({ status: 'ACTIONS_IN_PROGRESS', actions: open }, ['quality'])).toEqual(['addAction', 'completeAction']);
    expect(capaSteps({ status: 'AWAITING_EFFECTIVENESS_CHECK', actions: [{ status: 'DONE' }] }, ['quality'])).toEqual(['checkEffectiveness']);
    expect(capaSteps({ status: 'EFFECTIVE', actions: [] }, ['admin'])).toEqual(['close']);
    expect(capaSteps({ status: 'CLOSED', actions: [] }, ['quality'])).toEqual([]);
    expect(capaSteps({ status: 'OPEN', actions: [] }, ['planner', 'executive'])).toEqual([]);
  });
});

describe('the CAPA forms', () => {
  it('reads a 5 Why chain without gaps, ending in a root cause', () => {
    expect(readRootCause(form({ why1: 'Bore oversize', why2: ' Tool worn ', rootCause: 'No tool-life limit' }))).toEqual({
      value: { whys: ['Bore oversize', 'Tool worn'], rootCause: 'No tool-life limit' },
      problem: null,
    });
    expect(readRootCause(form({ why1: 'a', why3: 'c', rootCause: 'r' })).problem).toBe('Why 2 is empty; each why answers the one before.');
    expect(readRootCause(form({ rootCause: 'r' })).problem).toBe('Answer at least the first why.');
    expect(readRootCause(form({ why1: 'a' })).problem).toBe('Name the root cause the whys lead to.');
  });

  it('reads an action with an owner and a real due date not in the past', () => {
    const action = { description: 'Add a tool-life counter', owner: 'Quinn', dueDate: '2026-12-10' };
    expect(readAction(form(action), '2026-11-30')).toEqual({ value: action, problem: null });
    expect(readAction(form({ ...action, dueDate: '2026-02-30' }), '2026-01-01').problem).toBe('Give the due date as a day (YYYY-MM-DD).');
    expect(readAction(form({ ...action, dueDate: '2026-11-01' }), '2026-11-30').problem).toBe('The due date 2026-11-01 has passed.');
    expect(readAction(form({ ...action, owner: ' ' }), '2026-11-30').problem).toBe('Name who carries the action out.');
  });

  it('reads the effectiveness check and a new CAPA', () => {
    expect(readCheck(form({ effective: 'no', note: 'Two more failures' }))).toEqual({ value: { effective: false, note: 'Two more failures' }, problem: null });
    expect(readCheck(form({ effective: 'maybe', note: 'x' })).problem).toBe('Say whether the actions were effective.');
    expect(readCheck(form({ effective: 'yes' })).problem).toBe('Say what the check found.');
    expect(readNewCapa(form({ title: 'Oversize bores', problem: 'Lots fail incoming' }))).toEqual({ value: { title: 'Oversize bores', problem: 'Lots fail incoming' }, problem: null });
    expect(readNewCapa(form({ title: '', problem: 'p' })).problem).toBe('Give the CAPA a title.');
  });
});
