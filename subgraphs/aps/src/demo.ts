import { demoItems, demoSites } from '@plexus/erp/demo';
import type { DemoStep } from '@plexus/host';
import { calendarDate } from './calendar-date.ts';
import type { ApsContext } from './context.ts';
import { setItemPlanning } from './item-planning/item-planning.service.ts';
import { releasePlannedOrder, runMrp } from './mrp-run/mrp-run.service.ts';
import { PlanScenarioSchema } from './scenario/scenario.entity.ts';
import { scheduleAndPublish } from './schedule/schedule.service.ts';

const dayMs = 86_400_000;

/**
 * The demo company's planner: sets how every item is planned at the start;
 * on the day before the history ends runs MRP for the plant and releases
 * the five planned purchases and five planned production orders due for
 * release first (purchases become srm drafts, production mes work orders); on the last day schedules the
 * plant's open work orders and publishes the live schedule.
 */
export const apsDemo: DemoStep<ApsContext> = {
  after: ['erp', 'crm', 'srm', 'wms', 'mes'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const { raw, semiFinished, finished } = simulation.world.get(demoItems);
    for (const item of raw) await setItemPlanning(at, { itemId: item.id, leadTimeWeeks: 2, lotRule: 'PERIOD_ORDER_QUANTITY', periods: 2, multiple: 10 });
    for (const item of semiFinished) await setItemPlanning(at, { itemId: item.id, leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT' });
    for (const item of finished) await setItemPlanning(at, { itemId: item.id, leadTimeWeeks: 1, lotRule: 'LOT_FOR_LOT', masterScheduled: true, demandTimeFence: 1, planningTimeFence: 1 });
  },
  async day(simulation, day) {
    const plant = simulation.world.get(demoSites).plant;
    if (day.getTime() === simulation.today.getTime() - dayMs) {
      const at = simulation.at(new Date(day.getTime() + 10 * 3_600_000));
      const live = await at.em.findOneOrFail(PlanScenarioSchema, { live: true });
      const run = await runMrp(at, { scenarioId: live.id, siteId: plant.id, weeks: 13 });
      const planned = (await at.loaders.plannedOrdersByRun.load(run.id)).sort(
        (a, b) => calendarDate(a.releaseDate).localeCompare(calendarDate(b.releaseDate)) || a.number.localeCompare(b.number),
      );
      for (const kind of ['PURCHASE', 'PRODUCTION'] as const) {
        for (const order of planned.filter((candidate) => candidate.kind === kind).slice(0, 5)) await releasePlannedOrder(at, order.id);
      }
    }
    if (day.getTime() === simulation.today.getTime()) {
      const at = simulation.at(new Date(Math.min(simulation.now.getTime(), day.getTime() + 6 * 3_600_000)));
      const live = await at.em.findOneOrFail(PlanScenarioSchema, { live: true });
      await scheduleAndPublish(at, { scenarioId: live.id, siteId: plant.id, iterations: 300 });
    }
  },
};
