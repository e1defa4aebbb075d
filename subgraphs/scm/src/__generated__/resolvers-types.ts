import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Carrier as CarrierEntity } from '../carrier/carrier.entity.ts';
import type { Lane as LaneEntity } from '../lane/lane.entity.ts';
import type { TransitTimes as TransitTimesEntity } from '../lane/lane.rules.ts';
import type { TransportOrder as TransportOrderEntity, TransportOrderLine as TransportOrderLineEntity, TransportLeg as TransportLegEntity, TransportMilestone as TransportMilestoneEntity } from '../transport-order/transport-order.entity.ts';
import type { DeliveryConfirmation as DeliveryConfirmationEntity, DeliveredLineRecord as DeliveredLineRecordEntity } from '../delivery/delivery.entity.ts';
import type { TransferOrder as TransferOrderEntity, TransferOrderLine as TransferOrderLineEntity } from '../transfer-order/transfer-order.entity.ts';
import type { ScmContext } from '../context.ts';
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

/** A company that moves our goods. Owned by SCM. */
export type Carrier = {
  __typename?: 'Carrier';
  /** Unique, human-facing carrier code, e.g. CAR-DHL. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The lanes it serves by default. */
  lanes: Array<Lane>;
  name: Scalars['String']['output'];
};

export type ConfirmDeliveryInput = {
  damageNote?: InputMaybe<Scalars['String']['input']>;
  deliveredAt: Scalars['DateTime']['input'];
  documents: Array<DeliveryDocumentInput>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Lines left out were received in full and undamaged. */
  lines?: InputMaybe<Array<DeliveredLineInput>>;
  receivedBy: Scalars['String']['input'];
  transportOrderId: Scalars['ID']['input'];
};

export type CreateCarrierInput = {
  code: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateLaneInput = {
  carrierId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  /** Leave out for a lane serving any customer of the region. */
  destinationCustomerId?: InputMaybe<Scalars['ID']['input']>;
  destinationRegion: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mode: TransportMode;
  originName: Scalars['String']['input'];
  originSiteId: Scalars['ID']['input'];
  plannedTransitHours: Scalars['Float']['input'];
};

export type CreateTransferOrderInput = {
  fromWarehouseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<TransferOrderLineInput>;
  neededBy?: InputMaybe<Scalars['Date']['input']>;
  toWarehouseId: Scalars['ID']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
};

export type DeliveredLine = {
  __typename?: 'DeliveredLine';
  damagedQuantity: Scalars['Float']['output'];
  item: Item;
  receivedQuantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
  shippedQuantity: Scalars['Float']['output'];
};

export type DeliveredLineInput = {
  /** Of it, arrived damaged. */
  damagedQuantity?: InputMaybe<Scalars['Float']['input']>;
  /** What the customer took; at most what was shipped on the line. */
  receivedQuantity: Scalars['Float']['input'];
  salesOrderLineId: Scalars['ID']['input'];
};

/**
 * Proof of delivery: when the customer took the goods, what it received per line, damage, and the
 * documents signed. Recording it emits scm.DeliveryConfirmed (perfect order, OTIF, crm's DELIVERED).
 */
export type DeliveryConfirmation = {
  __typename?: 'DeliveryConfirmation';
  damageNote: Maybe<Scalars['String']['output']>;
  /** Any damage reported at delivery. */
  damaged: Scalars['Boolean']['output'];
  deliveredAt: Scalars['DateTime']['output'];
  documents: Array<DeliveryDocument>;
  /** A signed delivery note, and a consignment note (CMR) for road transport, were handed over. */
  documentsComplete: Scalars['Boolean']['output'];
  lines: Array<DeliveredLine>;
  /** Delivered no later than the end of the promised date. */
  onTime: Scalars['Boolean']['output'];
  /** Who signed for the goods. */
  receivedBy: Scalars['String']['output'];
};

export type DeliveryDocument = {
  __typename?: 'DeliveryDocument';
  kind: DeliveryDocumentKind;
  reference: Scalars['String']['output'];
};

export type DeliveryDocumentInput = {
  kind: DeliveryDocumentKind;
  reference: Scalars['String']['input'];
};

export type DeliveryDocumentKind =
  | 'CMR'
  | 'DELIVERY_NOTE'
  | 'PACKING_LIST'
  | 'PHOTO';

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
};

/**
 * A regular route from one of our sites to a destination (one customer, or any customer of a region),
 * with its mode, default carrier, planned transit time and the transit times it actually took.
 */
export type Lane = {
  __typename?: 'Lane';
  carrier: Carrier;
  /** Unique, human-facing lane code, e.g. BER-NL-ROAD. */
  code: Scalars['String']['output'];
  /** The one customer the lane serves; null: any customer its origin site ships to. */
  destinationCustomer: Maybe<Customer>;
  /** Where the lane ends, as planners name it (a country, region or city). */
  destinationRegion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mode: TransportMode;
  /** How planners name where the lane starts, e.g. Berlin plant. */
  originName: Scalars['String']['output'];
  originSite: Site;
  /** Transit time planned before the lane has a history, in hours. */
  plannedTransitHours: Scalars['Float']['output'];
  /** Transit times of the lane's deliveries (departure to delivery), and the estimate ETAs use. */
  transitTimes: LaneTransitTimes;
};

/**
 * What a lane's past deliveries say about its transit time (departure to delivery, in hours),
 * over its most recent deliveries.
 */
export type LaneTransitTimes = {
  __typename?: 'LaneTransitTimes';
  /** The transit time ETAs use: the median once the lane has 3 deliveries, the planned time before. */
  estimateHours: Scalars['Float']['output'];
  /** Median transit time; null without deliveries. */
  medianHours: Maybe<Scalars['Float']['output']>;
  /** 80th percentile: four in five deliveries took no longer. */
  p80Hours: Maybe<Scalars['Float']['output']>;
  /** Deliveries the figures are taken from (at most the 20 most recent). */
  sampleCount: Scalars['Int']['output'];
};

/** The moments a transport order passes, in this order; a milestone is recorded once. */
export type Milestone =
  | 'ARRIVED'
  | 'DELIVERED'
  | 'DEPARTED'
  | 'PICKED_UP';

export type MilestoneEvent = {
  __typename?: 'MilestoneEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The ETA as it stood once this milestone was recorded. */
  eta: Maybe<Scalars['DateTime']['output']>;
  /** Where, as the driver or carrier reported it. */
  location: Maybe<Scalars['String']['output']>;
  milestone: Milestone;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a PLANNED transport order on a lane (and its carrier). */
  assignTransportLane: TransportOrder;
  /**
   * Proof of delivery of a departed transport order: records DELIVERED and emits scm.DeliveryConfirmed.
   * Before departure, or a second time, it is a CONFLICT.
   */
  confirmDelivery: TransportOrder;
  createCarrier: Carrier;
  createLane: Lane;
  /** Releases a transfer to the sending warehouse (scm.TransferOrderReleased); wms ships and receives it. */
  createTransferOrder: TransferOrder;
  /** Records PICKED_UP, DEPARTED or ARRIVED in that order; one out of order is a CONFLICT. */
  recordMilestone: TransportOrder;
};


export type MutationAssignTransportLaneArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  laneId: Scalars['ID']['input'];
  transportOrderId: Scalars['ID']['input'];
};


export type MutationConfirmDeliveryArgs = {
  input: ConfirmDeliveryInput;
};


export type MutationCreateCarrierArgs = {
  input: CreateCarrierInput;
};


export type MutationCreateLaneArgs = {
  input: CreateLaneInput;
};


export type MutationCreateTransferOrderArgs = {
  input: CreateTransferOrderInput;
};


export type MutationRecordMilestoneArgs = {
  input: RecordMilestoneInput;
};

export type Query = {
  __typename?: 'Query';
  carriers: Array<Carrier>;
  lanes: Array<Lane>;
  transferOrder: TransferOrder;
  /** Newest first; first at most 200. */
  transferOrders: TransferOrderPage;
  transportOrder: TransportOrder;
  transportOrderByNumber: TransportOrder;
  /** Newest first; first at most 200. */
  transportOrders: TransportOrderPage;
};


export type QueryLanesArgs = {
  originSiteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTransferOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransferOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<TransferOrderStatus>>;
};


export type QueryTransportOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransportOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryTransportOrdersArgs = {
  filter?: InputMaybe<TransportOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordMilestoneInput = {
  /** When it happened; not in the future, not before the previous milestone. */
  at: Scalars['DateTime']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** PICKED_UP, DEPARTED or ARRIVED; DELIVERED is recorded by confirmDelivery. */
  milestone: Milestone;
  transportOrderId: Scalars['ID']['input'];
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
  /** Transport orders carrying the order's shipments, oldest first. */
  transportOrders: Maybe<Array<TransportOrder>>;
};

export type SalesOrderLine = {
  __typename?: 'SalesOrderLine';
  id: Scalars['ID']['output'];
};

export type Shipment = {
  __typename?: 'Shipment';
  id: Scalars['ID']['output'];
  /** The transport order carrying the shipment. */
  transportOrder: Maybe<TransportOrder>;
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

/**
 * Stock moved from one warehouse to another (usually another site's). The warehouses pick, ship and
 * receive it in WMS; SCM follows their events.
 */
export type TransferOrder = {
  __typename?: 'TransferOrder';
  createdAt: Scalars['DateTime']['output'];
  fromWarehouse: Warehouse;
  id: Scalars['ID']['output'];
  lines: Array<TransferOrderLine>;
  neededBy: Maybe<Scalars['Date']['output']>;
  /** e.g. TR-2026-000007. */
  number: Scalars['String']['output'];
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: TransferOrderStatus;
  toWarehouse: Warehouse;
};

export type TransferOrderLine = {
  __typename?: 'TransferOrderLine';
  /** Shipped and not yet received. */
  inTransitQuantity: Scalars['Float']['output'];
  item: Item;
  quantity: Scalars['Float']['output'];
  receivedQuantity: Scalars['Float']['output'];
  shippedQuantity: Scalars['Float']['output'];
};

export type TransferOrderLineInput = {
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
};

export type TransferOrderPage = {
  __typename?: 'TransferOrderPage';
  items: Array<TransferOrder>;
  totalCount: Scalars['Int']['output'];
};

/**
 * Where a transfer order stands: RELEASED to the sending warehouse, IN_TRANSIT once it shipped,
 * RECEIVED once the receiving warehouse put it away.
 */
export type TransferOrderStatus =
  | 'IN_TRANSIT'
  | 'RECEIVED'
  | 'RELEASED';

export type TransportLeg = {
  __typename?: 'TransportLeg';
  carrier: Maybe<Carrier>;
  destination: Scalars['String']['output'];
  mode: TransportMode;
  origin: Scalars['String']['output'];
  sequence: Scalars['Int']['output'];
};

/** How goods travel on a lane. */
export type TransportMode =
  | 'AIR'
  | 'PARCEL'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

/**
 * The carriage of one outbound shipment from its warehouse to the customer. Created by SCM for
 * every shipment the warehouse ships (wms.ShipmentShipped), on the best lane for its site and customer.
 */
export type TransportOrder = {
  __typename?: 'TransportOrder';
  carrier: Maybe<Carrier>;
  customer: Customer;
  /** Proof of delivery, once recorded. */
  deliveryConfirmation: Maybe<DeliveryConfirmation>;
  /**
   * Expected delivery now: from the latest milestone (pick-up, departure, arrival) plus the lane's
   * transit estimate, never before now while not delivered; the delivery time once delivered.
   * Null without a lane.
   */
  eta: Maybe<Scalars['DateTime']['output']>;
  /** The pessimistic ETA: the lane's 80th-percentile transit time instead of its estimate. */
  etaLatest: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Null when no lane serves the site and customer yet: assign one with assignTransportLane. */
  lane: Maybe<Lane>;
  /** Whether the ETA (or the delivery) is after the end of the promised date. */
  late: Scalars['Boolean']['output'];
  /** The legs of the journey, in order. */
  legs: Array<TransportLeg>;
  /** What the shipment carries, per sales order line. */
  lines: Array<TransportOrderLine>;
  /** Milestones recorded so far, oldest first. */
  milestones: Array<MilestoneEvent>;
  /** e.g. TO-2026-000042. */
  number: Scalars['String']['output'];
  originSite: Site;
  /** Delivery as planned when the order was created: pick-up plus the lane's estimate then. */
  plannedDelivery: Maybe<Scalars['DateTime']['output']>;
  plannedPickupAt: Scalars['DateTime']['output'];
  /** The date promised to the customer for the shipment's lines (the latest of their commit dates). */
  promisedDate: Maybe<Scalars['Date']['output']>;
  salesOrder: SalesOrder;
  shipment: Shipment;
  status: TransportOrderStatus;
};

export type TransportOrderFilter = {
  carrierId?: InputMaybe<Scalars['ID']['input']>;
  laneId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders whose ETA is after their promised date. */
  late?: InputMaybe<Scalars['Boolean']['input']>;
  salesOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Number contains (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TransportOrderStatus>>;
};

export type TransportOrderLine = {
  __typename?: 'TransportOrderLine';
  item: Item;
  /** Quantity shipped. */
  quantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
};

export type TransportOrderPage = {
  __typename?: 'TransportOrderPage';
  items: Array<TransportOrder>;
  totalCount: Scalars['Int']['output'];
};

/**
 * Where a transport order stands: PLANNED (waiting for pick-up), PICKED_UP, IN_TRANSIT (departed),
 * ARRIVED (at the customer, not yet signed for), DELIVERED (proof of delivery recorded).
 */
export type TransportOrderStatus =
  | 'ARRIVED'
  | 'DELIVERED'
  | 'IN_TRANSIT'
  | 'PICKED_UP'
  | 'PLANNED';

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
  Carrier: Carrier;
  Lane: Lane;
  SalesOrder: SalesOrder;
  Shipment: Shipment;
  TransferOrder: TransferOrder;
  TransportOrder: TransportOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Carrier:
    ( { __typename: 'Carrier' }
    & GraphQLRecursivePick<FederationTypes['Carrier'], {"id":true}> );
  Lane:
    ( { __typename: 'Lane' }
    & GraphQLRecursivePick<FederationTypes['Lane'], {"id":true}> );
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
  Shipment:
    ( { __typename: 'Shipment' }
    & GraphQLRecursivePick<FederationTypes['Shipment'], {"id":true}> );
  TransferOrder:
    ( { __typename: 'TransferOrder' }
    & GraphQLRecursivePick<FederationTypes['TransferOrder'], {"id":true}> );
  TransportOrder:
    ( { __typename: 'TransportOrder' }
    & GraphQLRecursivePick<FederationTypes['TransportOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Carrier: ResolverTypeWrapper<CarrierEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConfirmDeliveryInput: ConfirmDeliveryInput;
  CreateCarrierInput: CreateCarrierInput;
  CreateLaneInput: CreateLaneInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateTransferOrderInput: CreateTransferOrderInput;
  Customer: ResolverTypeWrapper<{ id: string }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveredLine: ResolverTypeWrapper<DeliveredLineRecordEntity>;
  DeliveredLineInput: DeliveredLineInput;
  DeliveryConfirmation: ResolverTypeWrapper<DeliveryConfirmationEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DeliveryDocument: ResolverTypeWrapper<DeliveryDocument>;
  DeliveryDocumentInput: DeliveryDocumentInput;
  DeliveryDocumentKind: DeliveryDocumentKind;
  Item: ResolverTypeWrapper<{ id: string }>;
  Lane: ResolverTypeWrapper<LaneEntity>;
  LaneTransitTimes: ResolverTypeWrapper<TransitTimesEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Milestone: Milestone;
  MilestoneEvent: ResolverTypeWrapper<TransportMilestoneEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMilestoneInput: RecordMilestoneInput;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SalesOrderLine: ResolverTypeWrapper<{ id: string }>;
  Shipment: ResolverTypeWrapper<{ id: string }>;
  Site: ResolverTypeWrapper<{ id: string }>;
  TransferOrder: ResolverTypeWrapper<TransferOrderEntity>;
  TransferOrderLine: ResolverTypeWrapper<TransferOrderLineEntity>;
  TransferOrderLineInput: TransferOrderLineInput;
  TransferOrderPage: ResolverTypeWrapper<{ items: TransferOrderEntity[]; totalCount: number }>;
  TransferOrderStatus: TransferOrderStatus;
  TransportLeg: ResolverTypeWrapper<TransportLegEntity>;
  TransportMode: TransportMode;
  TransportOrder: ResolverTypeWrapper<TransportOrderEntity>;
  TransportOrderFilter: TransportOrderFilter;
  TransportOrderLine: ResolverTypeWrapper<TransportOrderLineEntity>;
  TransportOrderPage: ResolverTypeWrapper<{ items: TransportOrderEntity[]; totalCount: number }>;
  TransportOrderStatus: TransportOrderStatus;
  Warehouse: ResolverTypeWrapper<{ id: string }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Carrier: CarrierEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ConfirmDeliveryInput: ConfirmDeliveryInput;
  CreateCarrierInput: CreateCarrierInput;
  CreateLaneInput: CreateLaneInput;
  Float: Scalars['Float']['output'];
  CreateTransferOrderInput: CreateTransferOrderInput;
  Customer: { id: string };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeliveredLine: DeliveredLineRecordEntity;
  DeliveredLineInput: DeliveredLineInput;
  DeliveryConfirmation: DeliveryConfirmationEntity;
  Boolean: Scalars['Boolean']['output'];
  DeliveryDocument: DeliveryDocument;
  DeliveryDocumentInput: DeliveryDocumentInput;
  Item: { id: string };
  Lane: LaneEntity;
  LaneTransitTimes: TransitTimesEntity;
  Int: Scalars['Int']['output'];
  MilestoneEvent: TransportMilestoneEntity;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RecordMilestoneInput: RecordMilestoneInput;
  SalesOrder: { id: string };
  SalesOrderLine: { id: string };
  Shipment: { id: string };
  Site: { id: string };
  TransferOrder: TransferOrderEntity;
  TransferOrderLine: TransferOrderLineEntity;
  TransferOrderLineInput: TransferOrderLineInput;
  TransferOrderPage: { items: TransferOrderEntity[]; totalCount: number };
  TransportLeg: TransportLegEntity;
  TransportOrder: TransportOrderEntity;
  TransportOrderFilter: TransportOrderFilter;
  TransportOrderLine: TransportOrderLineEntity;
  TransportOrderPage: { items: TransportOrderEntity[]; totalCount: number };
  Warehouse: { id: string };
};

export type CarrierResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Carrier'] = ResolversParentTypes['Carrier'], FederationReferenceType extends FederationReferenceTypes['Carrier'] = FederationReferenceTypes['Carrier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Carrier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['Lane']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveredLineResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['DeliveredLine'] = ResolversParentTypes['DeliveredLine']> = {
  damagedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DeliveryConfirmationResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['DeliveryConfirmation'] = ResolversParentTypes['DeliveryConfirmation']> = {
  damageNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['DeliveryDocument']>, ParentType, ContextType>;
  documentsComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['DeliveredLine']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeliveryDocumentResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['DeliveryDocument'] = ResolversParentTypes['DeliveryDocument']> = {
  kind?: Resolver<ResolversTypes['DeliveryDocumentKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LaneResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Lane'] = ResolversParentTypes['Lane'], FederationReferenceType extends FederationReferenceTypes['Lane'] = FederationReferenceTypes['Lane']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lane']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<ResolversTypes['Carrier'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  destinationRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  originName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  plannedTransitHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  transitTimes?: Resolver<ResolversTypes['LaneTransitTimes'], ParentType, ContextType>;
};

export type LaneTransitTimesResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['LaneTransitTimes'] = ResolversParentTypes['LaneTransitTimes']> = {
  estimateHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p80Hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sampleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MilestoneEventResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['MilestoneEvent'] = ResolversParentTypes['MilestoneEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignTransportLane?: Resolver<ResolversTypes['TransportOrder'], ParentType, ContextType, RequireFields<MutationAssignTransportLaneArgs, 'laneId' | 'transportOrderId'>>;
  confirmDelivery?: Resolver<ResolversTypes['TransportOrder'], ParentType, ContextType, RequireFields<MutationConfirmDeliveryArgs, 'input'>>;
  createCarrier?: Resolver<ResolversTypes['Carrier'], ParentType, ContextType, RequireFields<MutationCreateCarrierArgs, 'input'>>;
  createLane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType, RequireFields<MutationCreateLaneArgs, 'input'>>;
  createTransferOrder?: Resolver<ResolversTypes['TransferOrder'], ParentType, ContextType, RequireFields<MutationCreateTransferOrderArgs, 'input'>>;
  recordMilestone?: Resolver<ResolversTypes['TransportOrder'], ParentType, ContextType, RequireFields<MutationRecordMilestoneArgs, 'input'>>;
};

export type QueryResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  carriers?: Resolver<Array<ResolversTypes['Carrier']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['Lane']>, ParentType, ContextType, Partial<QueryLanesArgs>>;
  transferOrder?: Resolver<ResolversTypes['TransferOrder'], ParentType, ContextType, RequireFields<QueryTransferOrderArgs, 'id'>>;
  transferOrders?: Resolver<ResolversTypes['TransferOrderPage'], ParentType, ContextType, RequireFields<QueryTransferOrdersArgs, 'first' | 'offset'>>;
  transportOrder?: Resolver<ResolversTypes['TransportOrder'], ParentType, ContextType, RequireFields<QueryTransportOrderArgs, 'id'>>;
  transportOrderByNumber?: Resolver<ResolversTypes['TransportOrder'], ParentType, ContextType, RequireFields<QueryTransportOrderByNumberArgs, 'number'>>;
  transportOrders?: Resolver<ResolversTypes['TransportOrderPage'], ParentType, ContextType, RequireFields<QueryTransportOrdersArgs, 'first' | 'offset'>>;
};

export type SalesOrderResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transportOrders?: Resolver<Maybe<Array<ResolversTypes['TransportOrder']>>, ParentType, ContextType>;
};

export type SalesOrderLineResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['SalesOrderLine'] = ResolversParentTypes['SalesOrderLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transportOrder?: Resolver<Maybe<ResolversTypes['TransportOrder']>, ParentType, ContextType>;
};

export type SiteResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferOrderResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransferOrder'] = ResolversParentTypes['TransferOrder'], FederationReferenceType extends FederationReferenceTypes['TransferOrder'] = FederationReferenceTypes['TransferOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TransferOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromWarehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TransferOrderLine']>, ParentType, ContextType>;
  neededBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferOrderStatus'], ParentType, ContextType>;
  toWarehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type TransferOrderLineResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransferOrderLine'] = ResolversParentTypes['TransferOrderLine']> = {
  inTransitQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TransferOrderPageResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransferOrderPage'] = ResolversParentTypes['TransferOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['TransferOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransportLegResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransportLeg'] = ResolversParentTypes['TransportLeg']> = {
  carrier?: Resolver<Maybe<ResolversTypes['Carrier']>, ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransportOrderResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransportOrder'] = ResolversParentTypes['TransportOrder'], FederationReferenceType extends FederationReferenceTypes['TransportOrder'] = FederationReferenceTypes['TransportOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TransportOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['Carrier']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deliveryConfirmation?: Resolver<Maybe<ResolversTypes['DeliveryConfirmation']>, ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  etaLatest?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lane?: Resolver<Maybe<ResolversTypes['Lane']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['TransportLeg']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TransportOrderLine']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['MilestoneEvent']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  plannedDelivery?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  plannedPickupAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  salesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransportOrderStatus'], ParentType, ContextType>;
};

export type TransportOrderLineResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransportOrderLine'] = ResolversParentTypes['TransportOrderLine']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
};

export type TransportOrderPageResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['TransportOrderPage'] = ResolversParentTypes['TransportOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['TransportOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WarehouseResolvers<ContextType = ScmContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ScmContext> = {
  Carrier?: CarrierResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeliveredLine?: DeliveredLineResolvers<ContextType>;
  DeliveryConfirmation?: DeliveryConfirmationResolvers<ContextType>;
  DeliveryDocument?: DeliveryDocumentResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  Lane?: LaneResolvers<ContextType>;
  LaneTransitTimes?: LaneTransitTimesResolvers<ContextType>;
  MilestoneEvent?: MilestoneEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SalesOrderLine?: SalesOrderLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  TransferOrder?: TransferOrderResolvers<ContextType>;
  TransferOrderLine?: TransferOrderLineResolvers<ContextType>;
  TransferOrderPage?: TransferOrderPageResolvers<ContextType>;
  TransportLeg?: TransportLegResolvers<ContextType>;
  TransportOrder?: TransportOrderResolvers<ContextType>;
  TransportOrderLine?: TransportOrderLineResolvers<ContextType>;
  TransportOrderPage?: TransportOrderPageResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
};

