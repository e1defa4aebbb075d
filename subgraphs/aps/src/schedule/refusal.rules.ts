/**
 * The engine names work orders and machines by id and times in minutes
 * from its epoch, which suits its own tests and no planner. A refusal
 * reaches the planner in the shop's words: the work order's number and
 * step, the machine's code, UTC times; the rest of the sentence is the
 * engine's. Ids and numbers the shop does not know are left as they are.
 */

export interface ShopNames {
  /** Work order id → its number (a rush order not yet made: how to call it). */
  workOrders: ReadonlyMap<string, string>;
  /** Machine id → its code. */
  machines: ReadonlyMap<string, string>;
  /** Minute 0 of the engine's times. */
  epoch: Date;
}

const id = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const step = '[\\w.-]+';
const minute = '-?\\d+(?:\\.\\d+)?';
/**
 * One pass, leftmost match first, so a time already written (2026-…) is
 * never read again as minutes. The forms are the engine's: "Job J,
 * operation O", "J/O", "before O ends at T", "at|before|until T", "a N
 * changeover", and a bare id.
 */
const wording = new RegExp(
  [
    `Job (?<job>${id}), operation (?<operation>${step})`,
    `(?<pairJob>${id})/(?<pairOperation>${step})`,
    `(?<relation>before|after) (?<other>${step}) (?<event>ends|starts) at (?<otherAt>${minute})(?![\\w.])`,
    `(?<word>at|before|until) (?<at>${minute})(?![\\w.-])`,
    `a (?<setup>${minute}) changeover`,
    `(?<bare>${id})`,
  ].join('|'),
  'gi',
);

export function utcMinute(epoch: Date, minutes: number): string {
  return `${new Date(epoch.getTime() + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function plannerWording(message: string, names: ShopNames): string {
  const workOrder = (jobId: string) => names.workOrders.get(jobId.toLowerCase()) ?? jobId;
  const time = (value: string) => utcMinute(names.epoch, Number(value));
  return message.replace(wording, (...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    if (groups.job) return `${workOrder(groups.job)} step ${groups.operation}`;
    if (groups.pairJob) return `${workOrder(groups.pairJob)} step ${groups.pairOperation}`;
    if (groups.relation) return `${groups.relation} step ${groups.other} ${groups.event} at ${time(groups.otherAt!)}`;
    if (groups.word) return `${groups.word} ${time(groups.at!)}`;
    if (groups.setup) return `a ${groups.setup}-minute changeover`;
    const bare = groups.bare!.toLowerCase();
    return names.machines.get(bare) ?? names.workOrders.get(bare) ?? groups.bare!;
  });
}
