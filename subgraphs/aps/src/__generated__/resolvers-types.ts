import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlanScenario as PlanScenarioEntity, ScenarioChange as ScenarioChangeEntity } from '../scenario/scenario.entity.ts';
import type { ItemPlanning as ItemPlanningEntity } from '../item-planning/item-planning.entity.ts';
import type { MasterScheduleView as MasterScheduleViewEntity, MpsExceptionView as MpsExceptionViewEntity } from '../master-schedule/master-schedule.service.ts';
import type { MpsRecord as MpsRecordEntity } from '../mps/mps.model.ts';
import type { MrpRun as MrpRunEntity, StoredException as StoredExceptionEntity, PlannedOrder as PlannedOrderEntity, StoredPeg as StoredPegEntity } from '../mrp-run/mrp-run.entity.ts';
import type { MrpRecord as MrpRecordEntity } from '../mrp/mrp.model.ts';
import type { ScheduleVersion as ScheduleVersionEntity, ScheduleRun as ScheduleRunEntity } from '../schedule/schedule.entity.ts';
import type { ScheduleKpis as ScheduleKpisEntity } from '../schedule/schedule-kpi.rules.ts';
import type { ScheduledOperationRecord as ScheduledOperationRecordEntity } from '../schedule/schedule.service.ts';
import type { RushOrderEvaluation as RushOrderEvaluationEntity, OperationMoveEvaluation as OperationMoveEvaluationEntity } from '../schedule/rush-order.service.ts';
import type { SiteCalendar as SiteCalendarEntity } from '../schedule/working-calendar.rules.ts';
import type { SalesAndOperationsPlanView as SalesAndOperationsPlanViewEntity } from '../sales-and-operations/sales-and-operations.service.ts';
import type { SalesAndOperationsMonth as SalesAndOperationsMonthEntity } from '../sales-and-operations/sales-and-operations.rules.ts';
import type { ConsensusPlan as ConsensusPlanEntity, ConsensusMonth as ConsensusMonthEntity } from '../sales-and-operations/consensus-plan.entity.ts';
import type { ApsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with offset, e.g. `2026-11-24T09:30:00Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ConsensusMonthInput = {
  /** Any day of the month; the quantity is the month's. */
  month: Scalars['Date']['input'];
  quantity: Scalars['Float']['input'];
};

/**
 * What an S&OP meeting agreed for a product family: the consensus quantity per month, the plan's figures
 * at that moment and the meeting's decisions. Never changed once saved.
 */
export type ConsensusPlan = {
  __typename?: 'ConsensusPlan';
  decisions: Array<Scalars['String']['output']>;
  family: ProductFamily;
  id: Scalars['ID']['output'];
  /** In calendar order. */
  months: Array<ConsensusPlanMonth>;
  /** e.g. SOP-2026-000003. */
  number: Scalars['String']['output'];
  savedAt: Scalars['DateTime']['output'];
  /** The user who saved it. */
  savedBy: Scalars['String']['output'];
  /** The scenario the meeting looked at. */
  scenario: PlanScenario;
};

/** One month of a consensus plan. */
export type ConsensusPlanMonth = {
  __typename?: 'ConsensusPlanMonth';
  /** The plan's figures for the month when the consensus was saved. */
  figures: SalesAndOperationsMonth;
  month: Scalars['Date']['output'];
  /** The quantity the meeting agreed, in the family's unit. */
  quantity: Scalars['Float']['output'];
};

export type CreateScenarioInput = {
  name: Scalars['String']['input'];
};

export type DelayedWorkOrder = {
  __typename?: 'DelayedWorkOrder';
  byHours: Scalars['Float']['output'];
  completion: Scalars['DateTime']['output'];
  workOrder: WorkOrder;
  workOrderNumber: Scalars['String']['output'];
};

/** An erp item, with how aps plans it. */
export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
  /** The planner's parameters; null until set (MRP refuses an item it needs without a lead time and lot rule). */
  planning: Maybe<ItemPlanning>;
};

export type ItemPlanning = {
  __typename?: 'ItemPlanning';
  /** Weeks from now in which only customer orders count as demand. */
  demandTimeFence: Scalars['Int']['output'];
  fixedQuantity: Maybe<Scalars['Float']['output']>;
  /** Whole weeks from release to receipt. */
  leadTimeWeeks: Maybe<Scalars['Int']['output']>;
  lotRule: Maybe<LotSizingRule>;
  /** Planned by the master production schedule (forecast consumption, time fences). */
  masterScheduled: Scalars['Boolean']['output'];
  maximum: Maybe<Scalars['Float']['output']>;
  minimum: Maybe<Scalars['Float']['output']>;
  multiple: Maybe<Scalars['Float']['output']>;
  periods: Maybe<Scalars['Int']['output']>;
  /** Weeks from now in which the master schedule is frozen: only firm quantities. */
  planningTimeFence: Scalars['Int']['output'];
  safetyStock: Scalars['Float']['output'];
  /** Extra quantity lost when the item is used as a component, in percent. */
  scrapPercent: Scalars['Float']['output'];
  source: ItemSource;
  /** Good output of the item's own orders, in percent. */
  yieldPercent: Scalars['Float']['output'];
};

export type ItemPlanningInput = {
  demandTimeFence?: InputMaybe<Scalars['Int']['input']>;
  fixedQuantity?: InputMaybe<Scalars['Float']['input']>;
  itemId: Scalars['ID']['input'];
  leadTimeWeeks?: InputMaybe<Scalars['Int']['input']>;
  lotRule?: InputMaybe<LotSizingRule>;
  /** Default: true for finished goods. */
  masterScheduled?: InputMaybe<Scalars['Boolean']['input']>;
  maximum?: InputMaybe<Scalars['Float']['input']>;
  minimum?: InputMaybe<Scalars['Float']['input']>;
  multiple?: InputMaybe<Scalars['Float']['input']>;
  periods?: InputMaybe<Scalars['Int']['input']>;
  planningTimeFence?: InputMaybe<Scalars['Int']['input']>;
  safetyStock?: InputMaybe<Scalars['Float']['input']>;
  scrapPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Default: BUY for raw materials, MAKE otherwise. */
  source?: InputMaybe<ItemSource>;
  yieldPercent?: InputMaybe<Scalars['Float']['input']>;
};

export type ItemSource =
  | 'BUY'
  | 'MAKE';

export type LotSizingRule =
  /** The smallest multiple of a fixed quantity that covers the net requirement. */
  | 'FIXED_ORDER_QUANTITY'
  /** Exactly the net requirement. */
  | 'LOT_FOR_LOT'
  /** Everything needed over the next `periods` weeks, this one included. */
  | 'PERIOD_ORDER_QUANTITY';

export type Machine = {
  __typename?: 'Machine';
  id: Scalars['ID']['output'];
};

export type MasterProductionSchedule = {
  __typename?: 'MasterProductionSchedule';
  exceptions: Array<MpsException>;
  items: Array<MpsItemRecord>;
  /** First day of each week. */
  weeks: Array<Scalars['Date']['output']>;
};

export type MpsException = {
  __typename?: 'MpsException';
  item: Item;
  /** OVERPROMISED, ORDER_OVER_FORECAST or BELOW_SAFETY_STOCK. */
  kind: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  week: Scalars['Date']['output'];
};

export type MpsItemRecord = {
  __typename?: 'MpsItemRecord';
  availableToPromise: Array<Scalars['Float']['output']>;
  customerOrders: Array<Scalars['Float']['output']>;
  forecast: Array<Scalars['Float']['output']>;
  item: Item;
  masterSchedule: Array<Scalars['Float']['output']>;
  projectedAvailableBalance: Array<Scalars['Float']['output']>;
  projectedDemand: Array<Scalars['Float']['output']>;
  scheduledReceipts: Array<Scalars['Float']['output']>;
  unconsumedForecast: Array<Scalars['Float']['output']>;
};

export type MrpException = {
  __typename?: 'MrpException';
  date: Maybe<Scalars['Date']['output']>;
  item: Item;
  kind: MrpExceptionKind;
  message: Scalars['String']['output'];
  neededDate: Maybe<Scalars['Date']['output']>;
  /** The planned order, purchase-order line or work order the message is about. */
  orderId: Maybe<Scalars['ID']['output']>;
  quantity: Maybe<Scalars['Float']['output']>;
};

export type MrpExceptionKind =
  | 'BELOW_SAFETY_STOCK'
  | 'CANCEL'
  | 'DEFER'
  | 'EXPEDITE'
  | 'PAST_DUE';

export type MrpItemRecord = {
  __typename?: 'MrpItemRecord';
  grossRequirements: Array<Scalars['Float']['output']>;
  item: Item;
  lowLevelCode: Scalars['Int']['output'];
  netRequirements: Array<Scalars['Float']['output']>;
  plannedOrderReceipts: Array<Scalars['Float']['output']>;
  plannedOrderReleases: Array<Scalars['Float']['output']>;
  projectedOnHand: Array<Scalars['Float']['output']>;
  scheduledReceipts: Array<Scalars['Float']['output']>;
};

/** One material requirements planning run of a scenario at a site. */
export type MrpRun = {
  __typename?: 'MrpRun';
  createdAt: Scalars['DateTime']['output'];
  /** Action messages: expedite, defer, cancel, past due, below safety stock. */
  exceptions: Array<MrpException>;
  id: Scalars['ID']['output'];
  /** e.g. MRP-2026-000004. */
  number: Scalars['String']['output'];
  plannedOrders: Array<PlannedOrder>;
  /** The time-phased record (the classic MRP grid) of each item planned, or of the items asked for. */
  records: Array<MrpItemRecord>;
  scenario: PlanScenario;
  site: Site;
  /** First day of each weekly period. */
  weeks: Array<Scalars['Date']['output']>;
};


/** One material requirements planning run of a scenario at a site. */
export type MrpRunExceptionsArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
};


/** One material requirements planning run of a scenario at a site. */
export type MrpRunPlannedOrdersArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PlannedOrderStatus>>;
};


/** One material requirements planning run of a scenario at a site. */
export type MrpRunRecordsArgs = {
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends a run's search within a second, from any instance; it keeps the best schedule found so far. */
  cancelScheduleRun: ScheduleRun;
  /** A machine down or an extra shift in a scenario copy; CONFLICT on the live plan. */
  changeScenarioCapacity: PlanScenario;
  /** Replaces an item's forecast of one week in a scenario copy; CONFLICT on the live plan. */
  changeScenarioDemand: PlanScenario;
  /** A work order's priority in a scenario copy; CONFLICT on the live plan. */
  changeScenarioPriority: PlanScenario;
  /** Applies a dragged operation to the published schedule and publishes the result. */
  commitOperationMove: OperationMoveEvaluation;
  /** Puts the rush order into the live schedule and publishes it. */
  commitRushOrder: RushOrderEvaluation;
  /** A copy of the live plan that shares everything until changed. */
  createScenario: PlanScenario;
  /** Fixes a planned order's quantity and dates: later runs keep it. */
  firmPlannedOrder: PlannedOrder;
  /** Maintenance: the machine cannot work over the span, in every scenario. */
  planMachineDowntime: Scalars['Boolean']['output'];
  /**
   * Makes a draft the scenario's schedule in force (for the live plan: aps.SchedulePublished to mes). CONFLICT
   * when the scenario changed or another version was published since the draft was computed.
   */
  publishScheduleVersion: ScheduleVersion;
  /**
   * Hands a planned order of the live plan to srm (a draft purchase order, from the supplier given or the
   * one srm buys the item from) or mes (a work order). CONFLICT for a scenario copy's order or one
   * already released.
   */
  releasePlannedOrder: PlannedOrder;
  /** Plans material requirements of the scenario at the site and keeps the result (planned orders, records, messages). */
  runMrp: MrpRun;
  /** Saves an S&OP meeting's consensus plan of a family as an immutable snapshot (planners). */
  saveConsensusPlan: ConsensusPlan;
  /** Sets how aps plans an item (planners). */
  setItemPlanning: Item;
  /** Replaces a site's shifts and holidays, and its frozen horizon when given (0 to 168 hours; else it is kept). */
  setSiteCalendar: SiteCalendar;
  /** Starts scheduling a scenario's open work orders in the background; the run's draft version appears when it ends. */
  startScheduling: ScheduleRun;
};


export type MutationCancelScheduleRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeScenarioCapacityArgs = {
  input: ScenarioCapacityInput;
};


export type MutationChangeScenarioDemandArgs = {
  input: ScenarioDemandInput;
};


export type MutationChangeScenarioPriorityArgs = {
  input: ScenarioPriorityInput;
};


export type MutationCommitOperationMoveArgs = {
  input: OperationMoveInput;
};


export type MutationCommitRushOrderArgs = {
  input: RushOrderInput;
};


export type MutationCreateScenarioArgs = {
  input: CreateScenarioInput;
};


export type MutationFirmPlannedOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanMachineDowntimeArgs = {
  from: Scalars['DateTime']['input'];
  machineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};


export type MutationPublishScheduleVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleasePlannedOrderArgs = {
  id: Scalars['ID']['input'];
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRunMrpArgs = {
  input: RunMrpInput;
};


export type MutationSaveConsensusPlanArgs = {
  input: SaveConsensusPlanInput;
};


export type MutationSetItemPlanningArgs = {
  input: ItemPlanningInput;
};


export type MutationSetSiteCalendarArgs = {
  frozenHours?: InputMaybe<Scalars['Float']['input']>;
  holidays: Array<Scalars['Date']['input']>;
  shifts: Array<ShiftInput>;
  siteId: Scalars['ID']['input'];
};


export type MutationStartSchedulingArgs = {
  input: ScheduleInput;
};

export type OperationMoveEvaluation = {
  __typename?: 'OperationMoveEvaluation';
  kpiDeltas: ScheduleKpis;
  kpis: ScheduleKpis;
  lateWorkOrders: Array<WorkOrder>;
  /** Committed only: the published version. */
  scheduleVersion: Maybe<ScheduleVersion>;
};

export type OperationMoveInput = {
  machineId: Scalars['ID']['input'];
  /** The published version the operation was dragged on. */
  scheduleVersionId: Scalars['ID']['input'];
  sequence: Scalars['Int']['input'];
  start: Scalars['DateTime']['input'];
  workOrderId: Scalars['ID']['input'];
};

/** What part of a planned order serves. */
export type Peg = {
  __typename?: 'Peg';
  date: Scalars['Date']['output'];
  /** The sales-order line or forecast served (independent demand). */
  demandId: Maybe<Scalars['ID']['output']>;
  kind: PegKind;
  /** The parent's planned order whose release needs this quantity. */
  parentOrder: Maybe<PlannedOrder>;
  quantity: Scalars['Float']['output'];
};

export type PegKind =
  | 'EXCESS'
  | 'FORECAST'
  | 'MPS'
  | 'PARENT_ORDER'
  | 'SAFETY_STOCK'
  | 'SALES_ORDER'
  | 'SERVICE_PART';

/** The live plan, or a copy of it a planner changes and re-plans to compare. A copy stores only what it changes. */
export type PlanScenario = {
  __typename?: 'PlanScenario';
  basedOn: Maybe<PlanScenario>;
  /** What this copy changes; empty for the live plan. */
  changes: Array<ScenarioChange>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The latest MRP run of the scenario for the site, if any. */
  latestMrpRun: Maybe<MrpRun>;
  /** The plan mes and srm follow. */
  live: Scalars['Boolean']['output'];
  /**
   * The master production schedule of the site's master-scheduled items, week by week from this week:
   * forecast consumed by customer orders, demand and planning time fences, projected available balance
   * and available-to-promise.
   */
  masterProductionSchedule: MasterProductionSchedule;
  name: Scalars['String']['output'];
  /**
   * The schedule in force at the site: the scenario's published version, or for a copy without one
   * the live plan's; null when there is none. BAD_USER_INPUT for a malformed site id, NOT_FOUND for a
   * site erp never announced.
   */
  schedule: Maybe<ScheduleVersion>;
  /** The scenario's schedule versions at the site, newest first. */
  scheduleVersions: Array<ScheduleVersion>;
};


/** The live plan, or a copy of it a planner changes and re-plans to compare. A copy stores only what it changes. */
export type PlanScenarioLatestMrpRunArgs = {
  siteId: Scalars['ID']['input'];
};


/** The live plan, or a copy of it a planner changes and re-plans to compare. A copy stores only what it changes. */
export type PlanScenarioMasterProductionScheduleArgs = {
  siteId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


/** The live plan, or a copy of it a planner changes and re-plans to compare. A copy stores only what it changes. */
export type PlanScenarioScheduleArgs = {
  siteId: Scalars['ID']['input'];
};


/** The live plan, or a copy of it a planner changes and re-plans to compare. A copy stores only what it changes. */
export type PlanScenarioScheduleVersionsArgs = {
  siteId: Scalars['ID']['input'];
};

export type PlannedOrder = {
  __typename?: 'PlannedOrder';
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  kind: PlannedOrderKind;
  /** e.g. PLO-2026-000012. */
  number: Scalars['String']['output'];
  /** The customer orders it serves, traced up through every parent order. */
  peggedSalesOrders: Array<SalesOrder>;
  pegs: Array<Peg>;
  quantity: Scalars['Float']['output'];
  releaseDate: Scalars['Date']['output'];
  /**
   * What it was released as, once the system that makes it has announced it: the work order mes made of
   * a production order; the draft purchase order srm made of a purchase, when srm announces drafts.
   */
  releasedAs: Maybe<ReleasedOrder>;
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  site: Site;
  status: PlannedOrderStatus;
};

export type PlannedOrderKind =
  | 'PRODUCTION'
  | 'PURCHASE';

export type PlannedOrderStatus =
  /** Fixed by a planner: MRP keeps its quantity and dates. */
  | 'FIRM'
  /** Proposed by MRP; the next run replaces it. */
  | 'PLANNED'
  /** Handed to srm (a draft purchase order) or mes (a work order). */
  | 'RELEASED';

/** An S&OP product family. Owned by erp. */
export type ProductFamily = {
  __typename?: 'ProductFamily';
  id: Scalars['ID']['output'];
};

/** A purchase order a planned order was released as. Owned by srm. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Two schedule versions side by side (e.g. the live plan's and a scenario's), with KPI deltas. */
  compareSchedules: ScenarioComparison;
  /** A family's consensus plans, newest first. NOT_FOUND for an unknown family. */
  consensusPlans: Array<ConsensusPlan>;
  /** A dragged operation checked and rated against the published schedule; nothing changes. */
  evaluateOperationMove: OperationMoveEvaluation;
  /** The rush order's earliest date and impact on the live schedule; nothing changes. */
  evaluateRushOrder: RushOrderEvaluation;
  /** The plan mes and srm follow. */
  livePlan: PlanScenario;
  /** NOT_FOUND when there is no such run. */
  mrpRun: MrpRun;
  /** NOT_FOUND when there is no such scenario. */
  planScenario: PlanScenario;
  planScenarios: Array<PlanScenario>;
  /** NOT_FOUND when there is no such planned order. */
  plannedOrder: PlannedOrder;
  /**
   * A product family's S&OP plan, month by month from the month of `from` (this month when absent), in the
   * live plan or the scenario given. NOT_FOUND for an unknown family or scenario; months is 1 to 36.
   */
  salesAndOperationsPlan: SalesAndOperationsPlan;
  /** A background scheduling run; NOT_FOUND when there is no such run. */
  scheduleRun: ScheduleRun;
  /** NOT_FOUND when there is no such version. */
  scheduleVersion: ScheduleVersion;
  /** A site's shifts, holidays and frozen horizon (two shifts Monday to Friday, 8 hours frozen, until set). */
  siteCalendar: SiteCalendar;
};


export type QueryCompareSchedulesArgs = {
  baseId: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
};


export type QueryConsensusPlansArgs = {
  familyId: Scalars['ID']['input'];
};


export type QueryEvaluateOperationMoveArgs = {
  input: OperationMoveInput;
};


export type QueryEvaluateRushOrderArgs = {
  input: RushOrderInput;
};


export type QueryMrpRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlannedOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesAndOperationsPlanArgs = {
  familyId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  months?: InputMaybe<Scalars['Int']['input']>;
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryScheduleRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScheduleVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiteCalendarArgs = {
  siteId: Scalars['ID']['input'];
};

/** The order a released planned order became in the system that carries it out. */
export type ReleasedOrder = PurchaseOrder | WorkOrder;

export type RunMrpInput = {
  scenarioId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
  /** Weekly periods from this week; 26 when absent. */
  weeks?: InputMaybe<Scalars['Int']['input']>;
};

export type RushMode =
  /** The rush order at its earliest feasible completion, then the least harm to the rest. */
  | 'AT_ANY_COST'
  /** The least weighted tardiness over every order, the rush order's included. */
  | 'LEAST_DISRUPTION';

export type RushOrderEvaluation = {
  __typename?: 'RushOrderEvaluation';
  /** When it finishes in the proposed schedule. */
  completion: Scalars['DateTime']['output'];
  /** Work orders that finish later, and by how much. */
  delayed: Array<DelayedWorkOrder>;
  dueDate: Scalars['Date']['output'];
  /** The earliest the rush order could finish at all. */
  earliestCompletion: Scalars['DateTime']['output'];
  /** Proposed − current schedule. */
  kpiDeltas: ScheduleKpis;
  kpis: ScheduleKpis;
  /** Open value of the customer orders behind the newly late work orders. */
  moneyAtRisk: Scalars['Float']['output'];
  /** Work orders that were on time and no longer are. */
  newlyLate: Array<DelayedWorkOrder>;
  onTime: Scalars['Boolean']['output'];
  /** Committed item rush only: the released planned production order mes makes the work order from. */
  plannedOrder: Maybe<PlannedOrder>;
  /** Committed only: the published version. */
  scheduleVersion: Maybe<ScheduleVersion>;
};

export type RushOrderInput = {
  /** …by this day (for a sales order: its work order's due date unless given). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Or make this item… */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<RushMode>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Rush this customer order's open work order. */
  salesOrderId?: InputMaybe<Scalars['ID']['input']>;
  siteId: Scalars['ID']['input'];
};

/**
 * One month of a product family's sales and operations plan: demand against supply in the family's unit,
 * and the capacity of the work centers its routings use against their load, in hours.
 */
export type SalesAndOperationsMonth = {
  __typename?: 'SalesAndOperationsMonth';
  /** Working hours of the family's work centers' machines: shifts less holidays and downtime, plus extra shifts. */
  capacityHours: Scalars['Float']['output'];
  /** Forecast consumed by orders, item by item: the larger of each item's forecast and orders, added up. */
  demand: Scalars['Float']['output'];
  /** The family's own share of loadHours. */
  familyLoadHours: Scalars['Float']['output'];
  /** Forecast of the family's items (consensus, else sales, else statistical); a week counts in the month of its Thursday. */
  forecast: Scalars['Float']['output'];
  /** Hours the month's production of every item asks of those work centers (rough-cut: setup plus run time, in the month due). */
  loadHours: Scalars['Float']['output'];
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** Open customer orders due in the month; those already overdue count in the plan's first month. */
  orders: Scalars['Float']['output'];
  /** Open work orders and planned production orders of the family's items due in the month. */
  production: Scalars['Float']['output'];
  /** Open purchase-order lines and planned purchases of the family's items due in the month. */
  purchases: Scalars['Float']['output'];
  /** production + purchases. */
  supply: Scalars['Float']['output'];
};

/** A product family's sales and operations (S&OP) plan in the live plan or a scenario copy, month by month. */
export type SalesAndOperationsPlan = {
  __typename?: 'SalesAndOperationsPlan';
  family: ProductFamily;
  months: Array<SalesAndOperationsMonth>;
  scenario: PlanScenario;
  /** The family's unit of measure: every quantity is in it. */
  unitOfMeasure: Scalars['String']['output'];
  /** The work centers the family's routings use: capacity and load are theirs. */
  workCenters: Array<WorkCenter>;
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
};

export type SaveConsensusPlanInput = {
  /** What the meeting decided, one line each; at least one. */
  decisions: Array<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  /** 1 to 36 months, each once, spanning at most 36 months. */
  months: Array<ConsensusMonthInput>;
  /** The scenario the meeting looked at; the live plan when absent. */
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
};

export type ScenarioCapacityInput = {
  from: Scalars['DateTime']['input'];
  /** MACHINE_DOWN or EXTRA_SHIFT. */
  kind: ScenarioChangeKind;
  machineId: Scalars['ID']['input'];
  scenarioId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};

/** One thing a scenario copy changes; everything else it shares with the live plan. */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  createdAt: Scalars['DateTime']['output'];
  from: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** DEMAND: the item and week, and the week's forecast in the scenario. */
  item: Maybe<Item>;
  kind: ScenarioChangeKind;
  /** MACHINE_DOWN and EXTRA_SHIFT: the machine and the span. */
  machine: Maybe<Machine>;
  priority: Maybe<Scalars['Int']['output']>;
  quantity: Maybe<Scalars['Float']['output']>;
  to: Maybe<Scalars['DateTime']['output']>;
  weekStart: Maybe<Scalars['Date']['output']>;
  /** PRIORITY: the work order and its priority in the scenario (1 is the most urgent). */
  workOrder: Maybe<WorkOrder>;
};

export type ScenarioChangeKind =
  /** A week's forecast of an item replaced. */
  | 'DEMAND'
  /** A machine working an extra span beyond its shifts. */
  | 'EXTRA_SHIFT'
  /** A machine unavailable over a span. */
  | 'MACHINE_DOWN'
  /** A work order's priority changed. */
  | 'PRIORITY';

export type ScenarioComparison = {
  __typename?: 'ScenarioComparison';
  base: ScheduleVersion;
  /** other − base, KPI by KPI. */
  deltas: ScheduleKpis;
  other: ScheduleVersion;
};

export type ScenarioDemandInput = {
  itemId: Scalars['ID']['input'];
  /** The week's forecast in the scenario. */
  quantity: Scalars['Float']['input'];
  scenarioId: Scalars['ID']['input'];
  /** Any day of the week; the change applies to the week it falls in. */
  weekStart: Scalars['Date']['input'];
};

export type ScenarioPriorityInput = {
  priority: Scalars['Int']['input'];
  scenarioId: Scalars['ID']['input'];
  workOrderId: Scalars['ID']['input'];
};

export type ScheduleInput = {
  /** Days ahead; 14 when absent. */
  days?: InputMaybe<Scalars['Int']['input']>;
  scenarioId: Scalars['ID']['input'];
  /** How long the search runs; 5 when absent. */
  seconds?: InputMaybe<Scalars['Float']['input']>;
  siteId: Scalars['ID']['input'];
};

/** How good a schedule is; scenarios are compared on these. */
export type ScheduleKpis = {
  __typename?: 'ScheduleKpis';
  lateWorkOrders: Scalars['Int']['output'];
  /** From now to the last operation's end. */
  makespanHours: Scalars['Float']['output'];
  operations: Scalars['Int']['output'];
  totalLatenessHours: Scalars['Float']['output'];
  /** Busy time (setups included) over working time of the machines used, from now to the last end; 0 to 1. */
  utilisation: Scalars['Float']['output'];
  workOrders: Scalars['Int']['output'];
};

/**
 * A scheduling search running in the background, kept with its progress; a cancelled run keeps the best
 * schedule found so far. A run whose process stopped before it ended reads as FAILED (interrupted).
 */
export type ScheduleRun = {
  __typename?: 'ScheduleRun';
  /** The best schedule's weighted tardiness so far (minutes × weight). */
  bestWeightedTardiness: Maybe<Scalars['Float']['output']>;
  /** Milliseconds the search has run. */
  elapsedMs: Maybe<Scalars['Float']['output']>;
  /** When it finished, was cancelled or failed; null while it runs. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  iterations: Maybe<Scalars['Int']['output']>;
  scenario: PlanScenario;
  /** The draft version, once the run has ended. */
  scheduleVersion: Maybe<ScheduleVersion>;
  site: Site;
  startedAt: Scalars['DateTime']['output'];
  status: ScheduleRunStatus;
};

export type ScheduleRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

export type ScheduleVersion = {
  __typename?: 'ScheduleVersion';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kpis: ScheduleKpis;
  /** e.g. SCH-2026-000007. */
  number: Scalars['String']['output'];
  /** Operations by start; filtered to a machine or a work order when asked. */
  operations: Array<ScheduledOperation>;
  /** RUN, RUSH_ORDER or MOVE. */
  origin: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  scenario: PlanScenario;
  site: Site;
  /** Open work orders the run could not schedule, and why (NO_ROUTING, NO_MACHINE). */
  skipped: Array<SkippedWorkOrder>;
  status: ScheduleVersionStatus;
};


export type ScheduleVersionOperationsArgs = {
  machineId?: InputMaybe<Scalars['ID']['input']>;
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
};

export type ScheduleVersionStatus =
  /** Proposed by a run; publishing makes it the schedule in force. */
  | 'DRAFT'
  /** The schedule in force (for the live plan: what mes dispatches). */
  | 'PUBLISHED'
  /** Replaced by a later published version. */
  | 'SUPERSEDED';

export type ScheduledOperation = {
  __typename?: 'ScheduledOperation';
  /** The work order's due date. */
  dueDate: Scalars['Date']['output'];
  end: Scalars['DateTime']['output'];
  item: Item;
  /** Ends after the work order's due date. */
  late: Scalars['Boolean']['output'];
  machine: Machine;
  /** The routing step's sequence. */
  sequence: Scalars['Int']['output'];
  /** Changeover time on the machine right before start. */
  setupMinutes: Scalars['Float']['output'];
  start: Scalars['DateTime']['output'];
  workOrder: WorkOrder;
  /** The work order's number, e.g. WO-2026-000031. */
  workOrderNumber: Scalars['String']['output'];
};

export type Shift = {
  __typename?: 'Shift';
  /** HH:MM, UTC; at or before start: the next day. */
  end: Scalars['String']['output'];
  /** HH:MM, UTC. */
  start: Scalars['String']['output'];
  /** 1 = Monday … 7 = Sunday. */
  weekday: Scalars['Int']['output'];
};

export type ShiftInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

export type SiteCalendar = {
  __typename?: 'SiteCalendar';
  /** Hours from now in which the site's schedule keeps its place: runs, rush orders and drags leave it be (8 until set). */
  frozenHours: Scalars['Float']['output'];
  holidays: Array<Scalars['Date']['output']>;
  shifts: Array<Shift>;
};

export type SkippedWorkOrder = {
  __typename?: 'SkippedWorkOrder';
  reason: Scalars['String']['output'];
  workOrder: WorkOrder;
};

/** A group of machines on the shop floor. Owned by mes. */
export type WorkCenter = {
  __typename?: 'WorkCenter';
  id: Scalars['ID']['output'];
};

export type WorkOrder = {
  __typename?: 'WorkOrder';
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Item: Item;
  MrpRun: MrpRun;
  PlanScenario: PlanScenario;
  PlannedOrder: PlannedOrder;
  ScheduleVersion: ScheduleVersion;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  MrpRun:
    ( { __typename: 'MrpRun' }
    & GraphQLRecursivePick<FederationTypes['MrpRun'], {"id":true}> );
  PlanScenario:
    ( { __typename: 'PlanScenario' }
    & GraphQLRecursivePick<FederationTypes['PlanScenario'], {"id":true}> );
  PlannedOrder:
    ( { __typename: 'PlannedOrder' }
    & GraphQLRecursivePick<FederationTypes['PlannedOrder'], {"id":true}> );
  ScheduleVersion:
    ( { __typename: 'ScheduleVersion' }
    & GraphQLRecursivePick<FederationTypes['ScheduleVersion'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ConsensusMonthInput: ConsensusMonthInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ConsensusPlan: ResolverTypeWrapper<ConsensusPlanEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConsensusPlanMonth: ResolverTypeWrapper<ConsensusMonthEntity>;
  CreateScenarioInput: CreateScenarioInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DelayedWorkOrder: ResolverTypeWrapper<Omit<DelayedWorkOrder, 'workOrder'> & { workOrder: ResolversTypes['WorkOrder'] }>;
  Item: ResolverTypeWrapper<{ id: string }>;
  ItemPlanning: ResolverTypeWrapper<ItemPlanningEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ItemPlanningInput: ItemPlanningInput;
  ItemSource: ItemSource;
  LotSizingRule: LotSizingRule;
  Machine: ResolverTypeWrapper<{ id: string }>;
  MasterProductionSchedule: ResolverTypeWrapper<MasterScheduleViewEntity>;
  MpsException: ResolverTypeWrapper<MpsExceptionViewEntity>;
  MpsItemRecord: ResolverTypeWrapper<MpsRecordEntity>;
  MrpException: ResolverTypeWrapper<StoredExceptionEntity>;
  MrpExceptionKind: MrpExceptionKind;
  MrpItemRecord: ResolverTypeWrapper<MrpRecordEntity>;
  MrpRun: ResolverTypeWrapper<MrpRunEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OperationMoveEvaluation: ResolverTypeWrapper<OperationMoveEvaluationEntity>;
  OperationMoveInput: OperationMoveInput;
  Peg: ResolverTypeWrapper<StoredPegEntity>;
  PegKind: PegKind;
  PlanScenario: ResolverTypeWrapper<PlanScenarioEntity>;
  PlannedOrder: ResolverTypeWrapper<PlannedOrderEntity>;
  PlannedOrderKind: PlannedOrderKind;
  PlannedOrderStatus: PlannedOrderStatus;
  ProductFamily: ResolverTypeWrapper<{ id: string }>;
  PurchaseOrder: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReleasedOrder: ResolverTypeWrapper<{ __typename: 'PurchaseOrder' | 'WorkOrder'; id: string }>;
  RunMrpInput: RunMrpInput;
  RushMode: RushMode;
  RushOrderEvaluation: ResolverTypeWrapper<RushOrderEvaluationEntity>;
  RushOrderInput: RushOrderInput;
  SalesAndOperationsMonth: ResolverTypeWrapper<SalesAndOperationsMonthEntity>;
  SalesAndOperationsPlan: ResolverTypeWrapper<SalesAndOperationsPlanViewEntity>;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SaveConsensusPlanInput: SaveConsensusPlanInput;
  ScenarioCapacityInput: ScenarioCapacityInput;
  ScenarioChange: ResolverTypeWrapper<ScenarioChangeEntity>;
  ScenarioChangeKind: ScenarioChangeKind;
  ScenarioComparison: ResolverTypeWrapper<{ base: ScheduleVersionEntity; other: ScheduleVersionEntity; deltas: ScheduleKpisEntity }>;
  ScenarioDemandInput: ScenarioDemandInput;
  ScenarioPriorityInput: ScenarioPriorityInput;
  ScheduleInput: ScheduleInput;
  ScheduleKpis: ResolverTypeWrapper<ScheduleKpisEntity>;
  ScheduleRun: ResolverTypeWrapper<ScheduleRunEntity>;
  ScheduleRunStatus: ScheduleRunStatus;
  ScheduleVersion: ResolverTypeWrapper<ScheduleVersionEntity>;
  ScheduleVersionStatus: ScheduleVersionStatus;
  ScheduledOperation: ResolverTypeWrapper<ScheduledOperationRecordEntity>;
  Shift: ResolverTypeWrapper<Shift>;
  ShiftInput: ShiftInput;
  Site: ResolverTypeWrapper<{ id: string }>;
  SiteCalendar: ResolverTypeWrapper<SiteCalendarEntity>;
  SkippedWorkOrder: ResolverTypeWrapper<Omit<SkippedWorkOrder, 'workOrder'> & { workOrder: ResolversTypes['WorkOrder'] }>;
  WorkCenter: ResolverTypeWrapper<{ id: string }>;
  WorkOrder: ResolverTypeWrapper<{ id: string }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ConsensusMonthInput: ConsensusMonthInput;
  Float: Scalars['Float']['output'];
  ConsensusPlan: ConsensusPlanEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ConsensusPlanMonth: ConsensusMonthEntity;
  CreateScenarioInput: CreateScenarioInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DelayedWorkOrder: Omit<DelayedWorkOrder, 'workOrder'> & { workOrder: ResolversParentTypes['WorkOrder'] };
  Item: { id: string };
  ItemPlanning: ItemPlanningEntity;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ItemPlanningInput: ItemPlanningInput;
  Machine: { id: string };
  MasterProductionSchedule: MasterScheduleViewEntity;
  MpsException: MpsExceptionViewEntity;
  MpsItemRecord: MpsRecordEntity;
  MrpException: StoredExceptionEntity;
  MrpItemRecord: MrpRecordEntity;
  MrpRun: MrpRunEntity;
  Mutation: Record<PropertyKey, never>;
  OperationMoveEvaluation: OperationMoveEvaluationEntity;
  OperationMoveInput: OperationMoveInput;
  Peg: StoredPegEntity;
  PlanScenario: PlanScenarioEntity;
  PlannedOrder: PlannedOrderEntity;
  ProductFamily: { id: string };
  PurchaseOrder: { id: string };
  Query: Record<PropertyKey, never>;
  ReleasedOrder: { __typename: 'PurchaseOrder' | 'WorkOrder'; id: string };
  RunMrpInput: RunMrpInput;
  RushOrderEvaluation: RushOrderEvaluationEntity;
  RushOrderInput: RushOrderInput;
  SalesAndOperationsMonth: SalesAndOperationsMonthEntity;
  SalesAndOperationsPlan: SalesAndOperationsPlanViewEntity;
  SalesOrder: { id: string };
  SaveConsensusPlanInput: SaveConsensusPlanInput;
  ScenarioCapacityInput: ScenarioCapacityInput;
  ScenarioChange: ScenarioChangeEntity;
  ScenarioComparison: { base: ScheduleVersionEntity; other: ScheduleVersionEntity; deltas: ScheduleKpisEntity };
  ScenarioDemandInput: ScenarioDemandInput;
  ScenarioPriorityInput: ScenarioPriorityInput;
  ScheduleInput: ScheduleInput;
  ScheduleKpis: ScheduleKpisEntity;
  ScheduleRun: ScheduleRunEntity;
  ScheduleVersion: ScheduleVersionEntity;
  ScheduledOperation: ScheduledOperationRecordEntity;
  Shift: Shift;
  ShiftInput: ShiftInput;
  Site: { id: string };
  SiteCalendar: SiteCalendarEntity;
  SkippedWorkOrder: Omit<SkippedWorkOrder, 'workOrder'> & { workOrder: ResolversParentTypes['WorkOrder'] };
  WorkCenter: { id: string };
  WorkOrder: { id: string };
};

export type ConsensusPlanResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ConsensusPlan'] = ResolversParentTypes['ConsensusPlan']> = {
  decisions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['ConsensusPlanMonth']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  savedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
};

export type ConsensusPlanMonthResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ConsensusPlanMonth'] = ResolversParentTypes['ConsensusPlanMonth']> = {
  figures?: Resolver<ResolversTypes['SalesAndOperationsMonth'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelayedWorkOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['DelayedWorkOrder'] = ResolversParentTypes['DelayedWorkOrder']> = {
  byHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
  workOrderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planning?: Resolver<Maybe<ResolversTypes['ItemPlanning']>, ParentType, ContextType>;
};

export type ItemPlanningResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ItemPlanning'] = ResolversParentTypes['ItemPlanning']> = {
  demandTimeFence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fixedQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leadTimeWeeks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lotRule?: Resolver<Maybe<ResolversTypes['LotSizingRule']>, ParentType, ContextType>;
  masterScheduled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maximum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  multiple?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periods?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  planningTimeFence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scrapPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ItemSource'], ParentType, ContextType>;
  yieldPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MachineResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Machine'] = ResolversParentTypes['Machine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MasterProductionScheduleResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MasterProductionSchedule'] = ResolversParentTypes['MasterProductionSchedule']> = {
  exceptions?: Resolver<Array<ResolversTypes['MpsException']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MpsItemRecord']>, ParentType, ContextType>;
  weeks?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MpsExceptionResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MpsException'] = ResolversParentTypes['MpsException']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MpsItemRecordResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MpsItemRecord'] = ResolversParentTypes['MpsItemRecord']> = {
  availableToPromise?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  customerOrders?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  forecast?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  masterSchedule?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedAvailableBalance?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedDemand?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  scheduledReceipts?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  unconsumedForecast?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MrpExceptionResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MrpException'] = ResolversParentTypes['MrpException']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MrpExceptionKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neededDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MrpItemRecordResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MrpItemRecord'] = ResolversParentTypes['MrpItemRecord']> = {
  grossRequirements?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lowLevelCode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  netRequirements?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  plannedOrderReceipts?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  plannedOrderReleases?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedOnHand?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  scheduledReceipts?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MrpRunResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['MrpRun'] = ResolversParentTypes['MrpRun'], FederationReferenceType extends FederationReferenceTypes['MrpRun'] = FederationReferenceTypes['MrpRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MrpRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exceptions?: Resolver<Array<ResolversTypes['MrpException']>, ParentType, ContextType, Partial<MrpRunExceptionsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedOrders?: Resolver<Array<ResolversTypes['PlannedOrder']>, ParentType, ContextType, Partial<MrpRunPlannedOrdersArgs>>;
  records?: Resolver<Array<ResolversTypes['MrpItemRecord']>, ParentType, ContextType, Partial<MrpRunRecordsArgs>>;
  scenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  weeks?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelScheduleRun?: Resolver<ResolversTypes['ScheduleRun'], ParentType, ContextType, RequireFields<MutationCancelScheduleRunArgs, 'id'>>;
  changeScenarioCapacity?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationChangeScenarioCapacityArgs, 'input'>>;
  changeScenarioDemand?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationChangeScenarioDemandArgs, 'input'>>;
  changeScenarioPriority?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationChangeScenarioPriorityArgs, 'input'>>;
  commitOperationMove?: Resolver<ResolversTypes['OperationMoveEvaluation'], ParentType, ContextType, RequireFields<MutationCommitOperationMoveArgs, 'input'>>;
  commitRushOrder?: Resolver<ResolversTypes['RushOrderEvaluation'], ParentType, ContextType, RequireFields<MutationCommitRushOrderArgs, 'input'>>;
  createScenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationCreateScenarioArgs, 'input'>>;
  firmPlannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<MutationFirmPlannedOrderArgs, 'id'>>;
  planMachineDowntime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationPlanMachineDowntimeArgs, 'from' | 'machineId' | 'reason' | 'to'>>;
  publishScheduleVersion?: Resolver<ResolversTypes['ScheduleVersion'], ParentType, ContextType, RequireFields<MutationPublishScheduleVersionArgs, 'id'>>;
  releasePlannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<MutationReleasePlannedOrderArgs, 'id'>>;
  runMrp?: Resolver<ResolversTypes['MrpRun'], ParentType, ContextType, RequireFields<MutationRunMrpArgs, 'input'>>;
  saveConsensusPlan?: Resolver<ResolversTypes['ConsensusPlan'], ParentType, ContextType, RequireFields<MutationSaveConsensusPlanArgs, 'input'>>;
  setItemPlanning?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemPlanningArgs, 'input'>>;
  setSiteCalendar?: Resolver<ResolversTypes['SiteCalendar'], ParentType, ContextType, RequireFields<MutationSetSiteCalendarArgs, 'holidays' | 'shifts' | 'siteId'>>;
  startScheduling?: Resolver<ResolversTypes['ScheduleRun'], ParentType, ContextType, RequireFields<MutationStartSchedulingArgs, 'input'>>;
};

export type OperationMoveEvaluationResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['OperationMoveEvaluation'] = ResolversParentTypes['OperationMoveEvaluation']> = {
  kpiDeltas?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  lateWorkOrders?: Resolver<Array<ResolversTypes['WorkOrder']>, ParentType, ContextType>;
  scheduleVersion?: Resolver<Maybe<ResolversTypes['ScheduleVersion']>, ParentType, ContextType>;
};

export type PegResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Peg'] = ResolversParentTypes['Peg']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demandId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PegKind'], ParentType, ContextType>;
  parentOrder?: Resolver<Maybe<ResolversTypes['PlannedOrder']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PlanScenarioResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['PlanScenario'] = ResolversParentTypes['PlanScenario'], FederationReferenceType extends FederationReferenceTypes['PlanScenario'] = FederationReferenceTypes['PlanScenario']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanScenario']> | FederationReferenceType, FederationReferenceType, ContextType>;
  basedOn?: Resolver<Maybe<ResolversTypes['PlanScenario']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ScenarioChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestMrpRun?: Resolver<Maybe<ResolversTypes['MrpRun']>, ParentType, ContextType, RequireFields<PlanScenarioLatestMrpRunArgs, 'siteId'>>;
  live?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  masterProductionSchedule?: Resolver<ResolversTypes['MasterProductionSchedule'], ParentType, ContextType, RequireFields<PlanScenarioMasterProductionScheduleArgs, 'siteId' | 'weeks'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['ScheduleVersion']>, ParentType, ContextType, RequireFields<PlanScenarioScheduleArgs, 'siteId'>>;
  scheduleVersions?: Resolver<Array<ResolversTypes['ScheduleVersion']>, ParentType, ContextType, RequireFields<PlanScenarioScheduleVersionsArgs, 'siteId'>>;
};

export type PlannedOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['PlannedOrder'] = ResolversParentTypes['PlannedOrder'], FederationReferenceType extends FederationReferenceTypes['PlannedOrder'] = FederationReferenceTypes['PlannedOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlannedOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlannedOrderKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peggedSalesOrders?: Resolver<Array<ResolversTypes['SalesOrder']>, ParentType, ContextType>;
  pegs?: Resolver<Array<ResolversTypes['Peg']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  releaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  releasedAs?: Resolver<Maybe<ResolversTypes['ReleasedOrder']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlannedOrderStatus'], ParentType, ContextType>;
};

export type ProductFamilyResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ProductFamily'] = ResolversParentTypes['ProductFamily']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  compareSchedules?: Resolver<ResolversTypes['ScenarioComparison'], ParentType, ContextType, RequireFields<QueryCompareSchedulesArgs, 'baseId' | 'otherId'>>;
  consensusPlans?: Resolver<Array<ResolversTypes['ConsensusPlan']>, ParentType, ContextType, RequireFields<QueryConsensusPlansArgs, 'familyId'>>;
  evaluateOperationMove?: Resolver<ResolversTypes['OperationMoveEvaluation'], ParentType, ContextType, RequireFields<QueryEvaluateOperationMoveArgs, 'input'>>;
  evaluateRushOrder?: Resolver<ResolversTypes['RushOrderEvaluation'], ParentType, ContextType, RequireFields<QueryEvaluateRushOrderArgs, 'input'>>;
  livePlan?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  mrpRun?: Resolver<ResolversTypes['MrpRun'], ParentType, ContextType, RequireFields<QueryMrpRunArgs, 'id'>>;
  planScenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<QueryPlanScenarioArgs, 'id'>>;
  planScenarios?: Resolver<Array<ResolversTypes['PlanScenario']>, ParentType, ContextType>;
  plannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<QueryPlannedOrderArgs, 'id'>>;
  salesAndOperationsPlan?: Resolver<ResolversTypes['SalesAndOperationsPlan'], ParentType, ContextType, RequireFields<QuerySalesAndOperationsPlanArgs, 'familyId' | 'months'>>;
  scheduleRun?: Resolver<ResolversTypes['ScheduleRun'], ParentType, ContextType, RequireFields<QueryScheduleRunArgs, 'id'>>;
  scheduleVersion?: Resolver<ResolversTypes['ScheduleVersion'], ParentType, ContextType, RequireFields<QueryScheduleVersionArgs, 'id'>>;
  siteCalendar?: Resolver<ResolversTypes['SiteCalendar'], ParentType, ContextType, RequireFields<QuerySiteCalendarArgs, 'siteId'>>;
};

export type ReleasedOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ReleasedOrder'] = ResolversParentTypes['ReleasedOrder']> = {
  __resolveType: TypeResolveFn<'PurchaseOrder' | 'WorkOrder', ParentType, ContextType>;
};

export type RushOrderEvaluationResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['RushOrderEvaluation'] = ResolversParentTypes['RushOrderEvaluation']> = {
  completion?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delayed?: Resolver<Array<ResolversTypes['DelayedWorkOrder']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  earliestCompletion?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kpiDeltas?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  moneyAtRisk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  newlyLate?: Resolver<Array<ResolversTypes['DelayedWorkOrder']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plannedOrder?: Resolver<Maybe<ResolversTypes['PlannedOrder']>, ParentType, ContextType>;
  scheduleVersion?: Resolver<Maybe<ResolversTypes['ScheduleVersion']>, ParentType, ContextType>;
};

export type SalesAndOperationsMonthResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SalesAndOperationsMonth'] = ResolversParentTypes['SalesAndOperationsMonth']> = {
  capacityHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  demand?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  familyLoadHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  loadHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  production?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  purchases?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supply?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SalesAndOperationsPlanResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SalesAndOperationsPlan'] = ResolversParentTypes['SalesAndOperationsPlan']> = {
  family?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['SalesAndOperationsMonth']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workCenters?: Resolver<Array<ResolversTypes['WorkCenter']>, ParentType, ContextType>;
};

export type SalesOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ScenarioChangeResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScenarioChangeKind'], ParentType, ContextType>;
  machine?: Resolver<Maybe<ResolversTypes['Machine']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  weekStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  workOrder?: Resolver<Maybe<ResolversTypes['WorkOrder']>, ParentType, ContextType>;
};

export type ScenarioComparisonResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScenarioComparison'] = ResolversParentTypes['ScenarioComparison']> = {
  base?: Resolver<ResolversTypes['ScheduleVersion'], ParentType, ContextType>;
  deltas?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['ScheduleVersion'], ParentType, ContextType>;
};

export type ScheduleKpisResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScheduleKpis'] = ResolversParentTypes['ScheduleKpis']> = {
  lateWorkOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  makespanHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalLatenessHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilisation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScheduleRunResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScheduleRun'] = ResolversParentTypes['ScheduleRun']> = {
  bestWeightedTardiness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  elapsedMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iterations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  scheduleVersion?: Resolver<Maybe<ResolversTypes['ScheduleVersion']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScheduleRunStatus'], ParentType, ContextType>;
};

export type ScheduleVersionResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScheduleVersion'] = ResolversParentTypes['ScheduleVersion'], FederationReferenceType extends FederationReferenceTypes['ScheduleVersion'] = FederationReferenceTypes['ScheduleVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ScheduleVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['ScheduleKpis'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['ScheduledOperation']>, ParentType, ContextType, Partial<ScheduleVersionOperationsArgs>>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedWorkOrder']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScheduleVersionStatus'], ParentType, ContextType>;
};

export type ScheduledOperationResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScheduledOperation'] = ResolversParentTypes['ScheduledOperation']> = {
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  machine?: Resolver<ResolversTypes['Machine'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setupMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
  workOrderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShiftResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Shift'] = ResolversParentTypes['Shift']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SiteCalendarResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SiteCalendar'] = ResolversParentTypes['SiteCalendar']> = {
  frozenHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  shifts?: Resolver<Array<ResolversTypes['Shift']>, ParentType, ContextType>;
};

export type SkippedWorkOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SkippedWorkOrder'] = ResolversParentTypes['SkippedWorkOrder']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
};

export type WorkCenterResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['WorkOrder'] = ResolversParentTypes['WorkOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = ApsContext> = {
  ConsensusPlan?: ConsensusPlanResolvers<ContextType>;
  ConsensusPlanMonth?: ConsensusPlanMonthResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DelayedWorkOrder?: DelayedWorkOrderResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemPlanning?: ItemPlanningResolvers<ContextType>;
  Machine?: MachineResolvers<ContextType>;
  MasterProductionSchedule?: MasterProductionScheduleResolvers<ContextType>;
  MpsException?: MpsExceptionResolvers<ContextType>;
  MpsItemRecord?: MpsItemRecordResolvers<ContextType>;
  MrpException?: MrpExceptionResolvers<ContextType>;
  MrpItemRecord?: MrpItemRecordResolvers<ContextType>;
  MrpRun?: MrpRunResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperationMoveEvaluation?: OperationMoveEvaluationResolvers<ContextType>;
  Peg?: PegResolvers<ContextType>;
  PlanScenario?: PlanScenarioResolvers<ContextType>;
  PlannedOrder?: PlannedOrderResolvers<ContextType>;
  ProductFamily?: ProductFamilyResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReleasedOrder?: ReleasedOrderResolvers<ContextType>;
  RushOrderEvaluation?: RushOrderEvaluationResolvers<ContextType>;
  SalesAndOperationsMonth?: SalesAndOperationsMonthResolvers<ContextType>;
  SalesAndOperationsPlan?: SalesAndOperationsPlanResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  ScenarioComparison?: ScenarioComparisonResolvers<ContextType>;
  ScheduleKpis?: ScheduleKpisResolvers<ContextType>;
  ScheduleRun?: ScheduleRunResolvers<ContextType>;
  ScheduleVersion?: ScheduleVersionResolvers<ContextType>;
  ScheduledOperation?: ScheduledOperationResolvers<ContextType>;
  Shift?: ShiftResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SiteCalendar?: SiteCalendarResolvers<ContextType>;
  SkippedWorkOrder?: SkippedWorkOrderResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
  WorkOrder?: WorkOrderResolvers<ContextType>;
};

