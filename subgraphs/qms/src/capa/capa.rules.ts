import { badInput, conflict } from '@plexus/errors';

export const capaStatuses = ['OPEN', 'ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS', 'AWAITING_EFFECTIVENESS_CHECK', 'EFFECTIVE', 'CLOSED'] as const;
export type CapaStatus = (typeof capaStatuses)[number];
export type CapaActionStatus = 'OPEN' | 'DONE';

/**
 * The CAPA loop: find the root cause (5 Why), act on it, check the actions
 * worked, close. Each step names the statuses it may start from; anything
 * else is a CONFLICT with where the CAPA stands.
 */
const allowedFrom = {
  recordRootCause: ['OPEN'],
  addAction: ['ROOT_CAUSE_IDENTIFIED', 'ACTIONS_IN_PROGRESS'],
  completeAction: ['ACTIONS_IN_PROGRESS'],
  checkEffectiveness: ['AWAITING_EFFECTIVENESS_CHECK'],
  close: ['EFFECTIVE'],
} as const satisfies Record<string, readonly CapaStatus[]>;

export type CapaStep = keyof typeof allowedFrom;

const stepNames: Record<CapaStep, string> = {
  recordRootCause: 'record a root cause',
  addAction: 'add an action',
  completeAction: 'complete an action',
  checkEffectiveness: 'check effectiveness',
  close: 'be closed',
};

export function assertCapaStep(capa: { number: string; status: CapaStatus }, step: CapaStep): void {
  if (!(allowedFrom[step] as readonly CapaStatus[]).includes(capa.status)) {
    throw conflict(`CAPA ${capa.number} is ${capa.status} and cannot ${stepNames[step]}`, { status: capa.status, allowedFrom: allowedFrom[step] });
  }
}

export function validateNewCapa(input: { title: string; problem: string; nonconformanceIds: readonly string[] }) {
  const title = input.title.trim();
  if (!title) throw badInput('A CAPA needs a title', { field: 'title' });
  const problem = input.problem.trim();
  if (!problem) throw badInput('Describe the problem', { field: 'problem' });
  if (new Set(input.nonconformanceIds).size !== input.nonconformanceIds.length) throw badInput('A nonconformance is listed twice', { field: 'nonconformanceIds' });
  return { title, problem };
}

/** 5 Why: ask why until the root cause shows, at most five times; each answer is the next question's subject. */
export function validateRootCause(whys: readonly string[], rootCause: string): { whys: string[]; rootCause: string } {
  const answers = whys.map((why) => why.trim());
  if (answers.length < 1 || answers.length > 5) throw badInput('A 5 Why analysis has 1 to 5 whys', { field: 'whys' });
  const empty = answers.findIndex((why) => !why);
  if (empty >= 0) throw badInput(`Why ${empty + 1} is empty`, { field: 'whys', why: empty + 1 });
  const cause = rootCause.trim();
  if (!cause) throw badInput('Name the root cause', { field: 'rootCause' });
  return { whys: answers, rootCause: cause };
}

export function validateAction(input: { description: string; owner: string; dueDate: string }, today: string) {
  const description = input.description.trim();
  if (!description) throw badInput('Describe the action', { field: 'description' });
  const owner = input.owner.trim();
  if (!owner) throw badInput('An action needs an owner', { field: 'owner' });
  if (input.dueDate < today) throw badInput(`The due date ${input.dueDate} has passed`, { field: 'dueDate' });
  return { description, owner, dueDate: input.dueDate };
}

/** Where a CAPA stands once one of its actions is done: every action done means the effectiveness check is next. */
export function statusAfterAction(actions: readonly { status: CapaActionStatus }[]): CapaStatus {
  return actions.every((action) => action.status === 'DONE') ? 'AWAITING_EFFECTIVENESS_CHECK' : 'ACTIONS_IN_PROGRESS';
}

/** An effective check lets the CAPA close; an ineffective one reopens the root cause analysis. */
export function statusAfterCheck(effective: boolean): CapaStatus {
  return effective ? 'EFFECTIVE' : 'OPEN';
}

export function validateCheckNote(note: string): string {
  const trimmed = note.trim();
  if (!trimmed) throw badInput('Say what the check found', { field: 'note' });
  return trimmed;
}
