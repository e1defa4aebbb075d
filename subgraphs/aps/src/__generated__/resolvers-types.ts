import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlanScenario as PlanScenarioEntity, ScenarioChange as ScenarioChangeEntity } from '../scenario/scenario.entity.ts';
import type { ItemPlanning as ItemPlanningEntity } from '../item-planning/item-planning.entity.ts';
import type { MasterScheduleView as MasterScheduleViewEntity, MpsExceptionView as MpsExceptionViewEntity } from '../master-schedule/master-schedule.service.ts';
import type { MpsRecord as MpsRecordEntity } from '../mps/mps.model.ts';
import type { MrpRun as MrpRunEntity, StoredException as StoredExceptionEntity, PlannedOrder as PlannedOrderEntity, StoredPeg as StoredPegEntity } from '../mrp-run/mrp-run.entity.ts';
import type { MrpRecord as MrpRecordEntity } from '../mrp/mrp.model.ts';
import type { ApsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type CreateScenarioInput = {
  name: Scalars['String']['input'];
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
  /** Replaces an item's forecast of one week in a scenario copy; CONFLICT on the live plan. */
  changeScenarioDemand: PlanScenario;
  /** A copy of the live plan that shares everything until changed. */
  createScenario: PlanScenario;
  /** Fixes a planned order's quantity and dates: later runs keep it. */
  firmPlannedOrder: PlannedOrder;
  /**
   * Hands a planned order of the live plan to srm (a draft purchase order, from the supplier given or the
   * one srm buys the item from) or mes (a work order). CONFLICT for a scenario copy's order or one
   * already released.
   */
  releasePlannedOrder: PlannedOrder;
  /** Plans material requirements of the scenario at the site and keeps the result (planned orders, records, messages). */
  runMrp: MrpRun;
  /** Sets how aps plans an item (planners). */
  setItemPlanning: Item;
};


export type MutationChangeScenarioDemandArgs = {
  input: ScenarioDemandInput;
};


export type MutationCreateScenarioArgs = {
  input: CreateScenarioInput;
};


export type MutationFirmPlannedOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleasePlannedOrderArgs = {
  id: Scalars['ID']['input'];
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRunMrpArgs = {
  input: RunMrpInput;
};


export type MutationSetItemPlanningArgs = {
  input: ItemPlanningInput;
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

export type Query = {
  __typename?: 'Query';
  /** The plan mes and srm follow. */
  livePlan: PlanScenario;
  /** NOT_FOUND when there is no such run. */
  mrpRun: MrpRun;
  /** NOT_FOUND when there is no such scenario. */
  planScenario: PlanScenario;
  planScenarios: Array<PlanScenario>;
  /** NOT_FOUND when there is no such planned order. */
  plannedOrder: PlannedOrder;
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

export type RunMrpInput = {
  scenarioId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
  /** Weekly periods from this week; 26 when absent. */
  weeks?: InputMaybe<Scalars['Int']['input']>;
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
};

/** One thing a scenario copy changes; everything else it shares with the live plan. */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  item: Maybe<Item>;
  kind: ScenarioChangeKind;
  quantity: Maybe<Scalars['Float']['output']>;
  weekStart: Maybe<Scalars['Date']['output']>;
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

export type ScenarioDemandInput = {
  itemId: Scalars['ID']['input'];
  /** The week's forecast in the scenario. */
  quantity: Scalars['Float']['input'];
  scenarioId: Scalars['ID']['input'];
  /** Any day of the week; the change applies to the week it falls in. */
  weekStart: Scalars['Date']['input'];
};

export type Site = {
  __typename?: 'Site';
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
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateScenarioInput: CreateScenarioInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Item: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ItemPlanning: ResolverTypeWrapper<ItemPlanningEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ItemPlanningInput: ItemPlanningInput;
  ItemSource: ItemSource;
  LotSizingRule: LotSizingRule;
  MasterProductionSchedule: ResolverTypeWrapper<MasterScheduleViewEntity>;
  MpsException: ResolverTypeWrapper<MpsExceptionViewEntity>;
  MpsItemRecord: ResolverTypeWrapper<MpsRecordEntity>;
  MrpException: ResolverTypeWrapper<StoredExceptionEntity>;
  MrpExceptionKind: MrpExceptionKind;
  MrpItemRecord: ResolverTypeWrapper<MrpRecordEntity>;
  MrpRun: ResolverTypeWrapper<MrpRunEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Peg: ResolverTypeWrapper<StoredPegEntity>;
  PegKind: PegKind;
  PlanScenario: ResolverTypeWrapper<PlanScenarioEntity>;
  PlannedOrder: ResolverTypeWrapper<PlannedOrderEntity>;
  PlannedOrderKind: PlannedOrderKind;
  PlannedOrderStatus: PlannedOrderStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RunMrpInput: RunMrpInput;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  ScenarioChange: ResolverTypeWrapper<ScenarioChangeEntity>;
  ScenarioChangeKind: ScenarioChangeKind;
  ScenarioDemandInput: ScenarioDemandInput;
  Site: ResolverTypeWrapper<{ id: string }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateScenarioInput: CreateScenarioInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Item: { id: string };
  ID: Scalars['ID']['output'];
  ItemPlanning: ItemPlanningEntity;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  ItemPlanningInput: ItemPlanningInput;
  MasterProductionSchedule: MasterScheduleViewEntity;
  MpsException: MpsExceptionViewEntity;
  MpsItemRecord: MpsRecordEntity;
  MrpException: StoredExceptionEntity;
  MrpItemRecord: MrpRecordEntity;
  MrpRun: MrpRunEntity;
  Mutation: Record<PropertyKey, never>;
  Peg: StoredPegEntity;
  PlanScenario: PlanScenarioEntity;
  PlannedOrder: PlannedOrderEntity;
  Query: Record<PropertyKey, never>;
  RunMrpInput: RunMrpInput;
  SalesOrder: { id: string };
  ScenarioChange: ScenarioChangeEntity;
  ScenarioDemandInput: ScenarioDemandInput;
  Site: { id: string };
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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
  changeScenarioDemand?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationChangeScenarioDemandArgs, 'input'>>;
  createScenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<MutationCreateScenarioArgs, 'input'>>;
  firmPlannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<MutationFirmPlannedOrderArgs, 'id'>>;
  releasePlannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<MutationReleasePlannedOrderArgs, 'id'>>;
  runMrp?: Resolver<ResolversTypes['MrpRun'], ParentType, ContextType, RequireFields<MutationRunMrpArgs, 'input'>>;
  setItemPlanning?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationSetItemPlanningArgs, 'input'>>;
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
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlannedOrderStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  livePlan?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType>;
  mrpRun?: Resolver<ResolversTypes['MrpRun'], ParentType, ContextType, RequireFields<QueryMrpRunArgs, 'id'>>;
  planScenario?: Resolver<ResolversTypes['PlanScenario'], ParentType, ContextType, RequireFields<QueryPlanScenarioArgs, 'id'>>;
  planScenarios?: Resolver<Array<ResolversTypes['PlanScenario']>, ParentType, ContextType>;
  plannedOrder?: Resolver<ResolversTypes['PlannedOrder'], ParentType, ContextType, RequireFields<QueryPlannedOrderArgs, 'id'>>;
};

export type SalesOrderResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ScenarioChangeResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScenarioChangeKind'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weekStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SiteResolvers<ContextType = ApsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApsContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Item?: ItemResolvers<ContextType>;
  ItemPlanning?: ItemPlanningResolvers<ContextType>;
  MasterProductionSchedule?: MasterProductionScheduleResolvers<ContextType>;
  MpsException?: MpsExceptionResolvers<ContextType>;
  MpsItemRecord?: MpsItemRecordResolvers<ContextType>;
  MrpException?: MrpExceptionResolvers<ContextType>;
  MrpItemRecord?: MrpItemRecordResolvers<ContextType>;
  MrpRun?: MrpRunResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Peg?: PegResolvers<ContextType>;
  PlanScenario?: PlanScenarioResolvers<ContextType>;
  PlannedOrder?: PlannedOrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
};

