import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Customer as CustomerEntity } from '../customer/customer.entity.ts';
import type { SalesOrder as SalesOrderEntity, SalesOrderLine as SalesOrderLineEntity } from '../sales-order/sales-order.entity.ts';
import type { ServiceCase as ServiceCaseEntity, CaseLine as CaseLineEntity } from '../service-case/service-case.entity.ts';
import type { StoredForecast as StoredForecastEntity } from '../demand-forecast/demand-forecast.store.ts';
import type { CrmContext } from '../context.ts';
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

/** Who asked for a cancellation: KPIS.md excludes only orders the customer cancelled before their commit date. */
export type CancellationRequester =
  /** The company cancelled it (no stock, credit hold, discontinued item, …). */
  | 'COMPANY'
  /** The customer withdrew the order. */
  | 'CUSTOMER';

export type CreateCustomerInput = {
  code: Scalars['String']['input'];
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateSalesOrderInput = {
  currency?: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Makes a retried request a no-op: the same key returns the order the first request created. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<SalesOrderLineInput>;
  /** The ERP site that is to ship the order. */
  siteId: Scalars['ID']['input'];
};

/** A company that buys from us. Owned by CRM. */
export type Customer = {
  __typename?: 'Customer';
  /** Unique, human-facing customer code, e.g. C-0042. */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the customer's latest order was placed; null when it has none (for a site-scoped viewer: of those of its sites). */
  lastOrderedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Orders not yet shipped, delivered or cancelled: drafts, confirmed and in fulfilment (for a site-scoped viewer: those of its sites). */
  openOrderCount: Scalars['Int']['output'];
  /** Orders the customer placed, in any status (for a site-scoped viewer: those of its sites). */
  orderCount: Scalars['Int']['output'];
};

/** One page of customers by name, and how many match over all pages. */
export type CustomerPage = {
  __typename?: 'CustomerPage';
  items: Array<Customer>;
  /** Customers matching the search, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Expected demand for one item at one site in one week (Monday to Sunday). Owned by CRM; APS plans from it and S&OP weighs it against supply. */
export type DemandForecast = {
  __typename?: 'DemandForecast';
  item: Item;
  quantity: Scalars['Float']['output'];
  site: Site;
  source: ForecastSource;
  updatedAt: Scalars['DateTime']['output'];
  /** Monday of the week. */
  weekStart: Scalars['Date']['output'];
};

export type DemandForecastFilter = {
  /** Weeks starting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<ForecastSource>;
  /** Weeks starting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How a forecast was made: computed from order history, entered by sales and planning, or agreed in the S&OP meeting. */
export type ForecastSource =
  | 'CONSENSUS'
  | 'SALES'
  | 'STATISTICAL';

export type ForecastWeekInput = {
  quantity: Scalars['Float']['input'];
  /** Monday of the week. */
  weekStart: Scalars['Date']['input'];
};

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
  /** Quantity on lines of confirmed orders not yet shipped (confirmed or in fulfilment). */
  openDemand: Maybe<Scalars['Float']['output']>;
};

export type LinePromiseInput = {
  lineId: Scalars['ID']['input'];
  promisedDate: Scalars['Date']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  authorizeReturn: ServiceCase;
  /** Cancels an order that has not shipped, recording who asked (an order the company cancels still counts as due in the perfect order rate). */
  cancelSalesOrder: SalesOrder;
  /** DRAFT → CONFIRMED: the order becomes demand the warehouse may ship against. */
  confirmSalesOrder: SalesOrder;
  createCustomer: Customer;
  /** Creates a DRAFT order. */
  createSalesOrder: SalesOrder;
  /** Computes the STATISTICAL forecast of an item at a site from its last year of orders (damped-trend exponential smoothing) from this week on, and stores it. */
  forecastDemandFromHistory: Array<DemandForecast>;
  /** Opens a damage claim against a shipment of the order (crm.DamageClaimOpened); lines it did not carry are BAD_USER_INPUT. */
  openDamageClaim: ServiceCase;
  /** Commits delivery dates per line; a later promise replaces the earlier one. */
  promiseSalesOrder: SalesOrder;
  receiveReturn: ServiceCase;
  rejectServiceCase: ServiceCase;
  /** Opens a return (RMA) against a shipment of the order. */
  requestReturn: ServiceCase;
  resolveServiceCase: ServiceCase;
  /** Stores a forecast for the weeks given (planners; the S&OP consensus is source CONSENSUS). */
  setDemandForecast: Array<DemandForecast>;
};


export type MutationAuthorizeReturnArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  requestedBy: CancellationRequester;
};


export type MutationConfirmSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateSalesOrderArgs = {
  input: CreateSalesOrderInput;
};


export type MutationForecastDemandFromHistoryArgs = {
  itemId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationOpenDamageClaimArgs = {
  input: OpenServiceCaseInput;
};


export type MutationPromiseSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<LinePromiseInput>;
};


export type MutationReceiveReturnArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectServiceCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestReturnArgs = {
  input: OpenServiceCaseInput;
};


export type MutationResolveServiceCaseArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationSetDemandForecastArgs = {
  input: SetDemandForecastInput;
};

export type OpenServiceCaseInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ServiceCaseLineInput>;
  reason: Scalars['String']['input'];
  salesOrderId: Scalars['ID']['input'];
  shipmentId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  customer: Maybe<Customer>;
  /** Customers by name whose code or name contains `search` (case-insensitive; `%` and `_` are plain characters); `first` is 1–200. */
  customerPage: CustomerPage;
  customers: Array<Customer>;
  /** Forecast weeks matching the filter, by item, site, source and week. */
  demandForecasts: Array<DemandForecast>;
  salesOrder: Maybe<SalesOrder>;
  salesOrderByNumber: Maybe<SalesOrder>;
  salesOrders: SalesOrderPage;
  serviceCase: Maybe<ServiceCase>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerPageArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDemandForecastsArgs = {
  filter: DemandForecastFilter;
};


export type QuerySalesOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QuerySalesOrdersArgs = {
  filter?: InputMaybe<SalesOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SalesOrderSort>;
};


export type QueryServiceCaseArgs = {
  id: Scalars['ID']['input'];
};

/** A customer's order. Owned by CRM; warehouse, analytics and other systems extend it. */
export type SalesOrder = {
  __typename?: 'SalesOrder';
  /** Why the order was cancelled, when it was. */
  cancellationReason: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  customer: Customer;
  /** The date the order is due: its promised date, falling back to its requested date. */
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  lines: Array<SalesOrderLine>;
  /** Unique, human-facing order number, e.g. SO-2026-000123. */
  number: Scalars['String']['output'];
  /** When the order was placed. */
  orderedAt: Scalars['DateTime']['output'];
  /** The earliest date we committed to on any line; null until promised. */
  promisedDate: Maybe<Scalars['Date']['output']>;
  /** The earliest date the customer asked for on any line. */
  requestedDate: Scalars['Date']['output'];
  /** Damage claims and returns, oldest first. */
  serviceCases: Array<ServiceCase>;
  /** The ERP site that ships the order; KPIs by site count the order there. Null only for orders placed before orders named their site. */
  site: Maybe<Site>;
  status: SalesOrderStatus;
  /** Sum of line amounts. */
  totalAmount: Scalars['Float']['output'];
};

export type SalesOrderFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Orders whose due date is on or after this date. */
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Orders whose due date is on or before this date. */
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** Matches the order number, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Orders fulfilled from this site. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<SalesOrderStatus>>;
};

export type SalesOrderLine = {
  __typename?: 'SalesOrderLine';
  /** quantity × unitPrice. */
  amount: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  lineNumber: Scalars['Int']['output'];
  /** The date committed to the customer; null until promised. */
  promisedDate: Maybe<Scalars['Date']['output']>;
  quantity: Scalars['Float']['output'];
  requestedDate: Scalars['Date']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type SalesOrderLineInput = {
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
  requestedDate: Scalars['Date']['input'];
  unitPrice: Scalars['Float']['input'];
};

export type SalesOrderPage = {
  __typename?: 'SalesOrderPage';
  items: Array<SalesOrder>;
  /** Orders matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SalesOrderSort = {
  direction?: SortDirection;
  field: SalesOrderSortField;
};

export type SalesOrderSortField =
  | 'CUSTOMER'
  | 'DUE_DATE'
  | 'NUMBER'
  | 'ORDERED_AT'
  | 'STATUS'
  | 'TOTAL_AMOUNT';

/** Where a sales order is in its life: DRAFT → CONFIRMED → IN_FULFILMENT → SHIPPED → DELIVERED, or CANCELLED before it ships. */
export type SalesOrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'IN_FULFILMENT'
  | 'SHIPPED';

/**
 * A customer's damage claim or return against one shipment of one of its orders. A damage claim opened within 30 days
 * of the delivery makes the order's lines it names fail "damage free" (KPIS.md).
 */
export type ServiceCase = {
  __typename?: 'ServiceCase';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: ServiceCaseKind;
  lines: Array<ServiceCaseLine>;
  /** DC-2026-000001 for damage claims, RMA-2026-000001 for returns. */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  /** What was decided when it was resolved or rejected. */
  resolution: Maybe<Scalars['String']['output']>;
  salesOrder: SalesOrder;
  shipment: Shipment;
  status: ServiceCaseStatus;
};

/** DAMAGE_CLAIM: goods arrived damaged; RETURN: the customer sends goods back (RMA). */
export type ServiceCaseKind =
  | 'DAMAGE_CLAIM'
  | 'RETURN';

export type ServiceCaseLine = {
  __typename?: 'ServiceCaseLine';
  quantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
};

export type ServiceCaseLineInput = {
  quantity: Scalars['Float']['input'];
  salesOrderLineId: Scalars['ID']['input'];
};

/**
 * A damage claim is OPEN until RESOLVED or REJECTED. A return is OPEN, AUTHORIZED (the RMA the customer ships back
 * under), RECEIVED when the goods are back, then RESOLVED; it may be REJECTED until the goods are received.
 */
export type ServiceCaseStatus =
  | 'AUTHORIZED'
  | 'OPEN'
  | 'RECEIVED'
  | 'REJECTED'
  | 'RESOLVED';

export type SetDemandForecastInput = {
  itemId: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
  source: ForecastSource;
  /** Weeks from this week up to two years out; weeks not named keep what they had. */
  weeks: Array<ForecastWeekInput>;
};

export type Shipment = {
  __typename?: 'Shipment';
  id: Scalars['ID']['output'];
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';



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
  Customer: Customer;
  Item: Item;
  SalesOrder: SalesOrder;
  SalesOrderLine: SalesOrderLine;
  ServiceCase: ServiceCase;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
  SalesOrderLine:
    ( { __typename: 'SalesOrderLine' }
    & GraphQLRecursivePick<FederationTypes['SalesOrderLine'], {"id":true}> );
  ServiceCase:
    ( { __typename: 'ServiceCase' }
    & GraphQLRecursivePick<FederationTypes['ServiceCase'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CancellationRequester: CancellationRequester;
  CreateCustomerInput: CreateCustomerInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateSalesOrderInput: CreateSalesOrderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Customer: ResolverTypeWrapper<CustomerEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CustomerPage: ResolverTypeWrapper<{ items: CustomerEntity[]; totalCount: number }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemandForecast: ResolverTypeWrapper<StoredForecastEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DemandForecastFilter: DemandForecastFilter;
  ForecastSource: ForecastSource;
  ForecastWeekInput: ForecastWeekInput;
  Item: ResolverTypeWrapper<{ id: string }>;
  LinePromiseInput: LinePromiseInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenServiceCaseInput: OpenServiceCaseInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesOrder: ResolverTypeWrapper<SalesOrderEntity>;
  SalesOrderFilter: SalesOrderFilter;
  SalesOrderLine: ResolverTypeWrapper<SalesOrderLineEntity>;
  SalesOrderLineInput: SalesOrderLineInput;
  SalesOrderPage: ResolverTypeWrapper<{ items: SalesOrderEntity[]; totalCount: number }>;
  SalesOrderSort: SalesOrderSort;
  SalesOrderSortField: SalesOrderSortField;
  SalesOrderStatus: SalesOrderStatus;
  ServiceCase: ResolverTypeWrapper<ServiceCaseEntity>;
  ServiceCaseKind: ServiceCaseKind;
  ServiceCaseLine: ResolverTypeWrapper<CaseLineEntity>;
  ServiceCaseLineInput: ServiceCaseLineInput;
  ServiceCaseStatus: ServiceCaseStatus;
  SetDemandForecastInput: SetDemandForecastInput;
  Shipment: ResolverTypeWrapper<{ id: string }>;
  Site: ResolverTypeWrapper<Site>;
  SortDirection: SortDirection;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateCustomerInput: CreateCustomerInput;
  String: Scalars['String']['output'];
  CreateSalesOrderInput: CreateSalesOrderInput;
  ID: Scalars['ID']['output'];
  Customer: CustomerEntity;
  Int: Scalars['Int']['output'];
  CustomerPage: { items: CustomerEntity[]; totalCount: number };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DemandForecast: StoredForecastEntity;
  Float: Scalars['Float']['output'];
  DemandForecastFilter: DemandForecastFilter;
  ForecastWeekInput: ForecastWeekInput;
  Item: { id: string };
  LinePromiseInput: LinePromiseInput;
  Mutation: Record<PropertyKey, never>;
  OpenServiceCaseInput: OpenServiceCaseInput;
  Query: Record<PropertyKey, never>;
  SalesOrder: SalesOrderEntity;
  SalesOrderFilter: SalesOrderFilter;
  SalesOrderLine: SalesOrderLineEntity;
  SalesOrderLineInput: SalesOrderLineInput;
  SalesOrderPage: { items: SalesOrderEntity[]; totalCount: number };
  SalesOrderSort: SalesOrderSort;
  ServiceCase: ServiceCaseEntity;
  ServiceCaseLine: CaseLineEntity;
  ServiceCaseLineInput: ServiceCaseLineInput;
  SetDemandForecastInput: SetDemandForecastInput;
  Shipment: { id: string };
  Site: Site;
  Boolean: Scalars['Boolean']['output'];
};

export type CustomerResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastOrderedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openOrderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerPageResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CustomerPage'] = ResolversParentTypes['CustomerPage']> = {
  items?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DemandForecastResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DemandForecast'] = ResolversParentTypes['DemandForecast']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ForecastSource'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openDemand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  authorizeReturn?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationAuthorizeReturnArgs, 'id'>>;
  cancelSalesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType, RequireFields<MutationCancelSalesOrderArgs, 'id' | 'reason' | 'requestedBy'>>;
  confirmSalesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType, RequireFields<MutationConfirmSalesOrderArgs, 'id'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createSalesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType, RequireFields<MutationCreateSalesOrderArgs, 'input'>>;
  forecastDemandFromHistory?: Resolver<Array<ResolversTypes['DemandForecast']>, ParentType, ContextType, RequireFields<MutationForecastDemandFromHistoryArgs, 'itemId' | 'siteId' | 'weeks'>>;
  openDamageClaim?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationOpenDamageClaimArgs, 'input'>>;
  promiseSalesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType, RequireFields<MutationPromiseSalesOrderArgs, 'id' | 'lines'>>;
  receiveReturn?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationReceiveReturnArgs, 'id'>>;
  rejectServiceCase?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationRejectServiceCaseArgs, 'id' | 'reason'>>;
  requestReturn?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationRequestReturnArgs, 'input'>>;
  resolveServiceCase?: Resolver<ResolversTypes['ServiceCase'], ParentType, ContextType, RequireFields<MutationResolveServiceCaseArgs, 'id' | 'resolution'>>;
  setDemandForecast?: Resolver<Array<ResolversTypes['DemandForecast']>, ParentType, ContextType, RequireFields<MutationSetDemandForecastArgs, 'input'>>;
};

export type QueryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerPage?: Resolver<ResolversTypes['CustomerPage'], ParentType, ContextType, RequireFields<QueryCustomerPageArgs, 'first' | 'offset'>>;
  customers?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first' | 'offset'>>;
  demandForecasts?: Resolver<Array<ResolversTypes['DemandForecast']>, ParentType, ContextType, RequireFields<QueryDemandForecastsArgs, 'filter'>>;
  salesOrder?: Resolver<Maybe<ResolversTypes['SalesOrder']>, ParentType, ContextType, RequireFields<QuerySalesOrderArgs, 'id'>>;
  salesOrderByNumber?: Resolver<Maybe<ResolversTypes['SalesOrder']>, ParentType, ContextType, RequireFields<QuerySalesOrderByNumberArgs, 'number'>>;
  salesOrders?: Resolver<ResolversTypes['SalesOrderPage'], ParentType, ContextType, RequireFields<QuerySalesOrdersArgs, 'first' | 'offset'>>;
  serviceCase?: Resolver<Maybe<ResolversTypes['ServiceCase']>, ParentType, ContextType, RequireFields<QueryServiceCaseArgs, 'id'>>;
};

export type SalesOrderResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SalesOrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  requestedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  serviceCases?: Resolver<Array<ResolversTypes['ServiceCase']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SalesOrderStatus'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SalesOrderLineResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['SalesOrderLine'] = ResolversParentTypes['SalesOrderLine'], FederationReferenceType extends FederationReferenceTypes['SalesOrderLine'] = FederationReferenceTypes['SalesOrderLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrderLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requestedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SalesOrderPageResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['SalesOrderPage'] = ResolversParentTypes['SalesOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['SalesOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceCaseResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ServiceCase'] = ResolversParentTypes['ServiceCase'], FederationReferenceType extends FederationReferenceTypes['ServiceCase'] = FederationReferenceTypes['ServiceCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceCaseKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ServiceCaseLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  salesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceCaseStatus'], ParentType, ContextType>;
};

export type ServiceCaseLineResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ServiceCaseLine'] = ResolversParentTypes['ServiceCaseLine']> = {
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CrmContext> = {
  Customer?: CustomerResolvers<ContextType>;
  CustomerPage?: CustomerPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DemandForecast?: DemandForecastResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SalesOrderLine?: SalesOrderLineResolvers<ContextType>;
  SalesOrderPage?: SalesOrderPageResolvers<ContextType>;
  ServiceCase?: ServiceCaseResolvers<ContextType>;
  ServiceCaseLine?: ServiceCaseLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
};

