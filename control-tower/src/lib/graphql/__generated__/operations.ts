/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  DateTime: { input: string; output: string; }
  /** Free-form event details, as recorded by the system that emitted the event. */
  JSON: { input: unknown; output: unknown; }
  join__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** The direct components of a made item and how many of each one unit of it needs. */
export type BillOfMaterials = {
  __typename?: 'BillOfMaterials';
  id: Scalars['ID']['output'];
  lines: Array<BillOfMaterialsLine>;
  parent: Item;
};

export type BillOfMaterialsLine = {
  __typename?: 'BillOfMaterialsLine';
  component: Item;
  /** Quantity of the component per one unit of the parent, in the component's unit of measure. */
  quantityPer: Scalars['Float']['output'];
};

export type BillOfMaterialsLineInput = {
  componentId: Scalars['ID']['input'];
  quantityPer: Scalars['Float']['input'];
};

/** One row of a multi-level bill of materials explosion. */
export type BomExplosionLine = {
  __typename?: 'BomExplosionLine';
  component: Item;
  /** Quantity needed for the exploded quantity of the top item. */
  extendedQuantity: Scalars['Float']['output'];
  /** 1 for the parent's direct components, 2 for theirs, and so on. */
  level: Scalars['Int']['output'];
  /** SKUs from the top item down to this component. */
  path: Array<Scalars['String']['output']>;
  /** Quantity per one unit of the line's immediate parent. */
  quantityPer: Scalars['Float']['output'];
};

export type CreateCustomerInput = {
  code: Scalars['String']['input'];
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateItemInput = {
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
  standardCost: Scalars['Float']['input'];
  type: ItemType;
  unitOfMeasure: Scalars['String']['input'];
};

export type CreateSalesOrderInput = {
  currency?: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Makes a retried request a no-op: the same key returns the order the first request created. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<SalesOrderLineInput>;
};

export type CreateSiteInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type CreateWarehouseInput = {
  code: Scalars['String']['input'];
  /** Location codes to create with the warehouse. */
  locationCodes: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
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
  name: Scalars['String']['output'];
};

/** Master data for anything that is made, bought, stocked or sold. Owned by ERP. */
export type Item = {
  __typename?: 'Item';
  /** The item's own bill of materials (its direct components); null for items that are bought. */
  billOfMaterials: Maybe<BillOfMaterials>;
  id: Scalars['ID']['output'];
  /** Lots with stock on hand, earliest expiry first. */
  lots: Maybe<Array<Lot>>;
  name: Scalars['String']['output'];
  /** Quantity on lines of confirmed orders not yet shipped (confirmed or in fulfilment). */
  openDemand: Maybe<Scalars['Float']['output']>;
  /** Stock-keeping unit: the unique, human-facing item code. */
  sku: Scalars['String']['output'];
  /** Standard cost per unit of measure, in the company currency; COGS and inventory value use it. */
  standardCost: Scalars['Float']['output'];
  stockBalances: Maybe<Array<StockBalance>>;
  /** On-hand quantity over all warehouses, or in one. */
  stockOnHand: Maybe<Scalars['Float']['output']>;
  type: ItemType;
  /** Unit of measure, e.g. EA, KG, M. */
  unitOfMeasure: Scalars['String']['output'];
};


/** Master data for anything that is made, bought, stocked or sold. Owned by ERP. */
export type ItemStockBalancesArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


/** Master data for anything that is made, bought, stocked or sold. Owned by ERP. */
export type ItemStockOnHandArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type ItemFilter = {
  /** Matches SKU or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ItemType>;
};

/** Whether an item is sold (finished good), built into another item (semi-finished good) or bought (raw material). */
export type ItemType =
  | 'FG'
  | 'RM'
  | 'SFG';

export type LinePromiseInput = {
  lineId: Scalars['ID']['input'];
  promisedDate: Scalars['Date']['input'];
};

/** A bin, rack slot or floor area inside a warehouse. */
export type Location = {
  __typename?: 'Location';
  /** Unique within the warehouse, e.g. A-01-03. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  warehouse: Warehouse;
};

/** A quantity of an item received together, traced as one; picked first-expiry-first-out. */
export type Lot = {
  __typename?: 'Lot';
  /** Null for items that do not expire. */
  expiryDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  item: Item;
  lotNumber: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels an order that has not shipped. */
  cancelSalesOrder: SalesOrder;
  /** DRAFT → CONFIRMED: the order becomes demand the warehouse may ship against. */
  confirmSalesOrder: SalesOrder;
  createCustomer: Customer;
  createItem: Item;
  /** Creates a DRAFT order. */
  createSalesOrder: SalesOrder;
  createSite: Site;
  createWarehouse: Warehouse;
  /** Commits delivery dates per line; a later promise replaces the earlier one. */
  promiseSalesOrder: SalesOrder;
  /** Puts received goods away into lots and locations. */
  receiveGoods: Receipt;
  /** Replaces the item's bill of materials; rejects a component that would make the structure cyclic. */
  setBillOfMaterials: BillOfMaterials;
  /**
   * Picks (first expiry, first out) and ships part or all of a confirmed sales order.
   * Never ships more than ordered and never takes stock below zero.
   */
  shipSalesOrder: Shipment;
};


export type MutationCancelSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationConfirmSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateItemArgs = {
  input: CreateItemInput;
};


export type MutationCreateSalesOrderArgs = {
  input: CreateSalesOrderInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationPromiseSalesOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<LinePromiseInput>;
};


export type MutationReceiveGoodsArgs = {
  input: ReceiveGoodsInput;
};


export type MutationSetBillOfMaterialsArgs = {
  itemId: Scalars['ID']['input'];
  lines: Array<BillOfMaterialsLineInput>;
};


export type MutationShipSalesOrderArgs = {
  input: ShipSalesOrderInput;
};

export type Pick = {
  __typename?: 'Pick';
  location: Location;
  lot: Lot;
  quantity: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  customer: Maybe<Customer>;
  customers: Array<Customer>;
  /** Every component needed to make `quantity` of the item, level by level, depth first. */
  explodeBillOfMaterials: Array<BomExplosionLine>;
  item: Maybe<Item>;
  itemBySku: Maybe<Item>;
  /** Items ordered by SKU. */
  items: Array<Item>;
  /** The newest events, newest first. */
  recentEvents: Array<SupplyChainEvent>;
  salesOrder: Maybe<SalesOrder>;
  salesOrderByNumber: Maybe<SalesOrder>;
  salesOrders: SalesOrderPage;
  shipment: Maybe<Shipment>;
  site: Maybe<Site>;
  sites: Array<Site>;
  stockBalances: Array<StockBalance>;
  warehouse: Maybe<Warehouse>;
  warehouses: Array<Warehouse>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExplodeBillOfMaterialsArgs = {
  itemId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemBySkuArgs = {
  sku: Scalars['String']['input'];
};


export type QueryItemsArgs = {
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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


export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiteArgs = {
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
  lines: Array<ReceiptLine>;
  /** e.g. GR-2026-000042. */
  number: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
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
  shipments: Maybe<Array<Shipment>>;
  status: SalesOrderStatus;
  /** The order's events across all systems, oldest first. */
  timeline: Maybe<Array<SupplyChainEvent>>;
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
  /** Quantity shipped on this line over all shipments. */
  shippedQuantity: Maybe<Scalars['Float']['output']>;
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

/** A plant, distribution centre or other place where the company holds stock or makes things. */
export type Site = {
  __typename?: 'Site';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone of the site, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Quantity on hand of one item, in one location, of one lot. */
export type StockBalance = {
  __typename?: 'StockBalance';
  item: Item;
  location: Location;
  lot: Lot;
  quantity: Scalars['Float']['output'];
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

/** A building that holds stock, at an ERP site. Owned by WMS. */
export type Warehouse = {
  __typename?: 'Warehouse';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locations: Array<Location>;
  name: Scalars['String']['output'];
  site: Site;
};

export type Join__Graph =
  | 'ANALYTICS'
  | 'CRM'
  | 'ERP'
  | 'WMS';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type SalesOrderFilter = {
  customerId?: string | number | null | undefined;
  /** Orders whose due date is on or after this date. */
  dueFrom?: string | null | undefined;
  /** Orders whose due date is on or before this date. */
  dueTo?: string | null | undefined;
  /** Matches the order number, case-insensitive. */
  search?: string | null | undefined;
  status?: Array<SalesOrderStatus> | null | undefined;
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type OrdersPageQueryVariables = Exact<{
  filter?: SalesOrderFilter | null | undefined;
  sort?: SalesOrderSort | null | undefined;
  first: number;
  offset: number;
}>;


export type OrdersPageQuery = { salesOrders: { totalCount: number, items: Array<{ id: string, number: string, status: SalesOrderStatus, orderedAt: string, dueDate: string, totalAmount: number, currency: string, customer: { id: string, name: string }, lines: Array<{ id: string }> }> }, customers: Array<{ id: string, code: string, name: string }> };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { salesOrder: { id: string, number: string, status: SalesOrderStatus, orderedAt: string, requestedDate: string, promisedDate: string | null, dueDate: string, currency: string, totalAmount: number, cancellationReason: string | null, customer: { code: string, name: string, country: string }, lines: Array<{ id: string, lineNumber: number, quantity: number, unitPrice: number, amount: number, requestedDate: string, promisedDate: string | null, shippedQuantity: number | null, item: { id: string, sku: string, name: string, unitOfMeasure: string, stockOnHand: number | null } }>, shipments: Array<{ id: string, number: string, shippedAt: string, warehouse: { code: string, name: string }, lines: Array<{ quantity: number, item: { sku: string }, picks: Array<{ quantity: number, lot: { lotNumber: string, expiryDate: string | null }, location: { code: string } }> }> }> | null, timeline: Array<{ id: string, time: string, type: string, system: string, summary: string, quantity: number | null }> | null } | null };


export const OrdersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesOrderSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrdersPageQuery, OrdersPageQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDate"}},{"kind":"Field","name":{"kind":"Name","value":"shippedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"stockOnHand"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"picks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;