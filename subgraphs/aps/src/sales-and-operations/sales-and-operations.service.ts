import { isId, newId, nextDocumentNumber, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorize } from '@plexus/host';
import { notFound } from '@plexus/errors';
import type { ApsContext } from '../context.ts';
import { plannerRoles, readerRoles } from '../roles.ts';
import { PlanScenarioSchema, type PlanScenario, type ScenarioChange } from '../scenario/scenario.entity.ts';
import { readScenarioChanges } from '../scenario/scenario.service.ts';
import { ConsensusPlanSchema, type ConsensusPlan } from './consensus-plan.entity.ts';
import {
  consensusSpan,
  monthStartOf,
  monthsFrom,
  planSalesAndOperations,
  validateConsensus,
  validateMonthCount,
  type ConsensusMonthInput,
  type SalesAndOperationsMonth,
} from './sales-and-operations.rules.ts';
import { readProductFamily, readSalesAndOperationsInput, type ProductFamilyRow } from './sales-and-operations.store.ts';

export interface SalesAndOperationsPlanView {
  family: ProductFamilyRow;
  scenario: PlanScenario;
  months: SalesAndOperationsMonth[];
  workCenterIds: string[];
}

async function familyOf(em: EntityManager, familyId: string): Promise<ProductFamilyRow> {
  const family = isId(familyId) ? await readProductFamily(em, familyId.toLowerCase()) : null;
  if (!family) throw notFound(`Product family ${familyId} not found`, { field: 'familyId' });
  return family;
}

/** The scenario asked for (NOT_FOUND when there is none), else the live plan; and the live plan's id, whose planned orders a copy shares until it plans a site itself. */
async function scenarioOf(em: EntityManager, scenarioId: string | null | undefined): Promise<{ scenario: PlanScenario; liveScenarioId: string }> {
  const live = await em.findOneOrFail(PlanScenarioSchema, { live: true });
  if (scenarioId === null || scenarioId === undefined) return { scenario: live, liveScenarioId: live.id };
  const scenario = isId(scenarioId) ? await em.findOne(PlanScenarioSchema, { id: scenarioId.toLowerCase() }) : null;
  if (!scenario) throw notFound(`Plan scenario ${scenarioId} not found`, { field: 'scenarioId' });
  return { scenario, liveScenarioId: live.id };
}

async function computePlan(
  em: EntityManager,
  at: { family: ProductFamilyRow; scenario: PlanScenario; liveScenarioId: string; months: string[]; changes: readonly ScenarioChange[] },
): Promise<SalesAndOperationsPlanView> {
  const input = await readSalesAndOperationsInput(em, { familyId: at.family.id, scenarioId: at.scenario.id, liveScenarioId: at.liveScenarioId, months: at.months, changes: at.changes });
  return { family: at.family, scenario: at.scenario, months: planSalesAndOperations(input), workCenterIds: [...input.workCenterIds].sort() };
}

/** A family's S&OP plan in the live plan or a scenario, month by month from `from`'s month (this month when absent); computed, nothing stored. */
export async function salesAndOperationsPlan(
  ctx: ApsContext,
  args: { familyId: string; scenarioId?: string | null; from?: string | null; months?: number | null },
): Promise<SalesAndOperationsPlanView> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const count = validateMonthCount(args.months ?? 18);
  const first = monthStartOf(args.from ?? ctx.now().toISOString().slice(0, 10));
  const family = await familyOf(ctx.em, args.familyId);
  const { scenario, liveScenarioId } = await scenarioOf(ctx.em, args.scenarioId);
  const changes = scenario.live ? [] : await ctx.loaders.changesByScenario.load(scenario.id);
  return computePlan(ctx.em, { family, scenario, liveScenarioId, months: monthsFrom(first, count), changes });
}

/**
 * Saves what the meeting agreed as an immutable snapshot: the consensus
 * quantity of each month, the plan's figures for those months as they are
 * now, who saved it and the decisions; tells the other systems.
 */
export async function saveConsensusPlan(
  ctx: ApsContext,
  input: { familyId: string; scenarioId?: string | null; months: readonly ConsensusMonthInput[]; decisions: readonly string[] },
): Promise<ConsensusPlan> {
  authorize(ctx.viewer, 'save consensus plans', plannerRoles);
  const consensus = validateConsensus(input);
  const span = consensusSpan(consensus.months);
  return ctx.em.transactional(async (em) => {
    const family = await familyOf(em, input.familyId);
    const { scenario, liveScenarioId } = await scenarioOf(em, input.scenarioId);
    const changes = scenario.live ? [] : await readScenarioChanges(em, scenario.id);
    const plan = await computePlan(em, { family, scenario, liveScenarioId, months: monthsFrom(span.first, span.count), changes });
    const figuresOf = new Map(plan.months.map((month) => [month.month, month]));
    const now = ctx.now();
    const saved = em.create(ConsensusPlanSchema, {
      id: newId(),
      number: await nextDocumentNumber(em, 'aps', 'SOP', now),
      familyId: family.id,
      scenarioId: scenario.id,
      savedBy: ctx.viewer.userId ?? ctx.viewer.role,
      savedAt: now,
      months: consensus.months.map((month) => ({ ...month, figures: figuresOf.get(month.month)! })),
      decisions: consensus.decisions,
    });
    await em.flush();
    await recordEvents(
      em,
      [
        {
          type: 'aps.ConsensusPlanSaved',
          subjectType: 'ConsensusPlan',
          subjectId: saved.id,
          quantity: consensus.months.reduce((sum, month) => sum + month.quantity, 0),
          payload: { number: saved.number, familyId: family.id, scenarioId: scenario.id, months: consensus.months, decisions: consensus.decisions },
        },
      ],
      { now },
    );
    return saved;
  });
}

/** A family's consensus plans, newest first. */
export async function listConsensusPlans(ctx: ApsContext, familyId: string): Promise<ConsensusPlan[]> {
  authorize(ctx.viewer, 'read plans', readerRoles);
  const family = await familyOf(ctx.em, familyId);
  return ctx.em.find(ConsensusPlanSchema, { familyId: family.id }, { orderBy: { savedAt: 'desc', number: 'desc' } });
}
