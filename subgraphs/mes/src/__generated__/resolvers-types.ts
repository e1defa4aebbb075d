import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkCenter as WorkCenterEntity, Machine as MachineEntity, MachineStateChange as MachineStateChangeEntity } from '../machine/machine.entity.ts';
import type { WorkOrder as WorkOrderEntity, OperationRun as OperationRunEntity, ProductionReport as ProductionReportEntity } from '../work-order/work-order.entity.ts';
import type { MaterialConsumption as MaterialConsumptionEntity } from '../material/material.entity.ts';
import type { LotTrace as LotTraceEntity } from '../genealogy/genealogy.service.ts';
import type { TraceNode as TraceNodeEntity } from '../genealogy/genealogy.store.ts';
import type { MesContext } from '../context.ts';
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
  /** A point in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ChangeMachineStateInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  machineIds: Array<Scalars['ID']['input']>;
  /** A downtime reason code (downtimeReasonCodes); required for DOWN and PLANNED_DOWNTIME. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** IDLE, DOWN, PLANNED_DOWNTIME or OFF_SHIFT; RUNNING and SETUP come from starting and setting up operations. */
  state: MachineState;
};

export type ConsumeMaterialInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ConsumedLotInput>;
  operatorId: Scalars['String']['input'];
  workOrderId: Scalars['ID']['input'];
};

export type ConsumedLotInput = {
  lotId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
};

export type CreateWorkCenterInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  siteId: Scalars['ID']['input'];
};

export type DowntimeCategory =
  | 'IDLE'
  | 'PLANNED'
  | 'UNPLANNED';

/**
 * One entry of the downtime taxonomy: why a machine stopped. PLANNED reasons go with PLANNED_DOWNTIME;
 * UNPLANNED ones with DOWN; IDLE reasons say why a ready machine waits.
 */
export type DowntimeReasonCode = {
  __typename?: 'DowntimeReasonCode';
  category: DowntimeCategory;
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
};

/** A lot in the warehouse (owned by wms): mes adds what made it and what it went into. */
export type Lot = {
  __typename?: 'Lot';
  /** Work orders that consumed the lot. */
  consumedBy: Array<MaterialConsumption>;
  id: Scalars['ID']['output'];
  /** The work order that produced the lot; null for lots bought or received otherwise. */
  producedBy: Maybe<WorkOrder>;
};

/**
 * A lot's genealogy: the lots made from it or that it was made from, level by level, and the work orders,
 * machines and operators that connect them.
 */
export type LotTrace = {
  __typename?: 'LotTrace';
  direction: TraceDirection;
  lot: Lot;
  /** Nearest levels first. */
  nodes: Array<LotTraceNode>;
  /** The work order that produced the traced lot, if mes made it. */
  producedBy: Maybe<WorkOrder>;
};

/** One lot of a trace: reached from `viaLot` (the lot one level nearer the traced one) through `workOrder`. */
export type LotTraceNode = {
  __typename?: 'LotTraceNode';
  /** Null only for a lot mes has not seen received. */
  item: Maybe<Item>;
  /** 1 for the lots directly consumed into (BACKWARD) or made from (FORWARD) the traced lot, 2 for the next, … */
  level: Scalars['Int']['output'];
  lot: Lot;
  /** Quantity of the component lot that work order consumed. */
  quantity: Scalars['Float']['output'];
  viaLot: Lot;
  /** The work order that consumed the component lot to make the produced one. */
  workOrder: WorkOrder;
};

/**
 * A machine on the shop floor, with the state it is in and how it got there. Owned by mes; analytics adds
 * its telemetry and OEE.
 */
export type Machine = {
  __typename?: 'Machine';
  code: Scalars['String']['output'];
  /** The operation running, in setup or paused on the machine, if any. */
  currentOperation: Maybe<OperationRun>;
  id: Scalars['ID']['output'];
  /** ISO 22400 ideal cycle time per unit: OEE performance measures run time against it. */
  idealCycleSeconds: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  site: Site;
  state: MachineState;
  /** State changes in [from, to), oldest first, with the state in force at `from` first. At most 5,000. */
  stateHistory: Array<MachineStateChange>;
  /** A downtime reason code for DOWN, PLANNED_DOWNTIME and IDLE; null otherwise. */
  stateReason: Maybe<Scalars['String']['output']>;
  stateSince: Scalars['DateTime']['output'];
  workCenter: WorkCenter;
};


/**
 * A machine on the shop floor, with the state it is in and how it got there. Owned by mes; analytics adds
 * its telemetry and OEE.
 */
export type MachineStateHistoryArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/**
 * What a machine is doing. ISO 22400-2 splits time so: OFF_SHIFT and PLANNED_DOWNTIME are outside planned
 * busy time; IDLE, SETUP and DOWN are availability losses inside it; only RUNNING is run time.
 */
export type MachineState =
  | 'DOWN'
  | 'IDLE'
  | 'OFF_SHIFT'
  | 'PLANNED_DOWNTIME'
  | 'RUNNING'
  | 'SETUP';

export type MachineStateChange = {
  __typename?: 'MachineStateChange';
  at: Scalars['DateTime']['output'];
  from: Maybe<MachineState>;
  reason: Maybe<Scalars['String']['output']>;
  to: MachineState;
};

/** A lot a work order consumed. */
export type MaterialConsumption = {
  __typename?: 'MaterialConsumption';
  consumedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lot: Lot;
  operatorId: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  workOrder: WorkOrder;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves machines to a state (a shift starting or ending moves a work center's machines at once). */
  changeMachineState: Array<Machine>;
  changeWorkOrderPriority: WorkOrder;
  /** Completes the operation; completing a work order's last operation completes the work order. */
  completeOperation: OperationRun;
  /** Records lots the work order consumed (wms deducts them); lots on hold or of items not in the bill of materials are refused. */
  consumeMaterial: WorkOrder;
  createWorkCenter: WorkCenter;
  /** Ends the changeover: the machine runs. */
  finishSetup: OperationRun;
  /** Pauses the operation; the machine waits (IDLE) for the reason given. */
  pauseOperation: OperationRun;
  registerMachine: Machine;
  /** Releases a work order with its item's routing (erp) copied as its operations. */
  releaseWorkOrder: WorkOrder;
  reportProduction: ProductionReport;
  resumeOperation: OperationRun;
  startOperation: OperationRun;
};


export type MutationChangeMachineStateArgs = {
  input: ChangeMachineStateInput;
};


export type MutationChangeWorkOrderPriorityArgs = {
  id: Scalars['ID']['input'];
  priority: Scalars['Int']['input'];
};


export type MutationCompleteOperationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  operationRunId: Scalars['ID']['input'];
  operatorId: Scalars['String']['input'];
};


export type MutationConsumeMaterialArgs = {
  input: ConsumeMaterialInput;
};


export type MutationCreateWorkCenterArgs = {
  input: CreateWorkCenterInput;
};


export type MutationFinishSetupArgs = {
  operationRunId: Scalars['ID']['input'];
};


export type MutationPauseOperationArgs = {
  operationRunId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterMachineArgs = {
  input: RegisterMachineInput;
};


export type MutationReleaseWorkOrderArgs = {
  input: ReleaseWorkOrderInput;
};


export type MutationReportProductionArgs = {
  input: ReportProductionInput;
};


export type MutationResumeOperationArgs = {
  operationRunId: Scalars['ID']['input'];
};


export type MutationStartOperationArgs = {
  input: StartOperationInput;
};

/**
 * One operation of a work order: an operator starts it on a machine, sets it up, reports production, may
 * pause it, and completes it.
 */
export type OperationRun = {
  __typename?: 'OperationRun';
  /** The machines the routing allows, preferred first. */
  allowedMachines: Array<Machine>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  goodQuantity: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  labourMinutes: Scalars['Float']['output'];
  /** The machine it runs on once started. */
  machine: Maybe<Machine>;
  /** Badge of the operator who started it. */
  operatorId: Maybe<Scalars['String']['output']>;
  /** Oldest first. */
  reports: Array<ProductionReport>;
  reworkQuantity: Scalars['Float']['output'];
  runSecondsPerUnit: Scalars['Float']['output'];
  scheduledEnd: Maybe<Scalars['DateTime']['output']>;
  /** From aps' latest published schedule. */
  scheduledStart: Maybe<Scalars['DateTime']['output']>;
  scrapQuantity: Scalars['Float']['output'];
  sequence: Scalars['Int']['output'];
  setupMinutes: Scalars['Float']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: OperationStatus;
  workCenter: WorkCenter;
  workOrder: WorkOrder;
};

export type OperationStatus =
  | 'COMPLETED'
  | 'PAUSED'
  | 'PENDING'
  | 'RUNNING'
  | 'SETUP';

/** What an operator reported at a terminal: good units, scrap with its reason, rework, labour time. */
export type ProductionReport = {
  __typename?: 'ProductionReport';
  goodQuantity: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  labourMinutes: Scalars['Float']['output'];
  machine: Machine;
  operationRun: OperationRun;
  operatorId: Scalars['String']['output'];
  reportedAt: Scalars['DateTime']['output'];
  reworkQuantity: Scalars['Float']['output'];
  scrapQuantity: Scalars['Float']['output'];
  scrapReason: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  downtimeReasonCodes: Array<DowntimeReasonCode>;
  /**
   * A lot's genealogy `depth` levels deep (1–20): BACKWARD to the lots it was made from (and, through wms and
   * srm, their receipts and purchase orders), FORWARD to every lot made from it (and the shipments that
   * carried them).
   */
  lotTrace: LotTrace;
  /** Ordered by code. */
  machines: Array<Machine>;
  operationRun: Maybe<OperationRun>;
  /** Ordered by code. */
  workCenters: Array<WorkCenter>;
  workOrder: Maybe<WorkOrder>;
  workOrderByNumber: Maybe<WorkOrder>;
  /** Open ones by priority then due date; completed ones latest first. */
  workOrders: WorkOrderPage;
};


export type QueryLotTraceArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction: TraceDirection;
  lotId: Scalars['ID']['input'];
};


export type QueryMachinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<MachineState>;
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOperationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkCentersArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryWorkOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<WorkOrderStatus>>;
};

export type RegisterMachineInput = {
  code: Scalars['String']['input'];
  idealCycleSeconds: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  workCenterId: Scalars['ID']['input'];
};

export type ReleaseWorkOrderInput = {
  dueDate: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** Defaults to 0.05. */
  overReportTolerance?: InputMaybe<Scalars['Float']['input']>;
  plannedOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 (most urgent) to 9; 5 by default. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  quantity: Scalars['Float']['input'];
  salesOrderId?: InputMaybe<Scalars['ID']['input']>;
  siteId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

export type ReportProductionInput = {
  goodQuantity: Scalars['Float']['input'];
  /** A terminal resending after a timeout sends the same key: the report counts once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  labourMinutes?: InputMaybe<Scalars['Float']['input']>;
  operationRunId: Scalars['ID']['input'];
  operatorId: Scalars['String']['input'];
  reworkQuantity?: InputMaybe<Scalars['Float']['input']>;
  scrapQuantity?: InputMaybe<Scalars['Float']['input']>;
  /** A scrap reason code; required when scrapping. */
  scrapReason?: InputMaybe<Scalars['String']['input']>;
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

export type StartOperationInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  machineId: Scalars['ID']['input'];
  operationRunId: Scalars['ID']['input'];
  operatorId: Scalars['String']['input'];
  /** Whether the machine needs its changeover first (SETUP); defaults to whether the routing gives setup time. */
  setup?: InputMaybe<Scalars['Boolean']['input']>;
};

/** BACKWARD: the lots a lot was made from; FORWARD: the lots made from it. */
export type TraceDirection =
  | 'BACKWARD'
  | 'FORWARD';

export type Warehouse = {
  __typename?: 'Warehouse';
  id: Scalars['ID']['output'];
};

/** A group of machines that do the same kind of work (CNC machining, assembly, testing). Owned by mes. */
export type WorkCenter = {
  __typename?: 'WorkCenter';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Ordered by code. */
  machines: Array<Machine>;
  name: Scalars['String']['output'];
  site: Site;
};

/** An order to make a quantity of an item by a due date, with its routing's operations copied at release. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  consumptions: Array<MaterialConsumption>;
  dueDate: Scalars['Date']['output'];
  /** Good units of its last operation. */
  goodQuantity: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  /** WO-YYYY-NNNNNN; also the number of the lot it produces. */
  number: Scalars['String']['output'];
  /** Ordered by sequence. */
  operations: Array<OperationRun>;
  /** The lot it produces (received by wms when the work order completes). */
  outputLot: Lot;
  /** Good units its last operation may report beyond `quantity`, as a share (0.05 = 5 %). */
  overReportTolerance: Scalars['Float']['output'];
  plannedOrderId: Maybe<Scalars['ID']['output']>;
  /** 1 is the most urgent. */
  priority: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
  releasedAt: Scalars['DateTime']['output'];
  /** The sales order it is made for, if any. */
  salesOrder: Maybe<SalesOrder>;
  /** When aps' latest published schedule ends its last operation; null until scheduled. */
  scheduledEnd: Maybe<Scalars['DateTime']['output']>;
  /** Scrap over all its operations. */
  scrapQuantity: Scalars['Float']['output'];
  site: Site;
  status: WorkOrderStatus;
  /** Where its material comes from and its output goes. */
  warehouse: Warehouse;
};

export type WorkOrderPage = {
  __typename?: 'WorkOrderPage';
  items: Array<WorkOrder>;
  totalCount: Scalars['Int']['output'];
};

export type WorkOrderStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'RELEASED';



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
  Lot: Lot;
  Machine: Machine;
  OperationRun: OperationRun;
  WorkCenter: WorkCenter;
  WorkOrder: WorkOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Lot:
    ( { __typename: 'Lot' }
    & GraphQLRecursivePick<FederationTypes['Lot'], {"id":true}> );
  Machine:
    ( { __typename: 'Machine' }
    & GraphQLRecursivePick<FederationTypes['Machine'], {"id":true}> );
  OperationRun:
    ( { __typename: 'OperationRun' }
    & GraphQLRecursivePick<FederationTypes['OperationRun'], {"id":true}> );
  WorkCenter:
    ( { __typename: 'WorkCenter' }
    & GraphQLRecursivePick<FederationTypes['WorkCenter'], {"id":true}> );
  WorkOrder:
    ( { __typename: 'WorkOrder' }
    & GraphQLRecursivePick<FederationTypes['WorkOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ChangeMachineStateInput: ChangeMachineStateInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConsumeMaterialInput: ConsumeMaterialInput;
  ConsumedLotInput: ConsumedLotInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateWorkCenterInput: CreateWorkCenterInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DowntimeCategory: DowntimeCategory;
  DowntimeReasonCode: ResolverTypeWrapper<DowntimeReasonCode>;
  Item: ResolverTypeWrapper<{ id: string }>;
  Lot: ResolverTypeWrapper<{ id: string }>;
  LotTrace: ResolverTypeWrapper<LotTraceEntity>;
  LotTraceNode: ResolverTypeWrapper<TraceNodeEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Machine: ResolverTypeWrapper<MachineEntity>;
  MachineState: MachineState;
  MachineStateChange: ResolverTypeWrapper<MachineStateChangeEntity>;
  MaterialConsumption: ResolverTypeWrapper<MaterialConsumptionEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OperationRun: ResolverTypeWrapper<OperationRunEntity>;
  OperationStatus: OperationStatus;
  ProductionReport: ResolverTypeWrapper<ProductionReportEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterMachineInput: RegisterMachineInput;
  ReleaseWorkOrderInput: ReleaseWorkOrderInput;
  ReportProductionInput: ReportProductionInput;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  Site: ResolverTypeWrapper<{ id: string }>;
  StartOperationInput: StartOperationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  TraceDirection: TraceDirection;
  Warehouse: ResolverTypeWrapper<{ id: string }>;
  WorkCenter: ResolverTypeWrapper<WorkCenterEntity>;
  WorkOrder: ResolverTypeWrapper<WorkOrderEntity>;
  WorkOrderPage: ResolverTypeWrapper<{ items: WorkOrderEntity[]; totalCount: number }>;
  WorkOrderStatus: WorkOrderStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ChangeMachineStateInput: ChangeMachineStateInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ConsumeMaterialInput: ConsumeMaterialInput;
  ConsumedLotInput: ConsumedLotInput;
  Float: Scalars['Float']['output'];
  CreateWorkCenterInput: CreateWorkCenterInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DowntimeReasonCode: DowntimeReasonCode;
  Item: { id: string };
  Lot: { id: string };
  LotTrace: LotTraceEntity;
  LotTraceNode: TraceNodeEntity;
  Int: Scalars['Int']['output'];
  Machine: MachineEntity;
  MachineStateChange: MachineStateChangeEntity;
  MaterialConsumption: MaterialConsumptionEntity;
  Mutation: Record<PropertyKey, never>;
  OperationRun: OperationRunEntity;
  ProductionReport: ProductionReportEntity;
  Query: Record<PropertyKey, never>;
  RegisterMachineInput: RegisterMachineInput;
  ReleaseWorkOrderInput: ReleaseWorkOrderInput;
  ReportProductionInput: ReportProductionInput;
  SalesOrder: { id: string };
  Site: { id: string };
  StartOperationInput: StartOperationInput;
  Boolean: Scalars['Boolean']['output'];
  Warehouse: { id: string };
  WorkCenter: WorkCenterEntity;
  WorkOrder: WorkOrderEntity;
  WorkOrderPage: { items: WorkOrderEntity[]; totalCount: number };
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DowntimeReasonCodeResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['DowntimeReasonCode'] = ResolversParentTypes['DowntimeReasonCode']> = {
  category?: Resolver<ResolversTypes['DowntimeCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LotResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Lot'] = ResolversParentTypes['Lot'], FederationReferenceType extends FederationReferenceTypes['Lot'] = FederationReferenceTypes['Lot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consumedBy?: Resolver<Array<ResolversTypes['MaterialConsumption']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  producedBy?: Resolver<Maybe<ResolversTypes['WorkOrder']>, ParentType, ContextType>;
};

export type LotTraceResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['LotTrace'] = ResolversParentTypes['LotTrace']> = {
  direction?: Resolver<ResolversTypes['TraceDirection'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LotTraceNode']>, ParentType, ContextType>;
  producedBy?: Resolver<Maybe<ResolversTypes['WorkOrder']>, ParentType, ContextType>;
};

export type LotTraceNodeResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['LotTraceNode'] = ResolversParentTypes['LotTraceNode']> = {
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  viaLot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
};

export type MachineResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Machine'] = ResolversParentTypes['Machine'], FederationReferenceType extends FederationReferenceTypes['Machine'] = FederationReferenceTypes['Machine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Machine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentOperation?: Resolver<Maybe<ResolversTypes['OperationRun']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idealCycleSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['MachineState'], ParentType, ContextType>;
  stateHistory?: Resolver<Array<ResolversTypes['MachineStateChange']>, ParentType, ContextType, RequireFields<MachineStateHistoryArgs, 'from' | 'to'>>;
  stateReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stateSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workCenter?: Resolver<ResolversTypes['WorkCenter'], ParentType, ContextType>;
};

export type MachineStateChangeResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['MachineStateChange'] = ResolversParentTypes['MachineStateChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['MachineState']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['MachineState'], ParentType, ContextType>;
};

export type MaterialConsumptionResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['MaterialConsumption'] = ResolversParentTypes['MaterialConsumption']> = {
  consumedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  operatorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeMachineState?: Resolver<Array<ResolversTypes['Machine']>, ParentType, ContextType, RequireFields<MutationChangeMachineStateArgs, 'input'>>;
  changeWorkOrderPriority?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType, RequireFields<MutationChangeWorkOrderPriorityArgs, 'id' | 'priority'>>;
  completeOperation?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType, RequireFields<MutationCompleteOperationArgs, 'operationRunId' | 'operatorId'>>;
  consumeMaterial?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType, RequireFields<MutationConsumeMaterialArgs, 'input'>>;
  createWorkCenter?: Resolver<ResolversTypes['WorkCenter'], ParentType, ContextType, RequireFields<MutationCreateWorkCenterArgs, 'input'>>;
  finishSetup?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType, RequireFields<MutationFinishSetupArgs, 'operationRunId'>>;
  pauseOperation?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType, RequireFields<MutationPauseOperationArgs, 'operationRunId' | 'reason'>>;
  registerMachine?: Resolver<ResolversTypes['Machine'], ParentType, ContextType, RequireFields<MutationRegisterMachineArgs, 'input'>>;
  releaseWorkOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType, RequireFields<MutationReleaseWorkOrderArgs, 'input'>>;
  reportProduction?: Resolver<ResolversTypes['ProductionReport'], ParentType, ContextType, RequireFields<MutationReportProductionArgs, 'input'>>;
  resumeOperation?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType, RequireFields<MutationResumeOperationArgs, 'operationRunId'>>;
  startOperation?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType, RequireFields<MutationStartOperationArgs, 'input'>>;
};

export type OperationRunResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['OperationRun'] = ResolversParentTypes['OperationRun'], FederationReferenceType extends FederationReferenceTypes['OperationRun'] = FederationReferenceTypes['OperationRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OperationRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedMachines?: Resolver<Array<ResolversTypes['Machine']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goodQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labourMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  machine?: Resolver<Maybe<ResolversTypes['Machine']>, ParentType, ContextType>;
  operatorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ProductionReport']>, ParentType, ContextType>;
  reworkQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  runSecondsPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scheduledEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scheduledStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setupMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OperationStatus'], ParentType, ContextType>;
  workCenter?: Resolver<ResolversTypes['WorkCenter'], ParentType, ContextType>;
  workOrder?: Resolver<ResolversTypes['WorkOrder'], ParentType, ContextType>;
};

export type ProductionReportResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['ProductionReport'] = ResolversParentTypes['ProductionReport']> = {
  goodQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labourMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  machine?: Resolver<ResolversTypes['Machine'], ParentType, ContextType>;
  operationRun?: Resolver<ResolversTypes['OperationRun'], ParentType, ContextType>;
  operatorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reworkQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scrapReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  downtimeReasonCodes?: Resolver<Array<ResolversTypes['DowntimeReasonCode']>, ParentType, ContextType>;
  lotTrace?: Resolver<ResolversTypes['LotTrace'], ParentType, ContextType, RequireFields<QueryLotTraceArgs, 'depth' | 'direction' | 'lotId'>>;
  machines?: Resolver<Array<ResolversTypes['Machine']>, ParentType, ContextType, RequireFields<QueryMachinesArgs, 'first' | 'offset'>>;
  operationRun?: Resolver<Maybe<ResolversTypes['OperationRun']>, ParentType, ContextType, RequireFields<QueryOperationRunArgs, 'id'>>;
  workCenters?: Resolver<Array<ResolversTypes['WorkCenter']>, ParentType, ContextType, Partial<QueryWorkCentersArgs>>;
  workOrder?: Resolver<Maybe<ResolversTypes['WorkOrder']>, ParentType, ContextType, RequireFields<QueryWorkOrderArgs, 'id'>>;
  workOrderByNumber?: Resolver<Maybe<ResolversTypes['WorkOrder']>, ParentType, ContextType, RequireFields<QueryWorkOrderByNumberArgs, 'number'>>;
  workOrders?: Resolver<ResolversTypes['WorkOrderPage'], ParentType, ContextType, RequireFields<QueryWorkOrdersArgs, 'first' | 'offset'>>;
};

export type SalesOrderResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WarehouseResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkCenterResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter'], FederationReferenceType extends FederationReferenceTypes['WorkCenter'] = FederationReferenceTypes['WorkCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  machines?: Resolver<Array<ResolversTypes['Machine']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
};

export type WorkOrderResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['WorkOrder'] = ResolversParentTypes['WorkOrder'], FederationReferenceType extends FederationReferenceTypes['WorkOrder'] = FederationReferenceTypes['WorkOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  consumptions?: Resolver<Array<ResolversTypes['MaterialConsumption']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goodQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['OperationRun']>, ParentType, ContextType>;
  outputLot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  overReportTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  plannedOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  salesOrder?: Resolver<Maybe<ResolversTypes['SalesOrder']>, ParentType, ContextType>;
  scheduledEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkOrderStatus'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type WorkOrderPageResolvers<ContextType = MesContext, ParentType extends ResolversParentTypes['WorkOrderPage'] = ResolversParentTypes['WorkOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['WorkOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = MesContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DowntimeReasonCode?: DowntimeReasonCodeResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  LotTrace?: LotTraceResolvers<ContextType>;
  LotTraceNode?: LotTraceNodeResolvers<ContextType>;
  Machine?: MachineResolvers<ContextType>;
  MachineStateChange?: MachineStateChangeResolvers<ContextType>;
  MaterialConsumption?: MaterialConsumptionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperationRun?: OperationRunResolvers<ContextType>;
  ProductionReport?: ProductionReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
  WorkOrder?: WorkOrderResolvers<ContextType>;
  WorkOrderPage?: WorkOrderPageResolvers<ContextType>;
};

