import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InspectionPlan as InspectionPlanEntity } from '../inspection-plan/inspection-plan.entity.ts';
import type { SamplingPlan as SamplingPlanEntity } from '../inspection-plan/sampling.rules.ts';
import type { Characteristic as CharacteristicEntity } from '../inspection-plan/inspection-plan.rules.ts';
import type { Inspection as InspectionEntity } from '../inspection/inspection.entity.ts';
import type { Nonconformance as NonconformanceEntity } from '../nonconformance/nonconformance.entity.ts';
import type { Capa as CapaEntity, CapaAction as CapaActionEntity, EffectivenessCheck as EffectivenessCheckEntity } from '../capa/capa.entity.ts';
import type { QmsContext } from '../context.ts';
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

/** Corrective and preventive action: why nonconformances happened (5 Why) and what is done so they do not recur. */
export type Capa = {
  __typename?: 'Capa';
  actions: Array<CapaAction>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  effectivenessChecks: Array<EffectivenessCheck>;
  id: Scalars['ID']['output'];
  nonconformances: Array<Nonconformance>;
  /** e.g. CAPA-2026-000004. */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  problem: Scalars['String']['output'];
  rootCause: Maybe<Scalars['String']['output']>;
  status: CapaStatus;
  title: Scalars['String']['output'];
  /** The 5 Why chain, first why first. */
  whys: Array<Scalars['String']['output']>;
};

export type CapaAction = {
  __typename?: 'CapaAction';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Open and past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** Who carries it out. */
  owner: Scalars['String']['output'];
  status: CapaActionStatus;
};

export type CapaActionInput = {
  description: Scalars['String']['input'];
  dueDate: Scalars['Date']['input'];
  owner: Scalars['String']['input'];
};

export type CapaActionStatus =
  | 'DONE'
  | 'OPEN';

export type CapaFilter = {
  status?: InputMaybe<Array<CapaStatus>>;
};

export type CapaPage = {
  __typename?: 'CapaPage';
  items: Array<Capa>;
  totalCount: Scalars['Int']['output'];
};

/**
 * OPEN → ROOT_CAUSE_IDENTIFIED (5 Why) → ACTIONS_IN_PROGRESS → AWAITING_EFFECTIVENESS_CHECK (every action
 * done) → EFFECTIVE → CLOSED. An ineffective check sends it back to OPEN for a new root cause analysis.
 */
export type CapaStatus =
  | 'ACTIONS_IN_PROGRESS'
  | 'AWAITING_EFFECTIVENESS_CHECK'
  | 'CLOSED'
  | 'EFFECTIVE'
  | 'OPEN'
  | 'ROOT_CAUSE_IDENTIFIED';

/** What an inspector checks on each sampled unit. */
export type Characteristic = {
  __typename?: 'Characteristic';
  id: Scalars['ID']['output'];
  kind: CharacteristicKind;
  /** MEASURED: the smallest value admitted (inclusive); null: no lower limit. */
  lowerLimit: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** MEASURED: the unit of the values, e.g. mm. */
  unit: Maybe<Scalars['String']['output']>;
  /** MEASURED: the largest value admitted (inclusive); null: no upper limit. */
  upperLimit: Maybe<Scalars['Float']['output']>;
};

export type CharacteristicInput = {
  kind: CharacteristicKind;
  lowerLimit?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  upperLimit?: InputMaybe<Scalars['Float']['input']>;
};

export type CharacteristicKind =
  /** A property a sampled unit has or lacks (a scratch, a missing label). */
  | 'ATTRIBUTE'
  /** A value measured on each sampled unit that must lie within its limits. */
  | 'MEASURED';

export type CharacteristicResult = {
  __typename?: 'CharacteristicResult';
  characteristic: Characteristic;
  /** Sampled units (1 to the sample size) failing this characteristic. */
  nonconformingUnits: Array<Scalars['Int']['output']>;
  /** MEASURED: one value per sampled unit. */
  values: Maybe<Array<Scalars['Float']['output']>>;
};

export type CharacteristicResultInput = {
  characteristicId: Scalars['ID']['input'];
  /** ATTRIBUTE: the sampled units (1 to the sample size) found with the defect; empty when none. */
  nonconformingUnits?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** MEASURED: one value per sampled unit, in sample order. */
  values?: InputMaybe<Array<Scalars['Float']['input']>>;
};

export type Disposition =
  /** Accepted by deviation permit; a justification is recorded. Releases the lot. */
  | 'CONCESSION'
  /** Sent back to the supplier (supplier nonconformances only); removed from stock. */
  | 'RETURN_TO_SUPPLIER'
  /** Reworked and inspected again. Releases the lot. */
  | 'REWORK'
  /** Removed from stock. */
  | 'SCRAP'
  /** Usable as it is; a justification is recorded. Releases the lot. */
  | 'USE_AS_IS';

export type EffectivenessCheck = {
  __typename?: 'EffectivenessCheck';
  checkedAt: Scalars['DateTime']['output'];
  effective: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
};

/**
 * One lot (or one operation's output) inspected against its item's plan. Created by qms when the warehouse
 * receives against a purchase order (INCOMING), an operation or a work order completes (IN_PROCESS, FINAL)
 * or goods ship (OUTGOING), for items with a plan of that kind.
 */
export type Inspection = {
  __typename?: 'Inspection';
  acceptanceNumber: Scalars['Int']['output'];
  aql: Scalars['Float']['output'];
  /** The plan's characteristics when the inspection was created. */
  characteristics: Array<Characteristic>;
  codeLetter: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inspectedAt: Maybe<Scalars['DateTime']['output']>;
  item: Item;
  kind: InspectionKind;
  lot: Maybe<Lot>;
  lotNumber: Maybe<Scalars['String']['output']>;
  /** Units in the lot (or the operation's good output). */
  lotSize: Scalars['Int']['output'];
  /** The nonconformance its failure opened. */
  nonconformance: Maybe<Nonconformance>;
  /** Sampled units failing at least one characteristic; null while pending. */
  nonconformingUnits: Maybe<Scalars['Int']['output']>;
  /** e.g. INS-2026-000042. */
  number: Scalars['String']['output'];
  plan: InspectionPlan;
  /** INCOMING: the purchase order line the lot arrived on. */
  purchaseOrderLine: Maybe<PurchaseOrderLine>;
  /** The inspection this one repeats after rework. */
  reinspectionOf: Maybe<Inspection>;
  rejectionNumber: Scalars['Int']['output'];
  results: Maybe<Array<CharacteristicResult>>;
  sampleSize: Scalars['Int']['output'];
  status: InspectionStatus;
  /** INCOMING: the supplier that delivered the lot. */
  supplier: Maybe<Supplier>;
  warehouse: Maybe<Warehouse>;
  workCenterId: Maybe<Scalars['ID']['output']>;
  /** IN_PROCESS and FINAL: the work order inspected (mes). */
  workOrderId: Maybe<Scalars['ID']['output']>;
};

export type InspectionFilter = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Array<InspectionKind>>;
  status?: InputMaybe<Array<InspectionStatus>>;
};

/**
 * Where in the flow material is inspected: on arrival from a supplier (a receipt against a purchase order),
 * after an operation of a work order, when a work order completes, and when it ships to a customer.
 */
export type InspectionKind =
  | 'FINAL'
  | 'INCOMING'
  | 'IN_PROCESS'
  | 'OUTGOING';

export type InspectionPage = {
  __typename?: 'InspectionPage';
  items: Array<Inspection>;
  totalCount: Scalars['Int']['output'];
};

/**
 * How one item is inspected at one point of the flow: its characteristics and its AQL. Samples follow
 * ISO 2859-1 single sampling, normal inspection, general inspection level II.
 */
export type InspectionPlan = {
  __typename?: 'InspectionPlan';
  /** Acceptance quality limit: one of the preferred values of ISO 2859-1 (0.010 … 1000). */
  aql: Scalars['Float']['output'];
  characteristics: Array<Characteristic>;
  id: Scalars['ID']['output'];
  item: Item;
  kind: InspectionKind;
  updatedAt: Scalars['DateTime']['output'];
};

export type InspectionStatus =
  /** Rejected: a nonconformance holds the lot. */
  | 'FAILED'
  | 'PASSED'
  /** Waiting for its results. */
  | 'PENDING';

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
  /** How the item is inspected, one plan per inspection kind. */
  inspectionPlans: Maybe<Array<InspectionPlan>>;
};

export type Lot = {
  __typename?: 'Lot';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addCapaAction: Capa;
  closeCapa: Capa;
  closeNonconformance: Nonconformance;
  completeCapaAction: Capa;
  /** Decides what happens to the material of an open nonconformance; USE_AS_IS and CONCESSION need a note. */
  dispositionNonconformance: Nonconformance;
  openCapa: Capa;
  openNonconformance: Nonconformance;
  recordCapaEffectivenessCheck: Capa;
  /** The 5 Why chain (1 to 5 whys) and the root cause it ends in. */
  recordCapaRootCause: Capa;
  /**
   * Records the results of a pending inspection, one per characteristic. The lot passes with at most
   * `acceptanceNumber` nonconforming units; a failure opens a nonconformance that puts the lot on hold.
   */
  recordInspectionResults: Inspection;
  /** Creates or replaces the item's plan of that kind; inspections already created keep the characteristics they were created with. */
  setInspectionPlan: InspectionPlan;
};


export type MutationAddCapaActionArgs = {
  capaId: Scalars['ID']['input'];
  input: CapaActionInput;
};


export type MutationCloseCapaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseNonconformanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteCapaActionArgs = {
  actionId: Scalars['ID']['input'];
};


export type MutationDispositionNonconformanceArgs = {
  disposition: Disposition;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenCapaArgs = {
  input: OpenCapaInput;
};


export type MutationOpenNonconformanceArgs = {
  input: OpenNonconformanceInput;
};


export type MutationRecordCapaEffectivenessCheckArgs = {
  effective: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRecordCapaRootCauseArgs = {
  id: Scalars['ID']['input'];
  rootCause: Scalars['String']['input'];
  whys: Array<Scalars['String']['input']>;
};


export type MutationRecordInspectionResultsArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  results: Array<CharacteristicResultInput>;
};


export type MutationSetInspectionPlanArgs = {
  input: SetInspectionPlanInput;
};

/**
 * Material that does not conform: opened by a failed inspection or by hand. While it is open the lot is on
 * hold in the warehouse.
 */
export type Nonconformance = {
  __typename?: 'Nonconformance';
  capa: Maybe<Capa>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  disposition: Maybe<Disposition>;
  dispositionNote: Maybe<Scalars['String']['output']>;
  dispositionedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The failed inspection that opened it; null when opened by hand. */
  inspection: Maybe<Inspection>;
  item: Item;
  lot: Maybe<Lot>;
  lotNumber: Maybe<Scalars['String']['output']>;
  /** e.g. NCR-2026-000042. */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  purchaseOrderLine: Maybe<PurchaseOrderLine>;
  quantity: Scalars['Float']['output'];
  source: NonconformanceSource;
  status: NonconformanceStatus;
  supplier: Maybe<Supplier>;
  warehouse: Maybe<Warehouse>;
  workOrderId: Maybe<Scalars['ID']['output']>;
};

export type NonconformanceFilter = {
  source?: InputMaybe<Array<NonconformanceSource>>;
  status?: InputMaybe<Array<NonconformanceStatus>>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type NonconformancePage = {
  __typename?: 'NonconformancePage';
  items: Array<Nonconformance>;
  totalCount: Scalars['Int']['output'];
};

export type NonconformanceSource =
  /** Reported by a customer. */
  | 'CUSTOMER'
  /** Made here. */
  | 'INTERNAL'
  /** Delivered by a supplier. */
  | 'SUPPLIER';

/** OPEN (the lot is on hold) → DISPOSITIONED (what to do is decided and the warehouse carries it out) → CLOSED. */
export type NonconformanceStatus =
  | 'CLOSED'
  | 'DISPOSITIONED'
  | 'OPEN';

export type OpenCapaInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Nonconformances the CAPA addresses; each belongs to at most one CAPA. */
  nonconformanceIds: Array<Scalars['ID']['input']>;
  problem: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type OpenNonconformanceInput = {
  description: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A lot the warehouse has received or produced. */
  lotId: Scalars['ID']['input'];
  purchaseOrderLineId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Float']['input'];
  source: NonconformanceSource;
  /** SUPPLIER: who delivered it. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  capa: Capa;
  /** Newest first. */
  capas: CapaPage;
  inspection: Inspection;
  inspectionPlan: InspectionPlan;
  inspectionPlans: Array<InspectionPlan>;
  /** Newest first. */
  inspections: InspectionPage;
  nonconformance: Nonconformance;
  /** Newest first. */
  nonconformances: NonconformancePage;
  /** The ISO 2859-1 plan for a lot size and AQL (normal inspection, level II). */
  samplingPlan: SamplingPlan;
};


export type QueryCapaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCapasArgs = {
  filter?: InputMaybe<CapaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlansArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<InspectionKind>;
};


export type QueryInspectionsArgs = {
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNonconformanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNonconformancesArgs = {
  filter?: InputMaybe<NonconformanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySamplingPlanArgs = {
  aql: Scalars['Float']['input'];
  lotSize: Scalars['Int']['input'];
};

/** An ISO 2859-1 single sampling plan (normal inspection, level II) for a lot size and AQL. */
export type SamplingPlan = {
  __typename?: 'SamplingPlan';
  /** Accept the lot with at most this many nonconforming units in the sample. */
  acceptanceNumber: Scalars['Int']['output'];
  aql: Scalars['Float']['output'];
  /** The lot size's sample size code letter (Table 1). */
  codeLetter: Scalars['String']['output'];
  lotSize: Scalars['Int']['output'];
  /** The code letter whose plan applies after the table's arrows (Table 2-A). */
  planLetter: Scalars['String']['output'];
  /** Reject the lot with this many or more. */
  rejectionNumber: Scalars['Int']['output'];
  /** Units to inspect; the whole lot when the plan's sample is as large. */
  sampleSize: Scalars['Int']['output'];
};

export type SetInspectionPlanInput = {
  aql: Scalars['Float']['input'];
  characteristics: Array<CharacteristicInput>;
  itemId: Scalars['ID']['input'];
  kind: InspectionKind;
};

export type Supplier = {
  __typename?: 'Supplier';
  id: Scalars['ID']['output'];
};

export type Warehouse = {
  __typename?: 'Warehouse';
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
  Capa: Capa;
  Inspection: Inspection;
  InspectionPlan: InspectionPlan;
  Item: Item;
  Nonconformance: Nonconformance;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Capa:
    ( { __typename: 'Capa' }
    & GraphQLRecursivePick<FederationTypes['Capa'], {"id":true}> );
  Inspection:
    ( { __typename: 'Inspection' }
    & GraphQLRecursivePick<FederationTypes['Inspection'], {"id":true}> );
  InspectionPlan:
    ( { __typename: 'InspectionPlan' }
    & GraphQLRecursivePick<FederationTypes['InspectionPlan'], {"id":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  Nonconformance:
    ( { __typename: 'Nonconformance' }
    & GraphQLRecursivePick<FederationTypes['Nonconformance'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Capa: ResolverTypeWrapper<CapaEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CapaAction: ResolverTypeWrapper<CapaActionEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CapaActionInput: CapaActionInput;
  CapaActionStatus: CapaActionStatus;
  CapaFilter: CapaFilter;
  CapaPage: ResolverTypeWrapper<{ items: CapaEntity[]; totalCount: number }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CapaStatus: CapaStatus;
  Characteristic: ResolverTypeWrapper<CharacteristicEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CharacteristicInput: CharacteristicInput;
  CharacteristicKind: CharacteristicKind;
  CharacteristicResult: ResolverTypeWrapper<Omit<CharacteristicResult, 'characteristic'> & { characteristic: ResolversTypes['Characteristic'] }>;
  CharacteristicResultInput: CharacteristicResultInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Disposition: Disposition;
  EffectivenessCheck: ResolverTypeWrapper<EffectivenessCheckEntity>;
  Inspection: ResolverTypeWrapper<InspectionEntity>;
  InspectionFilter: InspectionFilter;
  InspectionKind: InspectionKind;
  InspectionPage: ResolverTypeWrapper<{ items: InspectionEntity[]; totalCount: number }>;
  InspectionPlan: ResolverTypeWrapper<InspectionPlanEntity>;
  InspectionStatus: InspectionStatus;
  Item: ResolverTypeWrapper<{ id: string }>;
  Lot: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nonconformance: ResolverTypeWrapper<NonconformanceEntity>;
  NonconformanceFilter: NonconformanceFilter;
  NonconformancePage: ResolverTypeWrapper<{ items: NonconformanceEntity[]; totalCount: number }>;
  NonconformanceSource: NonconformanceSource;
  NonconformanceStatus: NonconformanceStatus;
  OpenCapaInput: OpenCapaInput;
  OpenNonconformanceInput: OpenNonconformanceInput;
  PurchaseOrderLine: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SamplingPlan: ResolverTypeWrapper<SamplingPlanEntity>;
  SetInspectionPlanInput: SetInspectionPlanInput;
  Supplier: ResolverTypeWrapper<{ id: string }>;
  Warehouse: ResolverTypeWrapper<{ id: string }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Capa: CapaEntity;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CapaAction: CapaActionEntity;
  Boolean: Scalars['Boolean']['output'];
  CapaActionInput: CapaActionInput;
  CapaFilter: CapaFilter;
  CapaPage: { items: CapaEntity[]; totalCount: number };
  Int: Scalars['Int']['output'];
  Characteristic: CharacteristicEntity;
  Float: Scalars['Float']['output'];
  CharacteristicInput: CharacteristicInput;
  CharacteristicResult: Omit<CharacteristicResult, 'characteristic'> & { characteristic: ResolversParentTypes['Characteristic'] };
  CharacteristicResultInput: CharacteristicResultInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EffectivenessCheck: EffectivenessCheckEntity;
  Inspection: InspectionEntity;
  InspectionFilter: InspectionFilter;
  InspectionPage: { items: InspectionEntity[]; totalCount: number };
  InspectionPlan: InspectionPlanEntity;
  Item: { id: string };
  Lot: { id: string };
  Mutation: Record<PropertyKey, never>;
  Nonconformance: NonconformanceEntity;
  NonconformanceFilter: NonconformanceFilter;
  NonconformancePage: { items: NonconformanceEntity[]; totalCount: number };
  OpenCapaInput: OpenCapaInput;
  OpenNonconformanceInput: OpenNonconformanceInput;
  PurchaseOrderLine: { id: string };
  Query: Record<PropertyKey, never>;
  SamplingPlan: SamplingPlanEntity;
  SetInspectionPlanInput: SetInspectionPlanInput;
  Supplier: { id: string };
  Warehouse: { id: string };
};

export type CapaResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Capa'] = ResolversParentTypes['Capa'], FederationReferenceType extends FederationReferenceTypes['Capa'] = FederationReferenceTypes['Capa']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Capa']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['CapaAction']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effectivenessChecks?: Resolver<Array<ResolversTypes['EffectivenessCheck']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nonconformances?: Resolver<Array<ResolversTypes['Nonconformance']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CapaStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  whys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CapaActionResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['CapaAction'] = ResolversParentTypes['CapaAction']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CapaActionStatus'], ParentType, ContextType>;
};

export type CapaPageResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['CapaPage'] = ResolversParentTypes['CapaPage']> = {
  items?: Resolver<Array<ResolversTypes['Capa']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CharacteristicResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Characteristic'] = ResolversParentTypes['Characteristic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CharacteristicKind'], ParentType, ContextType>;
  lowerLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upperLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CharacteristicResultResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['CharacteristicResult'] = ResolversParentTypes['CharacteristicResult']> = {
  characteristic?: Resolver<ResolversTypes['Characteristic'], ParentType, ContextType>;
  nonconformingUnits?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EffectivenessCheckResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['EffectivenessCheck'] = ResolversParentTypes['EffectivenessCheck']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InspectionResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection'], FederationReferenceType extends FederationReferenceTypes['Inspection'] = FederationReferenceTypes['Inspection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inspection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptanceNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aql?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  characteristics?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType>;
  codeLetter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InspectionKind'], ParentType, ContextType>;
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType>;
  lotNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lotSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nonconformance?: Resolver<Maybe<ResolversTypes['Nonconformance']>, ParentType, ContextType>;
  nonconformingUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['InspectionPlan'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<Maybe<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  reinspectionOf?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  rejectionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['CharacteristicResult']>>, ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InspectionStatus'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  workCenterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  workOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type InspectionPageResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['InspectionPage'] = ResolversParentTypes['InspectionPage']> = {
  items?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionPlanResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['InspectionPlan'] = ResolversParentTypes['InspectionPlan'], FederationReferenceType extends FederationReferenceTypes['InspectionPlan'] = FederationReferenceTypes['InspectionPlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InspectionPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aql?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  characteristics?: Resolver<Array<ResolversTypes['Characteristic']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InspectionKind'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectionPlans?: Resolver<Maybe<Array<ResolversTypes['InspectionPlan']>>, ParentType, ContextType>;
};

export type LotResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Lot'] = ResolversParentTypes['Lot']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCapaAction?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationAddCapaActionArgs, 'capaId' | 'input'>>;
  closeCapa?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationCloseCapaArgs, 'id'>>;
  closeNonconformance?: Resolver<ResolversTypes['Nonconformance'], ParentType, ContextType, RequireFields<MutationCloseNonconformanceArgs, 'id'>>;
  completeCapaAction?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationCompleteCapaActionArgs, 'actionId'>>;
  dispositionNonconformance?: Resolver<ResolversTypes['Nonconformance'], ParentType, ContextType, RequireFields<MutationDispositionNonconformanceArgs, 'disposition' | 'id'>>;
  openCapa?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationOpenCapaArgs, 'input'>>;
  openNonconformance?: Resolver<ResolversTypes['Nonconformance'], ParentType, ContextType, RequireFields<MutationOpenNonconformanceArgs, 'input'>>;
  recordCapaEffectivenessCheck?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationRecordCapaEffectivenessCheckArgs, 'effective' | 'id' | 'note'>>;
  recordCapaRootCause?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<MutationRecordCapaRootCauseArgs, 'id' | 'rootCause' | 'whys'>>;
  recordInspectionResults?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationRecordInspectionResultsArgs, 'id' | 'results'>>;
  setInspectionPlan?: Resolver<ResolversTypes['InspectionPlan'], ParentType, ContextType, RequireFields<MutationSetInspectionPlanArgs, 'input'>>;
};

export type NonconformanceResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Nonconformance'] = ResolversParentTypes['Nonconformance'], FederationReferenceType extends FederationReferenceTypes['Nonconformance'] = FederationReferenceTypes['Nonconformance']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Nonconformance']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capa?: Resolver<Maybe<ResolversTypes['Capa']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['Disposition']>, ParentType, ContextType>;
  dispositionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispositionedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType>;
  lotNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<Maybe<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['NonconformanceSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NonconformanceStatus'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
  workOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type NonconformancePageResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['NonconformancePage'] = ResolversParentTypes['NonconformancePage']> = {
  items?: Resolver<Array<ResolversTypes['Nonconformance']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  capa?: Resolver<ResolversTypes['Capa'], ParentType, ContextType, RequireFields<QueryCapaArgs, 'id'>>;
  capas?: Resolver<ResolversTypes['CapaPage'], ParentType, ContextType, RequireFields<QueryCapasArgs, 'first' | 'offset'>>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspectionPlan?: Resolver<ResolversTypes['InspectionPlan'], ParentType, ContextType, RequireFields<QueryInspectionPlanArgs, 'id'>>;
  inspectionPlans?: Resolver<Array<ResolversTypes['InspectionPlan']>, ParentType, ContextType, Partial<QueryInspectionPlansArgs>>;
  inspections?: Resolver<ResolversTypes['InspectionPage'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first' | 'offset'>>;
  nonconformance?: Resolver<ResolversTypes['Nonconformance'], ParentType, ContextType, RequireFields<QueryNonconformanceArgs, 'id'>>;
  nonconformances?: Resolver<ResolversTypes['NonconformancePage'], ParentType, ContextType, RequireFields<QueryNonconformancesArgs, 'first' | 'offset'>>;
  samplingPlan?: Resolver<ResolversTypes['SamplingPlan'], ParentType, ContextType, RequireFields<QuerySamplingPlanArgs, 'aql' | 'lotSize'>>;
};

export type SamplingPlanResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['SamplingPlan'] = ResolversParentTypes['SamplingPlan']> = {
  acceptanceNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aql?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  codeLetter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lotSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planLetter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WarehouseResolvers<ContextType = QmsContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = QmsContext> = {
  Capa?: CapaResolvers<ContextType>;
  CapaAction?: CapaActionResolvers<ContextType>;
  CapaPage?: CapaPageResolvers<ContextType>;
  Characteristic?: CharacteristicResolvers<ContextType>;
  CharacteristicResult?: CharacteristicResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EffectivenessCheck?: EffectivenessCheckResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionPage?: InspectionPageResolvers<ContextType>;
  InspectionPlan?: InspectionPlanResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Nonconformance?: NonconformanceResolvers<ContextType>;
  NonconformancePage?: NonconformancePageResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SamplingPlan?: SamplingPlanResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
};

