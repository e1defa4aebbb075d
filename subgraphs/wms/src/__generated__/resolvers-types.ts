import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Warehouse as WarehouseEntity, Location as LocationEntity } from '../warehouse/warehouse.entity.ts';
import type { LotReference as LotReferenceEntity, StockBalance as StockBalanceEntity } from '../stock/stock.entity.ts';
import type { LotReceipt as LotReceiptEntity, LotShipment as LotShipmentEntity } from '../lot/lot.store.ts';
import type { Receipt as ReceiptEntity, ReceiptLine as ReceiptLineEntity } from '../receipt/receipt.entity.ts';
import type { Shipment as ShipmentEntity, ShipmentLine as ShipmentLineEntity, Pick as PickEntity } from '../shipment/shipment.entity.ts';
import type { PurchaseReceiptLine as PurchaseReceiptLineEntity } from '../purchase-receipt/purchase-receipt.entity.ts';
import type { LotHold as LotHoldEntity } from '../lot-hold/lot-hold.entity.ts';
import type { WarehouseStock as WarehouseStockEntity } from '../transfer/transfer.rules.ts';
import type { WmsContext } from '../context.ts';
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

export type AsnLine = {
  __typename?: 'AsnLine';
  id: Scalars['ID']['output'];
};

export type CreateWarehouseInput = {
  code: Scalars['String']['input'];
  /** Location codes to create with the warehouse. */
  locationCodes: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  siteId: Scalars['ID']['input'];
};

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
  /** Lots with stock on hand, earliest expiry first. */
  lots: Maybe<Array<Lot>>;
  stockBalances: Maybe<Array<StockBalance>>;
  /** The item across sites: on hand in each warehouse, and on its way to it by transfer (shipped, not yet received). */
  stockBySite: Maybe<Array<WarehouseStock>>;
  /** On-hand quantity over all warehouses, or in one. */
  stockOnHand: Maybe<Scalars['Float']['output']>;
};


export type ItemStockBalancesArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type ItemStockOnHandArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A bin, rack slot or floor area inside a warehouse. */
export type Location = {
  __typename?: 'Location';
  /** Unique within the warehouse, e.g. A-01-03. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  warehouse: Warehouse;
};

/**
 * A quantity of an item received together, traced as one; picked first-expiry-first-out. Other systems name
 * lots wms has not received (a work order's output while it is in progress, an id nobody knows): such a lot
 * has only its id, null lot number, item and receipt time, and no holds, receipts or shipments.
 */
export type Lot = {
  __typename?: 'Lot';
  /** Null for items that do not expire. */
  expiryDate: Maybe<Scalars['Date']['output']>;
  /** Why it is held (the open holds' reasons); null when not on hold. */
  holdReason: Maybe<Scalars['String']['output']>;
  /** Every hold placed on the lot, oldest first. */
  holds: Array<LotHold>;
  id: Scalars['ID']['output'];
  /** Null for a lot wms has not received. */
  item: Maybe<Item>;
  /** Null for a lot wms has not received. */
  lotNumber: Maybe<Scalars['String']['output']>;
  /** Held while a nonconformance on it is open: neither picked nor consumed. */
  onHold: Scalars['Boolean']['output'];
  /** The receipts that put the lot into stock or refused it at the dock, oldest first: where it came from. */
  receipts: Array<LotReceipt>;
  /** When it was first received; null for a lot wms has not received. */
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every customer shipment line that picked from the lot, oldest first: where it went. */
  shipments: Array<LotShipment>;
};

/** A lot held for a quality nonconformance (qms) until its disposition releases it or takes it out of stock. */
export type LotHold = {
  __typename?: 'LotHold';
  /** The qms nonconformance (NCR) that holds the lot. */
  nonconformanceId: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  /** The disposition that lifted the hold. */
  releaseReason: Maybe<Scalars['String']['output']>;
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** Taken out of stock by a scrap or return to supplier. */
  removedQuantity: Scalars['Float']['output'];
  warehouse: Warehouse;
};

/**
 * One receipt of a lot: bought (against a purchase order line, perhaps on a ship notice), made (a completed
 * work order's output, received without an order) or received without an order.
 */
export type LotReceipt = {
  __typename?: 'LotReceipt';
  /** The ship notice line the lot arrived on, when received against a notice. */
  asnLine: Maybe<AsnLine>;
  /** The purchase order line received against (srm gives its order and supplier); null for receipts without one. */
  purchaseOrderLine: Maybe<PurchaseOrderLine>;
  /** Accepted into stock. */
  quantity: Scalars['Float']['output'];
  receipt: Receipt;
  receivedAt: Scalars['DateTime']['output'];
  /** Refused at the dock; 0 for receipts without a purchase order. */
  rejectedQuantity: Scalars['Float']['output'];
};

/** What one line of a customer shipment took from a lot, over all the locations it was picked from. */
export type LotShipment = {
  __typename?: 'LotShipment';
  quantity: Scalars['Float']['output'];
  /** The order shipped (crm gives its customer). */
  salesOrder: SalesOrder;
  salesOrderLine: SalesOrderLine;
  shipment: Shipment;
  shippedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  createWarehouse: Warehouse;
  /** Puts received goods away into lots and locations. */
  receiveGoods: Receipt;
  /**
   * Receives goods against a purchase order or one of its ship notices: partial receipts are fine;
   * the wrong item, a lot the notice did not announce, or more than the order line's open quantity
   * with the over-delivery tolerance agreed in srm are refused, whole.
   */
  receivePurchase: Receipt;
  /** Puts a shipped transfer's lots away at a location of the receiving warehouse. */
  receiveTransfer: TransferOrder;
  /**
   * Picks (first expiry, first out) and ships part or all of a confirmed sales order.
   * Never ships more than ordered and never takes stock below zero.
   */
  shipSalesOrder: Shipment;
  /** Picks (first expiry, first out) and ships a transfer scm released; its stock is in transit until received. */
  shipTransfer: TransferOrder;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationReceiveGoodsArgs = {
  input: ReceiveGoodsInput;
};


export type MutationReceivePurchaseArgs = {
  input: ReceivePurchaseInput;
};


export type MutationReceiveTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  locationId: Scalars['ID']['input'];
  transferOrderId: Scalars['ID']['input'];
};


export type MutationShipSalesOrderArgs = {
  input: ShipSalesOrderInput;
};


export type MutationShipTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  transferOrderId: Scalars['ID']['input'];
};

export type Pick = {
  __typename?: 'Pick';
  location: Location;
  lot: Lot;
  quantity: Scalars['Float']['output'];
};

export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  id: Scalars['ID']['output'];
  /** Receipts against the order, oldest first. */
  receipts: Maybe<Array<Receipt>>;
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  id: Scalars['ID']['output'];
};

export type PurchaseReceiptLine = {
  __typename?: 'PurchaseReceiptLine';
  acceptedQuantity: Scalars['Float']['output'];
  /** The ship notice line the goods arrived on, when received against a notice. */
  asnLine: Maybe<AsnLine>;
  item: Item;
  location: Location;
  lot: Lot;
  purchaseOrderLine: PurchaseOrderLine;
  rejectedQuantity: Scalars['Float']['output'];
};

export type PurchaseReceiptLineInput = {
  /** The ship notice line the goods arrived on, when receiving against a notice. */
  asnLineId?: InputMaybe<Scalars['ID']['input']>;
  expiryDate?: InputMaybe<Scalars['Date']['input']>;
  /** The item counted at the dock: it must be the order line's. */
  itemId: Scalars['ID']['input'];
  locationId: Scalars['ID']['input'];
  /** Against a ship notice: the lot it announced for the line. */
  lotNumber: Scalars['String']['input'];
  /** The order line received against; a ship notice line names it, when receiving against a notice. */
  purchaseOrderLineId?: InputMaybe<Scalars['ID']['input']>;
  /** Accepted into stock. */
  quantity: Scalars['Float']['input'];
  /** Refused at the dock: delivered, but not put into stock. */
  rejectedQuantity?: InputMaybe<Scalars['Float']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Lots numbered `lotNumber` (case and surrounding spaces do not matter), of one item or of any: a lot number
   * is unique per item only. At most 50, latest received first.
   */
  lots: Array<Lot>;
  shipment: Maybe<Shipment>;
  stockBalances: Array<StockBalance>;
  warehouse: Maybe<Warehouse>;
  warehouses: Array<Warehouse>;
};


export type QueryLotsArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  lotNumber: Scalars['String']['input'];
};


export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockBalancesArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};

export type Receipt = {
  __typename?: 'Receipt';
  id: Scalars['ID']['output'];
  /** What went into stock. */
  lines: Array<ReceiptLine>;
  /** e.g. GR-2026-000042. */
  number: Scalars['String']['output'];
  /** Per purchase order line: accepted into stock and refused at the dock. */
  purchaseLines: Array<PurchaseReceiptLine>;
  /** The purchase order received against; null for receipts without one. */
  purchaseOrder: Maybe<PurchaseOrder>;
  receivedAt: Scalars['DateTime']['output'];
  supplier: Maybe<Supplier>;
  warehouse: Warehouse;
};

export type ReceiptLine = {
  __typename?: 'ReceiptLine';
  item: Item;
  location: Location;
  lot: Lot;
  quantity: Scalars['Float']['output'];
};

export type ReceiptLineInput = {
  expiryDate?: InputMaybe<Scalars['Date']['input']>;
  itemId: Scalars['ID']['input'];
  locationId: Scalars['ID']['input'];
  lotNumber: Scalars['String']['input'];
  quantity: Scalars['Float']['input'];
};

export type ReceiveGoodsInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ReceiptLineInput>;
  warehouseId: Scalars['ID']['input'];
};

export type ReceivePurchaseInput = {
  asnId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<PurchaseReceiptLineInput>;
  /** The purchase order received against; taken from the ship notice when asnId is given. */
  purchaseOrderId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
  shipments: Maybe<Array<Shipment>>;
};

export type SalesOrderLine = {
  __typename?: 'SalesOrderLine';
  id: Scalars['ID']['output'];
  /** Quantity shipped on this line over all shipments. */
  shippedQuantity: Maybe<Scalars['Float']['output']>;
};

export type ShipSalesOrderInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ShipmentLineInput>;
  salesOrderId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

/** Goods sent to a customer against a sales order; an order may ship in several parts. */
export type Shipment = {
  __typename?: 'Shipment';
  id: Scalars['ID']['output'];
  lines: Array<ShipmentLine>;
  /** e.g. SH-2026-000042. */
  number: Scalars['String']['output'];
  salesOrder: SalesOrder;
  shippedAt: Scalars['DateTime']['output'];
  status: ShipmentStatus;
  warehouse: Warehouse;
};

export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  item: Item;
  /** Where the quantity was picked from, earliest expiry first. */
  picks: Array<Pick>;
  quantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
};

export type ShipmentLineInput = {
  quantity: Scalars['Float']['input'];
  salesOrderLineId: Scalars['ID']['input'];
};

export type ShipmentStatus =
  | 'SHIPPED';

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

/** Quantity on hand of one item, in one location, of one lot. */
export type StockBalance = {
  __typename?: 'StockBalance';
  item: Item;
  location: Location;
  lot: Lot;
  quantity: Scalars['Float']['output'];
};

export type Supplier = {
  __typename?: 'Supplier';
  id: Scalars['ID']['output'];
};

export type TransferOrder = {
  __typename?: 'TransferOrder';
  id: Scalars['ID']['output'];
};

/** A building that holds stock, at an ERP site. Owned by WMS. */
export type Warehouse = {
  __typename?: 'Warehouse';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locations: Array<Location>;
  name: Scalars['String']['output'];
  site: Site;
};

export type WarehouseStock = {
  __typename?: 'WarehouseStock';
  inTransit: Scalars['Float']['output'];
  onHand: Scalars['Float']['output'];
  site: Site;
  warehouse: Warehouse;
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
  Location: Location;
  Lot: Lot;
  PurchaseOrder: PurchaseOrder;
  Receipt: Receipt;
  SalesOrder: SalesOrder;
  SalesOrderLine: SalesOrderLine;
  Shipment: Shipment;
  Warehouse: Warehouse;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Lot:
    ( { __typename: 'Lot' }
    & GraphQLRecursivePick<FederationTypes['Lot'], {"id":true}> );
  PurchaseOrder:
    ( { __typename: 'PurchaseOrder' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrder'], {"id":true}> );
  Receipt:
    ( { __typename: 'Receipt' }
    & GraphQLRecursivePick<FederationTypes['Receipt'], {"id":true}> );
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
  SalesOrderLine:
    ( { __typename: 'SalesOrderLine' }
    & GraphQLRecursivePick<FederationTypes['SalesOrderLine'], {"id":true}> );
  Shipment:
    ( { __typename: 'Shipment' }
    & GraphQLRecursivePick<FederationTypes['Shipment'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AsnLine: ResolverTypeWrapper<{ id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateWarehouseInput: CreateWarehouseInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Item: ResolverTypeWrapper<{ id: string }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Location: ResolverTypeWrapper<LocationEntity>;
  Lot: ResolverTypeWrapper<LotReferenceEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LotHold: ResolverTypeWrapper<LotHoldEntity>;
  LotReceipt: ResolverTypeWrapper<LotReceiptEntity>;
  LotShipment: ResolverTypeWrapper<LotShipmentEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Pick: ResolverTypeWrapper<PickEntity>;
  PurchaseOrder: ResolverTypeWrapper<{ id: string }>;
  PurchaseOrderLine: ResolverTypeWrapper<{ id: string }>;
  PurchaseReceiptLine: ResolverTypeWrapper<PurchaseReceiptLineEntity>;
  PurchaseReceiptLineInput: PurchaseReceiptLineInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptEntity>;
  ReceiptLine: ResolverTypeWrapper<ReceiptLineEntity>;
  ReceiptLineInput: ReceiptLineInput;
  ReceiveGoodsInput: ReceiveGoodsInput;
  ReceivePurchaseInput: ReceivePurchaseInput;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SalesOrderLine: ResolverTypeWrapper<{ id: string }>;
  ShipSalesOrderInput: ShipSalesOrderInput;
  Shipment: ResolverTypeWrapper<ShipmentEntity>;
  ShipmentLine: ResolverTypeWrapper<ShipmentLineEntity>;
  ShipmentLineInput: ShipmentLineInput;
  ShipmentStatus: ShipmentStatus;
  Site: ResolverTypeWrapper<{ id: string }>;
  StockBalance: ResolverTypeWrapper<StockBalanceEntity>;
  Supplier: ResolverTypeWrapper<{ id: string }>;
  TransferOrder: ResolverTypeWrapper<{ id: string }>;
  Warehouse: ResolverTypeWrapper<WarehouseEntity>;
  WarehouseStock: ResolverTypeWrapper<WarehouseStockEntity>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AsnLine: { id: string };
  ID: Scalars['ID']['output'];
  CreateWarehouseInput: CreateWarehouseInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Item: { id: string };
  Float: Scalars['Float']['output'];
  Location: LocationEntity;
  Lot: LotReferenceEntity;
  Boolean: Scalars['Boolean']['output'];
  LotHold: LotHoldEntity;
  LotReceipt: LotReceiptEntity;
  LotShipment: LotShipmentEntity;
  Mutation: Record<PropertyKey, never>;
  Pick: PickEntity;
  PurchaseOrder: { id: string };
  PurchaseOrderLine: { id: string };
  PurchaseReceiptLine: PurchaseReceiptLineEntity;
  PurchaseReceiptLineInput: PurchaseReceiptLineInput;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptEntity;
  ReceiptLine: ReceiptLineEntity;
  ReceiptLineInput: ReceiptLineInput;
  ReceiveGoodsInput: ReceiveGoodsInput;
  ReceivePurchaseInput: ReceivePurchaseInput;
  SalesOrder: { id: string };
  SalesOrderLine: { id: string };
  ShipSalesOrderInput: ShipSalesOrderInput;
  Shipment: ShipmentEntity;
  ShipmentLine: ShipmentLineEntity;
  ShipmentLineInput: ShipmentLineInput;
  Site: { id: string };
  StockBalance: StockBalanceEntity;
  Supplier: { id: string };
  TransferOrder: { id: string };
  Warehouse: WarehouseEntity;
  WarehouseStock: WarehouseStockEntity;
};

export type AsnLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['AsnLine'] = ResolversParentTypes['AsnLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ItemResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lots?: Resolver<Maybe<Array<ResolversTypes['Lot']>>, ParentType, ContextType>;
  stockBalances?: Resolver<Maybe<Array<ResolversTypes['StockBalance']>>, ParentType, ContextType, Partial<ItemStockBalancesArgs>>;
  stockBySite?: Resolver<Maybe<Array<ResolversTypes['WarehouseStock']>>, ParentType, ContextType>;
  stockOnHand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, Partial<ItemStockOnHandArgs>>;
};

export type LocationResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type LotResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Lot'] = ResolversParentTypes['Lot'], FederationReferenceType extends FederationReferenceTypes['Lot'] = FederationReferenceTypes['Lot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expiryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  holdReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holds?: Resolver<Array<ResolversTypes['LotHold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  lotNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['LotReceipt']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['LotShipment']>, ParentType, ContextType>;
};

export type LotHoldResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['LotHold'] = ResolversParentTypes['LotHold']> = {
  nonconformanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  removedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type LotReceiptResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['LotReceipt'] = ResolversParentTypes['LotReceipt']> = {
  asnLine?: Resolver<Maybe<ResolversTypes['AsnLine']>, ParentType, ContextType>;
  purchaseOrderLine?: Resolver<Maybe<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LotShipmentResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['LotShipment'] = ResolversParentTypes['LotShipment']> = {
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  shippedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createWarehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType, RequireFields<MutationCreateWarehouseArgs, 'input'>>;
  receiveGoods?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationReceiveGoodsArgs, 'input'>>;
  receivePurchase?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationReceivePurchaseArgs, 'input'>>;
  receiveTransfer?: Resolver<ResolversTypes['TransferOrder'], ParentType, ContextType, RequireFields<MutationReceiveTransferArgs, 'locationId' | 'transferOrderId'>>;
  shipSalesOrder?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType, RequireFields<MutationShipSalesOrderArgs, 'input'>>;
  shipTransfer?: Resolver<ResolversTypes['TransferOrder'], ParentType, ContextType, RequireFields<MutationShipTransferArgs, 'transferOrderId'>>;
};

export type PickResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Pick'] = ResolversParentTypes['Pick']> = {
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrder'] = FederationReferenceTypes['PurchaseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipts?: Resolver<Maybe<Array<ResolversTypes['Receipt']>>, ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PurchaseReceiptLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['PurchaseReceiptLine'] = ResolversParentTypes['PurchaseReceiptLine']> = {
  acceptedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  asnLine?: Resolver<Maybe<ResolversTypes['AsnLine']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  rejectedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lots?: Resolver<Array<ResolversTypes['Lot']>, ParentType, ContextType, RequireFields<QueryLotsArgs, 'lotNumber'>>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
  stockBalances?: Resolver<Array<ResolversTypes['StockBalance']>, ParentType, ContextType, Partial<QueryStockBalancesArgs>>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType, RequireFields<QueryWarehouseArgs, 'id'>>;
  warehouses?: Resolver<Array<ResolversTypes['Warehouse']>, ParentType, ContextType>;
};

export type ReceiptResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt'], FederationReferenceType extends FederationReferenceTypes['Receipt'] = FederationReferenceTypes['Receipt']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Receipt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReceiptLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchaseLines?: Resolver<Array<ResolversTypes['PurchaseReceiptLine']>, ParentType, ContextType>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type ReceiptLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['ReceiptLine'] = ResolversParentTypes['ReceiptLine']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SalesOrderResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<Maybe<Array<ResolversTypes['Shipment']>>, ParentType, ContextType>;
};

export type SalesOrderLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['SalesOrderLine'] = ResolversParentTypes['SalesOrderLine'], FederationReferenceType extends FederationReferenceTypes['SalesOrderLine'] = FederationReferenceTypes['SalesOrderLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrderLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shippedQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShipmentLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  salesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType>;
  shippedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type ShipmentLineResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['ShipmentLine'] = ResolversParentTypes['ShipmentLine']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  picks?: Resolver<Array<ResolversTypes['Pick']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StockBalanceResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['StockBalance'] = ResolversParentTypes['StockBalance']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferOrderResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['TransferOrder'] = ResolversParentTypes['TransferOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WarehouseResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
};

export type WarehouseStockResolvers<ContextType = WmsContext, ParentType extends ResolversParentTypes['WarehouseStock'] = ResolversParentTypes['WarehouseStock']> = {
  inTransit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
};

export type Resolvers<ContextType = WmsContext> = {
  AsnLine?: AsnLineResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Item?: ItemResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  LotHold?: LotHoldResolvers<ContextType>;
  LotReceipt?: LotReceiptResolvers<ContextType>;
  LotShipment?: LotShipmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Pick?: PickResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  PurchaseReceiptLine?: PurchaseReceiptLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ReceiptLine?: ReceiptLineResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SalesOrderLine?: SalesOrderLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentLine?: ShipmentLineResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  StockBalance?: StockBalanceResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  TransferOrder?: TransferOrderResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehouseStock?: WarehouseStockResolvers<ContextType>;
};

