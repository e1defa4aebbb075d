import { isId } from '@plexus/db';
import { authorize } from '@plexus/host';
import { badInput } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import type { MasterSchedule } from '../mps/mps.model.ts';
import { planMasterSchedule } from '../mps/mps.rules.ts';
import { dateOf } from '../mrp-run/mrp-run.service.ts';
import { masterScheduleInput, periodDate } from '../mrp-run/planning-input.rules.ts';
import { readPlanningData } from '../read-model/planning-data.store.ts';
import { readerRoles } from '../roles.ts';
import type { PlanScenario } from '../scenario/scenario.entity.ts';
import { demandChangesOf } from '../scenario/scenario.service.ts';

export interface MasterScheduleView {
  weeks: string[];
  schedule: MasterSchedule;
}

/** The master production schedule of a scenario at a site, computed from what aps knows now (nothing stored). */
export async function masterProductionSchedule(ctx: ApsContext, scenario: PlanScenario, siteId: string, weeks: number): Promise<MasterScheduleView> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  if (!isId(siteId)) throw badInput('siteId must be a UUID', { field: 'siteId' });
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw badInput('weeks must be a whole number from 1 to 104', { field: 'weeks' });
  const changes = await ctx.loaders.changesByScenario.load(scenario.id);
  const data = await readPlanningData(ctx.em, { siteId: siteId.toLowerCase(), scenarioId: scenario.id, today: dateOf(ctx.now()), weeks, demandChanges: demandChangesOf(changes) });
  const input = masterScheduleInput(data);
  return { weeks: input.periods.map((_, period) => periodDate(input.periods, period)), schedule: planMasterSchedule(input) };
}

export interface MpsExceptionView {
  kind: string;
  itemId: string;
  week: string;
  quantity: number;
}

/** Each master-schedule message on the week it starts in, with the quantity it is about. */
export function exceptionViews(view: MasterScheduleView): MpsExceptionView[] {
  return view.schedule.exceptions.map((exception) => {
    if (exception.kind === 'BELOW_SAFETY_STOCK') return { kind: exception.kind, itemId: exception.itemId, week: view.weeks[exception.fromPeriod]!, quantity: exception.shortfall };
    return { kind: exception.kind, itemId: exception.itemId, week: view.weeks[Math.max(0, exception.period)]!, quantity: exception.quantity };
  });
}
