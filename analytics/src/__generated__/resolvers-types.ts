import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupplyChainEvent as SupplyChainEventEntity } from '@plexus/events';
import type { OrderAssessment as OrderAssessmentEntity, LineAssessment as LineAssessmentEntity } from '../perfect-order/perfect-order.rules.ts';
import type { AnalyticsContext } from '../context.ts';
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
  /** A point in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date; }
  /** Free-form event details, as recorded by the system that emitted the event. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type PerfectOrder = {
  __typename?: 'PerfectOrder';
  /** The latest line commit date: when the order is due. */
  commitDate: Scalars['String']['output'];
  damageFree: Scalars['Boolean']['output'];
  documentationAccurate: Scalars['Boolean']['output'];
  inFull: Scalars['Boolean']['output'];
  isPerfect: Scalars['Boolean']['output'];
  lines: Array<PerfectOrderLine>;
  onTime: Scalars['Boolean']['output'];
  reasons: Array<PerfectOrderReason>;
};

export type PerfectOrderLine = {
  __typename?: 'PerfectOrderLine';
  damageFree: Scalars['Boolean']['output'];
  documentationAccurate: Scalars['Boolean']['output'];
  inFull: Scalars['Boolean']['output'];
  /** The crm sales order line id. */
  lineId: Scalars['ID']['output'];
  onTime: Scalars['Boolean']['output'];
  reasons: Array<PerfectOrderReason>;
};

/** Why a line or order was not perfect. */
export type PerfectOrderReason =
  | 'DAMAGED_AT_DELIVERY'
  | 'DAMAGE_CLAIM'
  | 'DOCUMENTS_INCOMPLETE'
  | 'INVOICE_MISMATCH'
  | 'LATE'
  | 'NOT_DELIVERED'
  | 'NOT_INVOICED'
  | 'OVER'
  | 'SHORT'
  | 'WRONG_ITEM';

export type Query = {
  __typename?: 'Query';
  /** The newest events, newest first. */
  recentEvents: Array<SupplyChainEvent>;
};


export type QueryRecentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
  /** Whether the order was perfect (SCOR RL.1.1, see KPIS.md), per component, with the reasons it was not; null for orders the stream does not know. */
  perfectOrder: Maybe<PerfectOrder>;
  /** The order's events across all systems, oldest first. */
  timeline: Maybe<Array<SupplyChainEvent>>;
};

/** One state change that matters to another system, from the supply-chain event stream. */
export type SupplyChainEvent = {
  __typename?: 'SupplyChainEvent';
  id: Scalars['ID']['output'];
  payload: Scalars['JSON']['output'];
  quantity: Maybe<Scalars['Float']['output']>;
  subjectId: Scalars['ID']['output'];
  subjectType: Scalars['String']['output'];
  /** A sentence a planner can read, e.g. 'Shipped 40 EA in SH-2026-000042'. */
  summary: Scalars['String']['output'];
  /** The system that emitted it: crm, erp, wms, … */
  system: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
  /** Past-tense name owned by its system, e.g. crm.SalesOrderPlaced. */
  type: Scalars['String']['output'];
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
  SalesOrder: SalesOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  PerfectOrder: ResolverTypeWrapper<OrderAssessmentEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PerfectOrderLine: ResolverTypeWrapper<LineAssessmentEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PerfectOrderReason: PerfectOrderReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SupplyChainEvent: ResolverTypeWrapper<SupplyChainEventEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  PerfectOrder: OrderAssessmentEntity;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  PerfectOrderLine: LineAssessmentEntity;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  SalesOrder: { id: string };
  SupplyChainEvent: SupplyChainEventEntity;
  Float: Scalars['Float']['output'];
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type PerfectOrderResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PerfectOrder'] = ResolversParentTypes['PerfectOrder']> = {
  commitDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  damageFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentationAccurate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inFull?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPerfect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PerfectOrderLine']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['PerfectOrderReason']>, ParentType, ContextType>;
};

export type PerfectOrderLineResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PerfectOrderLine'] = ResolversParentTypes['PerfectOrderLine']> = {
  damageFree?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentationAccurate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inFull?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['PerfectOrderReason']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  recentEvents?: Resolver<Array<ResolversTypes['SupplyChainEvent']>, ParentType, ContextType, RequireFields<QueryRecentEventsArgs, 'first'>>;
};

export type SalesOrderResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  perfectOrder?: Resolver<Maybe<ResolversTypes['PerfectOrder']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<Array<ResolversTypes['SupplyChainEvent']>>, ParentType, ContextType>;
};

export type SupplyChainEventResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SupplyChainEvent'] = ResolversParentTypes['SupplyChainEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  PerfectOrder?: PerfectOrderResolvers<ContextType>;
  PerfectOrderLine?: PerfectOrderLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SupplyChainEvent?: SupplyChainEventResolvers<ContextType>;
};

