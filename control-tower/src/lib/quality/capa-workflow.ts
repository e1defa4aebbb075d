import type { CapaActionStatus, CapaStatus } from '../graphql/__generated__/operations.ts';
import { isCalendarDate } from '../kpi/kpi-query.ts';
import type { FormResult } from '../order-actions.ts';
import { mayDecideQuality } from './nonconformance-workflow.ts';

/**
 * The CAPA loop as qms runs it (schema.graphql, `CapaStatus`): root cause by
 * 5 Why, actions, an effectiveness check once every action is done, close.
 * The steps and the statuses they start from mirror qms's rules, so the page
 * offers only what qms would accept now.
 */

export const capaColumns: readonly { status: CapaStatus; label: string }[] = [
  { status: 'OPEN', label: 'Open' },
  { status: 'ROOT_CAUSE_IDENTIFIED', label: 'Root cause identified' },
  { status: 'ACTIONS_IN_PROGRESS', label: 'Actions in progress' },
  { status: 'AWAITING_EFFECTIVENESS_CHECK', label: 'Awaiting effectiveness check' },
  { status: 'EFFECTIVE', label: 'Effective' },
  { status: 'CLOSED', label: 'Closed' },
];

/** The board: one column per status, in the loop's order, each with its CAPAs as they came. */
export function capaBoard<Capa extends { status: CapaStatus }>(capas: readonly Capa[]) {
  return capaColumns.map((column) => ({ ...column, capas: capas.filter((capa) => capa.status === column.status) }));
}

export type CapaStep = 'recordRootCause' | 'addAction' | 'completeAction' | 'checkEffectiveness' | 'close';

const allowedFrom: Record<CapaStep, readonly CapaStatus[]> = {
  recordRootCause: ['OPEN'],
  addAction: ['ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS'],
  completeAction: ['ACTIONS_IN_PROGRESS'],
  checkEffectiveness: ['AWAITING_EFFECTIVENESS_CHECK'],
  close: ['EFFECTIVE'],
};

export function capaSteps(capa: { status: CapaStatus; actions: readonly { status: CapaActionStatus }[] }, roles: readonly string[]): CapaStep[] {
  if (!mayDecideQuality(roles)) return [];
  return (Object.keys(allowedFrom) as CapaStep[]).filter(
    (step) => allowedFrom[step].includes(capa.status) && (step !== 'completeAction' || capa.actions.some((action) => action.status === 'OPEN')),
  );
}

/** A 5 Why chain holds one to five answers. */
export const maxWhys = 5;
const maxText = 1000;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The 5 Why form: the whys answered, in order and without gaps, and the root cause they end in. */
export function readRootCause(form: FormData): FormResult<{ whys: string[]; rootCause: string }> {
  const answers = Array.from({ length: maxWhys }, (_, index) => text(form, `why${index + 1}`));
  const lastAnswered = answers.findLastIndex((answer) => answer !== '');
  if (lastAnswered < 0) return { value: null, problem: 'Answer at least the first why.' };
  const gap = answers.slice(0, lastAnswered).findIndex((answer) => answer === '');
  if (gap >= 0) return { value: null, problem: `Why ${gap + 1} is empty; each why answers the one before.` };
  const rootCause = text(form, 'rootCause');
  if (!rootCause) return { value: null, problem: 'Name the root cause the whys lead to.' };
  if ([...answers, rootCause].some((answer) => answer.length > maxText)) return { value: null, problem: 'Keep each answer under 1,000 characters.' };
  return { value: { whys: answers.slice(0, lastAnswered + 1), rootCause }, problem: null };
}

/** An action: what, who, by when (a real day, not before today). */
export function readAction(form: FormData, today: string): FormResult<{ description: string; owner: string; dueDate: string }> {
  const description = text(form, 'description');
  const owner = text(form, 'owner');
  const dueDate = text(form, 'dueDate');
  if (!description) return { value: null, problem: 'Describe the action.' };
  if (!owner) return { value: null, problem: 'Name who carries the action out.' };
  if (description.length > maxText || owner.length > 200) return { value: null, problem: 'Keep the description under 1,000 and the owner under 200 characters.' };
  if (!isCalendarDate(dueDate)) return { value: null, problem: 'Give the due date as a day (YYYY-MM-DD).' };
  if (dueDate < today) return { value: null, problem: `The due date ${dueDate} has passed.` };
  return { value: { description, owner, dueDate }, problem: null };
}

/** The effectiveness check: effective or not, and what the check found. */
export function readCheck(form: FormData): FormResult<{ effective: boolean; note: string }> {
  const verdict = text(form, 'effective');
  const note = text(form, 'note');
  if (verdict !== 'yes' && verdict !== 'no') return { value: null, problem: 'Say whether the actions were effective.' };
  if (!note) return { value: null, problem: 'Say what the check found.' };
  if (note.length > maxText) return { value: null, problem: 'Keep the finding under 1,000 characters.' };
  return { value: { effective: verdict === 'yes', note }, problem: null };
}

/** Opening a CAPA from a nonconformance: a title and the problem to solve. */
export function readNewCapa(form: FormData): FormResult<{ title: string; problem: string }> {
  const title = text(form, 'title');
  const problem = text(form, 'problem');
  if (!title) return { value: null, problem: 'Give the CAPA a title.' };
  if (!problem) return { value: null, problem: 'Describe the problem the CAPA is to solve.' };
  if (title.length > 200 || problem.length > maxText) return { value: null, problem: 'Keep the title under 200 and the problem under 1,000 characters.' };
  return { value: { title, problem }, problem: null };
}
