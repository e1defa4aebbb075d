import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Supplier as SupplierEntity, SupplierCertificate as SupplierCertificateEntity } from '../supplier/supplier.entity.ts';
import type { SupplierItem as SupplierItemEntity } from '../supplier-item/supplier-item.entity.ts';
import type { Rfq as RfqEntity, SupplierQuote as SupplierQuoteEntity } from '../sourcing/rfq.entity.ts';
import type { QuoteComparison as QuoteComparisonEntity } from '../sourcing/rfq.service.ts';
import type { PurchaseOrder as PurchaseOrderEntity, PurchaseOrderLine as PurchaseOrderLineEntity, PurchaseOrderChange as PurchaseOrderChangeEntity, LineChange as LineChangeEntity } from '../purchase-order/purchase-order.entity.ts';
import type { PurchaseReceiptRecord as PurchaseReceiptRecordEntity } from '../purchase-order/purchase-order.service.ts';
import type { Asn as AsnEntity, AsnLine as AsnLineEntity } from '../asn/asn.entity.ts';
import type { Scorecard as ScorecardEntity, LineDelivery as LineDeliveryEntity } from '../scorecard/scorecard.rules.ts';
import type { ForecastWeek as ForecastWeekEntity } from '../demand-forecast/demand-forecast.rules.ts';
import type { SrmContext } from '../context.ts';
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

/** Advance ship notice: what a supplier shipped against one purchase order, lot by lot. */
export type Asn = {
  __typename?: 'Asn';
  expectedArrival: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<AsnLine>;
  /** e.g. ASN-2026-000042. */
  number: Scalars['String']['output'];
  purchaseOrder: PurchaseOrder;
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  status: AsnStatus;
  submittedAt: Scalars['DateTime']['output'];
  supplier: Supplier;
};

export type AsnFilter = {
  purchaseOrderId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<AsnStatus>>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type AsnLine = {
  __typename?: 'AsnLine';
  expiryDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  item: Item;
  lotNumber: Scalars['String']['output'];
  purchaseOrderLine: PurchaseOrderLine;
  quantity: Scalars['Float']['output'];
  /** Received against this line so far (accepted and refused). */
  receivedQuantity: Scalars['Float']['output'];
};

export type AsnLineInput = {
  expiryDate?: InputMaybe<Scalars['Date']['input']>;
  lotNumber: Scalars['String']['input'];
  purchaseOrderLineId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
};

export type AsnPage = {
  __typename?: 'AsnPage';
  items: Array<Asn>;
  totalCount: Scalars['Int']['output'];
};

export type AsnStatus =
  /** The warehouse received against it. */
  | 'RECEIVED'
  /** Shipped, on its way. */
  | 'SUBMITTED';

export type CertificateInput = {
  kind: Scalars['String']['input'];
  number: Scalars['String']['input'];
  validUntil: Scalars['Date']['input'];
};

export type ChangeOrigin =
  /** The buyer's need moved (plan push): the supplier accepts or rejects. */
  | 'BUYER'
  /** The supplier proposes another date or quantity: the buyer accepts or rejects. */
  | 'SUPPLIER';

export type ChangeStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED';

export type CreatePurchaseOrderInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<PurchaseOrderLineInput>;
  /** The ERP site the goods are delivered to. */
  siteId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};

export type CreateRfqInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  neededBy: Scalars['Date']['input'];
  quantity: Scalars['Float']['input'];
  supplierIds: Array<Scalars['ID']['input']>;
};

export type CreateSupplierInput = {
  code: Scalars['String']['input'];
  country: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** PROSPECT unless said otherwise. */
  status?: InputMaybe<SupplierStatus>;
};

export type DemandWeekInput = {
  quantity: Scalars['Float']['input'];
  /** Monday of the week. */
  weekStart: Scalars['Date']['input'];
};

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
};

export type LineChangeInput = {
  /** A buyer's new requested date, or the date a supplier can promise. */
  date?: InputMaybe<Scalars['Date']['input']>;
  lineId: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Float']['input']>;
};

export type LineConfirmationInput = {
  lineId: Scalars['ID']['input'];
  promisedDate: Scalars['Date']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Awards the RFQ to a quote: its price and lead time become the supplier's terms for the item. */
  awardRfq: Rfq;
  /** Cancels an order nothing has arrived against. */
  cancelPurchaseOrder: PurchaseOrder;
  changeSupplierStatus: Supplier;
  /** Closes an order that received what it will: lines still open are no longer expected. */
  closePurchaseOrder: PurchaseOrder;
  /**
   * The supplier's promised dates. The first confirmation names every line (SENT → CONFIRMED);
   * later ones re-promise any open lines.
   */
  confirmPurchaseOrder: PurchaseOrder;
  /** A DRAFT order; the supplier must be orderable and sell every item. */
  createPurchaseOrder: PurchaseOrder;
  createRfq: Rfq;
  createSupplier: Supplier;
  declineRfq: SupplierQuote;
  /** The buyer's planned need of an item from a supplier, shared with it as its forecast. */
  planSupplierDemand: Array<SupplierForecastWeek>;
  /** Adds a certificate, or renews the supplier's certificate of the same kind. */
  recordSupplierCertificate: Supplier;
  /**
   * Proposes changed quantities or dates on a sent order: a buyer's need moved, or a supplier cannot
   * deliver as ordered. The other party accepts or rejects; one proposal open per order.
   */
  requestPurchaseOrderChange: PurchaseOrderChange;
  respondToPurchaseOrderChange: PurchaseOrderChange;
  /** DRAFT → SENT: the supplier sees it and may confirm. */
  sendPurchaseOrder: PurchaseOrder;
  /** Creates or replaces the supplier's terms for an item. */
  setSupplierItem: SupplierItem;
  /** The supplier's ship notice against a confirmed order; quantities within each line's open quantity (with tolerance) less what is already in transit. */
  submitAsn: Asn;
  /** An invited supplier's offer (a buyer may record it on the supplier's behalf); replaces an earlier one while the RFQ is open. */
  submitQuote: SupplierQuote;
};


export type MutationAwardRfqArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  quoteId: Scalars['ID']['input'];
  rfqId: Scalars['ID']['input'];
};


export type MutationCancelPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationChangeSupplierStatusArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  status: SupplierStatus;
};


export type MutationClosePurchaseOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<LineConfirmationInput>;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


export type MutationCreateRfqArgs = {
  input: CreateRfqInput;
};


export type MutationCreateSupplierArgs = {
  input: CreateSupplierInput;
};


export type MutationDeclineRfqArgs = {
  rfqId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};


export type MutationPlanSupplierDemandArgs = {
  input: PlanSupplierDemandInput;
};


export type MutationRecordSupplierCertificateArgs = {
  input: CertificateInput;
  supplierId: Scalars['ID']['input'];
};


export type MutationRequestPurchaseOrderChangeArgs = {
  input: RequestPurchaseOrderChangeInput;
};


export type MutationRespondToPurchaseOrderChangeArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSendPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetSupplierItemArgs = {
  input: SetSupplierItemInput;
};


export type MutationSubmitAsnArgs = {
  input: SubmitAsnInput;
};


export type MutationSubmitQuoteArgs = {
  input: QuoteInput;
  rfqId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};

export type Orderability = {
  __typename?: 'Orderability';
  orderable: Scalars['Boolean']['output'];
  /** e.g. BLOCKED, PROSPECT, CERTIFICATE_EXPIRED; empty when orderable. */
  reasons: Array<Scalars['String']['output']>;
};

export type PlanSupplierDemandInput = {
  itemId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
  /** Replaces the plan for these weeks; quantity 0 removes a week. */
  weeks: Array<DemandWeekInput>;
};

/** Quantity from which a unit price applies. */
export type PriceBreak = {
  __typename?: 'PriceBreak';
  minimumQuantity: Scalars['Float']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type PriceBreakInput = {
  minimumQuantity: Scalars['Float']['input'];
  unitPrice: Scalars['Float']['input'];
};

/** An order to a supplier for delivery to one of our sites. Owned by SRM. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  asns: Array<Asn>;
  cancellationReason: Maybe<Scalars['String']['output']>;
  /** Change requests, newest first. */
  changes: Array<PurchaseOrderChange>;
  /** When the supplier first confirmed. */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<PurchaseOrderLine>;
  /** e.g. PO-2026-000042. */
  number: Scalars['String']['output'];
  /** The earliest promised date of its open lines; null until confirmed. */
  promisedDate: Maybe<Scalars['Date']['output']>;
  /** The earliest requested date of its lines. */
  requestedDate: Scalars['Date']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** The ERP site the goods are delivered to. */
  site: Site;
  status: PurchaseOrderStatus;
  supplier: Supplier;
  /** Sum of quantity × unit price. */
  totalAmount: Scalars['Float']['output'];
};

/** A proposed change to lines of a sent order, waiting for the other party. */
export type PurchaseOrderChange = {
  __typename?: 'PurchaseOrderChange';
  id: Scalars['ID']['output'];
  lines: Array<PurchaseOrderLineChange>;
  origin: ChangeOrigin;
  proposedAt: Scalars['DateTime']['output'];
  purchaseOrder: PurchaseOrder;
  reason: Scalars['String']['output'];
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  responseNote: Maybe<Scalars['String']['output']>;
  status: ChangeStatus;
};

export type PurchaseOrderFilter = {
  /** Orders with a line of this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Orders whose earliest requested date is on or after this date. */
  requestedFrom?: InputMaybe<Scalars['Date']['input']>;
  requestedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Matches the order number, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PurchaseOrderStatus>>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  amount: Scalars['Float']['output'];
  /** The supplier's first confirmed date: supplier OTD measures against it. */
  confirmedDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Announced on ship notices not yet received. */
  inTransitQuantity: Scalars['Float']['output'];
  item: Item;
  lineNumber: Scalars['Int']['output'];
  /** quantity − receivedQuantity, never below 0. */
  openQuantity: Scalars['Float']['output'];
  /** Share above quantity the warehouse still accepts. */
  overDeliveryTolerance: Scalars['Float']['output'];
  /** The supplier's latest promise. */
  promisedDate: Maybe<Scalars['Date']['output']>;
  /** The order the line is on. */
  purchaseOrder: PurchaseOrder;
  quantity: Scalars['Float']['output'];
  receipts: Array<PurchaseReceipt>;
  /** Accepted into stock so far. */
  receivedQuantity: Scalars['Float']['output'];
  /** Refused at the dock so far. */
  rejectedQuantity: Scalars['Float']['output'];
  requestedDate: Scalars['Date']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type PurchaseOrderLineChange = {
  __typename?: 'PurchaseOrderLineChange';
  /** A buyer's change: the new requested date. A supplier's: the date it can promise. */
  date: Maybe<Scalars['Date']['output']>;
  line: PurchaseOrderLine;
  /** New ordered quantity, when it changes. */
  quantity: Maybe<Scalars['Float']['output']>;
};

export type PurchaseOrderLineInput = {
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
  requestedDate: Scalars['Date']['input'];
  /** Defaults to the supplier item's price for the quantity. */
  unitPrice?: InputMaybe<Scalars['Float']['input']>;
};

export type PurchaseOrderPage = {
  __typename?: 'PurchaseOrderPage';
  items: Array<PurchaseOrder>;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseOrderSort = {
  direction?: SortDirection;
  field: PurchaseOrderSortField;
};

export type PurchaseOrderSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'REQUESTED_DATE'
  | 'STATUS'
  | 'TOTAL_AMOUNT';

/**
 * DRAFT → SENT (the supplier has it) → CONFIRMED (dates promised per line) → PARTIALLY_RECEIVED →
 * RECEIVED → CLOSED; CANCELLED before anything arrived. The warehouse's receipts move it along.
 */
export type PurchaseOrderStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'SENT';

/** Goods that arrived against a line, as the warehouse reported them. */
export type PurchaseReceipt = {
  __typename?: 'PurchaseReceipt';
  acceptedQuantity: Scalars['Float']['output'];
  lotNumber: Scalars['String']['output'];
  /** The warehouse's receipt number, e.g. GR-2026-000042. */
  receiptNumber: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  rejectedQuantity: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  asn: Asn;
  asns: AsnPage;
  /** NOT_FOUND when there is no such order or the viewer may not see it. */
  purchaseOrder: PurchaseOrder;
  purchaseOrderByNumber: PurchaseOrder;
  purchaseOrders: PurchaseOrderPage;
  rfq: Rfq;
  /** Newest first; a supplier user sees those it is invited to. */
  rfqs: Array<Rfq>;
  /** NOT_FOUND when there is no such supplier or the viewer may not see it. */
  supplier: Supplier;
  /** A supplier's upcoming demand per item and week from `from` (default this week): firm open orders and the buyer's plan beyond them. */
  supplierForecast: Array<SupplierForecastWeek>;
  suppliers: SupplierPage;
  /** A supplier user's own supplier; null for everyone else. */
  viewerSupplier: Maybe<Supplier>;
};


export type QueryAsnArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAsnsArgs = {
  filter?: InputMaybe<AsnFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPurchaseOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryPurchaseOrdersArgs = {
  filter?: InputMaybe<PurchaseOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PurchaseOrderSort>;
};


export type QueryRfqArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRfqsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RfqStatus>>;
};


export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierForecastArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  supplierId: Scalars['ID']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuppliersArgs = {
  filter?: InputMaybe<SupplierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteComparison = {
  __typename?: 'QuoteComparison';
  leadTimeDays: Scalars['Int']['output'];
  /** Whether goods ordered today would arrive by the date needed. */
  meetsNeedDate: Scalars['Boolean']['output'];
  /** Supplier on-time delivery by quantity over the last 365 days; null without history. */
  onTimeDelivery: Maybe<Scalars['Float']['output']>;
  /** Rejected per million received over the last 365 days; null without history. */
  ppm: Maybe<Scalars['Float']['output']>;
  quote: SupplierQuote;
  /** 1 is the best offer. */
  rank: Scalars['Int']['output'];
  /** Weighted score in [0, 1] the rank orders by: price 50 %, delivery 30 %, quality 20 %. */
  score: Scalars['Float']['output'];
  /** unitPrice × the RFQ's quantity. */
  totalPrice: Scalars['Float']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type QuoteInput = {
  currency?: Scalars['String']['input'];
  leadTimeDays: Scalars['Int']['input'];
  unitPrice: Scalars['Float']['input'];
  validUntil: Scalars['Date']['input'];
};

export type QuoteStatus =
  | 'AWARDED'
  | 'DECLINED'
  /** Invited, no answer yet. */
  | 'INVITED'
  /** Another supplier's quote was awarded. */
  | 'LOST'
  | 'QUOTED';

export type RequestPurchaseOrderChangeInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<LineChangeInput>;
  purchaseOrderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A request for quotation: one item and quantity, sent to invited suppliers. */
export type Rfq = {
  __typename?: 'Rfq';
  /**
   * Quoted offers ranked for the award: by price, lead time against the date needed and the
   * supplier's delivery and quality over the last 365 days. Buyers only.
   */
  comparison: Array<QuoteComparison>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  neededBy: Scalars['Date']['output'];
  /** e.g. RFQ-2026-000004. */
  number: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  /** Every invited supplier's quote for a buyer; a supplier user sees only its own. */
  quotes: Array<SupplierQuote>;
  status: RfqStatus;
};

export type RfqStatus =
  | 'AWARDED'
  | 'CANCELLED'
  | 'OPEN';

export type ScorecardLine = {
  __typename?: 'ScorecardLine';
  dueDate: Scalars['Date']['output'];
  line: PurchaseOrderLine;
  purchaseOrder: PurchaseOrder;
  /** LATE, SHORT, NOT_RECEIVED. */
  reasons: Array<Scalars['String']['output']>;
  received: Scalars['Float']['output'];
  receivedOnTime: Scalars['Float']['output'];
};

export type SetSupplierItemInput = {
  currency?: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  leadTimeDays: Scalars['Int']['input'];
  minimumOrderQuantity?: Scalars['Float']['input'];
  orderMultiple?: Scalars['Float']['input'];
  overDeliveryTolerance?: Scalars['Float']['input'];
  priceBreaks: Array<PriceBreakInput>;
  supplierId: Scalars['ID']['input'];
  supplierSku?: InputMaybe<Scalars['String']['input']>;
};

export type Site = {
  __typename?: 'Site';
  id: Scalars['ID']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SubmitAsnInput = {
  expectedArrival: Scalars['DateTime']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<AsnLineInput>;
  purchaseOrderId: Scalars['ID']['input'];
};

/** A company we buy from. Owned by SRM. A supplier user (portal) sees only its own supplier. */
export type Supplier = {
  __typename?: 'Supplier';
  /** Certificates (ISO 9001, …) with their expiry; an expired one stops new purchase orders until renewed. */
  certificates: Array<SupplierCertificate>;
  /** Unique, human-facing supplier code, e.g. S-0007. */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The items the supplier sells us, with prices and lead times. */
  items: Array<SupplierItem>;
  name: Scalars['String']['output'];
  /** Whether a purchase order may be placed with the supplier today, and if not, why. */
  orderable: Orderability;
  /**
   * Delivery and quality over [from, to] (days after today do not count), by the rules of
   * KPIS.md "Supplier on-time delivery", from the receipts srm heard of.
   */
  scorecard: SupplierScorecard;
  status: SupplierStatus;
  /** Why the status was last changed. */
  statusReason: Maybe<Scalars['String']['output']>;
};


/** A company we buy from. Owned by SRM. A supplier user (portal) sees only its own supplier. */
export type SupplierScorecardArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type SupplierCertificate = {
  __typename?: 'SupplierCertificate';
  /** validUntil is before today. */
  expired: Scalars['Boolean']['output'];
  /** e.g. ISO9001, ISO14001, IATF16949. */
  kind: Scalars['String']['output'];
  number: Scalars['String']['output'];
  validUntil: Scalars['Date']['output'];
};

export type SupplierFilter = {
  /** Matches code or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<SupplierStatus>>;
};

/** One item in one week of a supplier's forecast: what is firmly ordered and what the buyer plans beyond it. */
export type SupplierForecastWeek = {
  __typename?: 'SupplierForecastWeek';
  /** Open quantity on sent orders due that week (promised date, else requested date). */
  firmQuantity: Scalars['Float']['output'];
  item: Item;
  /** The buyer's planned need that week not yet ordered from the supplier. */
  plannedQuantity: Scalars['Float']['output'];
  /** Monday of the week. */
  weekStart: Scalars['Date']['output'];
};

/** What one supplier sells us of one item and on what terms. */
export type SupplierItem = {
  __typename?: 'SupplierItem';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  item: Item;
  /** Days from sending a purchase order to the goods' arrival. */
  leadTimeDays: Scalars['Int']['output'];
  /** Smallest quantity per order line. */
  minimumOrderQuantity: Scalars['Float']['output'];
  /** Order quantities are whole multiples of this. */
  orderMultiple: Scalars['Float']['output'];
  /** Share above the ordered quantity the warehouse still accepts, e.g. 0.05 for 5 %. */
  overDeliveryTolerance: Scalars['Float']['output'];
  /** Ascending by quantity; the unit price of a quantity is that of the largest break not above it. */
  priceBreaks: Array<PriceBreak>;
  supplier: Supplier;
  /** The supplier's own code for the item. */
  supplierSku: Maybe<Scalars['String']['output']>;
};

export type SupplierPage = {
  __typename?: 'SupplierPage';
  items: Array<Supplier>;
  totalCount: Scalars['Int']['output'];
};

export type SupplierQuote = {
  __typename?: 'SupplierQuote';
  currency: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  leadTimeDays: Maybe<Scalars['Int']['output']>;
  rfq: Rfq;
  status: QuoteStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  supplier: Supplier;
  unitPrice: Maybe<Scalars['Float']['output']>;
  validUntil: Maybe<Scalars['Date']['output']>;
};

/**
 * A supplier's delivery and quality over a window (KPIS.md "Supplier on-time delivery"): a line is
 * due on the supplier's first confirmed date, else its requested date; lines of cancelled orders do
 * not count.
 */
export type SupplierScorecard = {
  __typename?: 'SupplierScorecard';
  /** Lines due in the window and not on time in full, oldest first. */
  failedLines: Array<ScorecardLine>;
  from: Scalars['Date']['output'];
  /** Lines due in the window. */
  linesDue: Scalars['Int']['output'];
  linesOnTimeInFull: Scalars['Int']['output'];
  /** onTimeQuantity / orderedQuantity; null without lines due. */
  onTimeDelivery: Maybe<Scalars['Float']['output']>;
  /** linesOnTimeInFull / linesDue; null without lines due. */
  onTimeInFull: Maybe<Scalars['Float']['output']>;
  /** Received by the due date, up to the ordered quantity. */
  onTimeQuantity: Scalars['Float']['output'];
  orderedQuantity: Scalars['Float']['output'];
  /** Refused per million received; null without receipts. */
  ppm: Maybe<Scalars['Float']['output']>;
  /** Received (accepted + refused) in the window, by receipt day. */
  receivedQuantity: Scalars['Float']['output'];
  rejectedQuantity: Scalars['Float']['output'];
  to: Scalars['Date']['output'];
};

/**
 * Where a supplier stands in qualification. PROSPECT: not yet qualified, quotes only;
 * APPROVED and CONDITIONAL (approved with conditions to meet) may get purchase orders;
 * BLOCKED: no new purchase orders.
 */
export type SupplierStatus =
  | 'APPROVED'
  | 'BLOCKED'
  | 'CONDITIONAL'
  | 'PROSPECT';



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
  Asn: Asn;
  AsnLine: AsnLine;
  PurchaseOrder: PurchaseOrder;
  PurchaseOrderChange: PurchaseOrderChange;
  PurchaseOrderLine: PurchaseOrderLine;
  Rfq: Rfq;
  Supplier: Supplier;
  SupplierItem: SupplierItem;
  SupplierQuote: SupplierQuote;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Asn:
    ( { __typename: 'Asn' }
    & GraphQLRecursivePick<FederationTypes['Asn'], {"id":true}> );
  AsnLine:
    ( { __typename: 'AsnLine' }
    & GraphQLRecursivePick<FederationTypes['AsnLine'], {"id":true}> );
  PurchaseOrder:
    ( { __typename: 'PurchaseOrder' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrder'], {"id":true}> );
  PurchaseOrderChange:
    ( { __typename: 'PurchaseOrderChange' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrderChange'], {"id":true}> );
  PurchaseOrderLine:
    ( { __typename: 'PurchaseOrderLine' }
    & GraphQLRecursivePick<FederationTypes['PurchaseOrderLine'], {"id":true}> );
  Rfq:
    ( { __typename: 'Rfq' }
    & GraphQLRecursivePick<FederationTypes['Rfq'], {"id":true}> );
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
  SupplierItem:
    ( { __typename: 'SupplierItem' }
    & GraphQLRecursivePick<FederationTypes['SupplierItem'], {"id":true}> );
  SupplierQuote:
    ( { __typename: 'SupplierQuote' }
    & GraphQLRecursivePick<FederationTypes['SupplierQuote'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Asn: ResolverTypeWrapper<AsnEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AsnFilter: AsnFilter;
  AsnLine: ResolverTypeWrapper<AsnLineEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AsnLineInput: AsnLineInput;
  AsnPage: ResolverTypeWrapper<{ items: AsnEntity[]; totalCount: number }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AsnStatus: AsnStatus;
  CertificateInput: CertificateInput;
  ChangeOrigin: ChangeOrigin;
  ChangeStatus: ChangeStatus;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateRfqInput: CreateRfqInput;
  CreateSupplierInput: CreateSupplierInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemandWeekInput: DemandWeekInput;
  Item: ResolverTypeWrapper<{ id: string }>;
  LineChangeInput: LineChangeInput;
  LineConfirmationInput: LineConfirmationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Orderability: ResolverTypeWrapper<Orderability>;
  PlanSupplierDemandInput: PlanSupplierDemandInput;
  PriceBreak: ResolverTypeWrapper<PriceBreak>;
  PriceBreakInput: PriceBreakInput;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderEntity>;
  PurchaseOrderChange: ResolverTypeWrapper<PurchaseOrderChangeEntity>;
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineEntity>;
  PurchaseOrderLineChange: ResolverTypeWrapper<LineChangeEntity>;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPage: ResolverTypeWrapper<{ items: PurchaseOrderEntity[]; totalCount: number }>;
  PurchaseOrderSort: PurchaseOrderSort;
  PurchaseOrderSortField: PurchaseOrderSortField;
  PurchaseOrderStatus: PurchaseOrderStatus;
  PurchaseReceipt: ResolverTypeWrapper<PurchaseReceiptRecordEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteComparison: ResolverTypeWrapper<QuoteComparisonEntity>;
  QuoteInput: QuoteInput;
  QuoteStatus: QuoteStatus;
  RequestPurchaseOrderChangeInput: RequestPurchaseOrderChangeInput;
  Rfq: ResolverTypeWrapper<RfqEntity>;
  RfqStatus: RfqStatus;
  ScorecardLine: ResolverTypeWrapper<LineDeliveryEntity>;
  SetSupplierItemInput: SetSupplierItemInput;
  Site: ResolverTypeWrapper<{ id: string }>;
  SortDirection: SortDirection;
  SubmitAsnInput: SubmitAsnInput;
  Supplier: ResolverTypeWrapper<SupplierEntity>;
  SupplierCertificate: ResolverTypeWrapper<SupplierCertificateEntity>;
  SupplierFilter: SupplierFilter;
  SupplierForecastWeek: ResolverTypeWrapper<ForecastWeekEntity>;
  SupplierItem: ResolverTypeWrapper<SupplierItemEntity>;
  SupplierPage: ResolverTypeWrapper<{ items: SupplierEntity[]; totalCount: number }>;
  SupplierQuote: ResolverTypeWrapper<SupplierQuoteEntity>;
  SupplierScorecard: ResolverTypeWrapper<ScorecardEntity>;
  SupplierStatus: SupplierStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Asn: AsnEntity;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AsnFilter: AsnFilter;
  AsnLine: AsnLineEntity;
  Float: Scalars['Float']['output'];
  AsnLineInput: AsnLineInput;
  AsnPage: { items: AsnEntity[]; totalCount: number };
  Int: Scalars['Int']['output'];
  CertificateInput: CertificateInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateRfqInput: CreateRfqInput;
  CreateSupplierInput: CreateSupplierInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DemandWeekInput: DemandWeekInput;
  Item: { id: string };
  LineChangeInput: LineChangeInput;
  LineConfirmationInput: LineConfirmationInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Orderability: Orderability;
  PlanSupplierDemandInput: PlanSupplierDemandInput;
  PriceBreak: PriceBreak;
  PriceBreakInput: PriceBreakInput;
  PurchaseOrder: PurchaseOrderEntity;
  PurchaseOrderChange: PurchaseOrderChangeEntity;
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderLine: PurchaseOrderLineEntity;
  PurchaseOrderLineChange: LineChangeEntity;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPage: { items: PurchaseOrderEntity[]; totalCount: number };
  PurchaseOrderSort: PurchaseOrderSort;
  PurchaseReceipt: PurchaseReceiptRecordEntity;
  Query: Record<PropertyKey, never>;
  QuoteComparison: QuoteComparisonEntity;
  QuoteInput: QuoteInput;
  RequestPurchaseOrderChangeInput: RequestPurchaseOrderChangeInput;
  Rfq: RfqEntity;
  ScorecardLine: LineDeliveryEntity;
  SetSupplierItemInput: SetSupplierItemInput;
  Site: { id: string };
  SubmitAsnInput: SubmitAsnInput;
  Supplier: SupplierEntity;
  SupplierCertificate: SupplierCertificateEntity;
  SupplierFilter: SupplierFilter;
  SupplierForecastWeek: ForecastWeekEntity;
  SupplierItem: SupplierItemEntity;
  SupplierPage: { items: SupplierEntity[]; totalCount: number };
  SupplierQuote: SupplierQuoteEntity;
  SupplierScorecard: ScorecardEntity;
};

export type AsnResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Asn'] = ResolversParentTypes['Asn'], FederationReferenceType extends FederationReferenceTypes['Asn'] = FederationReferenceTypes['Asn']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asn']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expectedArrival?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['AsnLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AsnStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
};

export type AsnLineResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['AsnLine'] = ResolversParentTypes['AsnLine'], FederationReferenceType extends FederationReferenceTypes['AsnLine'] = FederationReferenceTypes['AsnLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AsnLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expiryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lotNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AsnPageResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['AsnPage'] = ResolversParentTypes['AsnPage']> = {
  items?: Resolver<Array<ResolversTypes['Asn']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ItemResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  awardRfq?: Resolver<ResolversTypes['Rfq'], ParentType, ContextType, RequireFields<MutationAwardRfqArgs, 'quoteId' | 'rfqId'>>;
  cancelPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationCancelPurchaseOrderArgs, 'id' | 'reason'>>;
  changeSupplierStatus?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType, RequireFields<MutationChangeSupplierStatusArgs, 'id' | 'reason' | 'status'>>;
  closePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationClosePurchaseOrderArgs, 'id'>>;
  confirmPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationConfirmPurchaseOrderArgs, 'id' | 'lines'>>;
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createRfq?: Resolver<ResolversTypes['Rfq'], ParentType, ContextType, RequireFields<MutationCreateRfqArgs, 'input'>>;
  createSupplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType, RequireFields<MutationCreateSupplierArgs, 'input'>>;
  declineRfq?: Resolver<ResolversTypes['SupplierQuote'], ParentType, ContextType, RequireFields<MutationDeclineRfqArgs, 'rfqId' | 'supplierId'>>;
  planSupplierDemand?: Resolver<Array<ResolversTypes['SupplierForecastWeek']>, ParentType, ContextType, RequireFields<MutationPlanSupplierDemandArgs, 'input'>>;
  recordSupplierCertificate?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType, RequireFields<MutationRecordSupplierCertificateArgs, 'input' | 'supplierId'>>;
  requestPurchaseOrderChange?: Resolver<ResolversTypes['PurchaseOrderChange'], ParentType, ContextType, RequireFields<MutationRequestPurchaseOrderChangeArgs, 'input'>>;
  respondToPurchaseOrderChange?: Resolver<ResolversTypes['PurchaseOrderChange'], ParentType, ContextType, RequireFields<MutationRespondToPurchaseOrderChangeArgs, 'accept' | 'id'>>;
  sendPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationSendPurchaseOrderArgs, 'id'>>;
  setSupplierItem?: Resolver<ResolversTypes['SupplierItem'], ParentType, ContextType, RequireFields<MutationSetSupplierItemArgs, 'input'>>;
  submitAsn?: Resolver<ResolversTypes['Asn'], ParentType, ContextType, RequireFields<MutationSubmitAsnArgs, 'input'>>;
  submitQuote?: Resolver<ResolversTypes['SupplierQuote'], ParentType, ContextType, RequireFields<MutationSubmitQuoteArgs, 'input' | 'rfqId' | 'supplierId'>>;
};

export type OrderabilityResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Orderability'] = ResolversParentTypes['Orderability']> = {
  orderable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PriceBreakResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PriceBreak'] = ResolversParentTypes['PriceBreak']> = {
  minimumQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrder'] = FederationReferenceTypes['PurchaseOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asns?: Resolver<Array<ResolversTypes['Asn']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['PurchaseOrderChange']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  requestedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PurchaseOrderChangeResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseOrderChange'] = ResolversParentTypes['PurchaseOrderChange'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrderChange'] = FederationReferenceTypes['PurchaseOrderChange']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrderChange']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLineChange']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ChangeOrigin'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeStatus'], ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine'], FederationReferenceType extends FederationReferenceTypes['PurchaseOrderLine'] = FederationReferenceTypes['PurchaseOrderLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PurchaseOrderLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confirmedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inTransitQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overDeliveryTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  promisedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['PurchaseReceipt']>, ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rejectedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requestedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PurchaseOrderLineChangeResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseOrderLineChange'] = ResolversParentTypes['PurchaseOrderLineChange']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PurchaseOrderPageResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseOrderPage'] = ResolversParentTypes['PurchaseOrderPage']> = {
  items?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseReceiptResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['PurchaseReceipt'] = ResolversParentTypes['PurchaseReceipt']> = {
  acceptedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lotNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiptNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  asn?: Resolver<ResolversTypes['Asn'], ParentType, ContextType, RequireFields<QueryAsnArgs, 'id'>>;
  asns?: Resolver<ResolversTypes['AsnPage'], ParentType, ContextType, RequireFields<QueryAsnsArgs, 'first' | 'offset'>>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<QueryPurchaseOrderArgs, 'id'>>;
  purchaseOrderByNumber?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<QueryPurchaseOrderByNumberArgs, 'number'>>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderPage'], ParentType, ContextType, RequireFields<QueryPurchaseOrdersArgs, 'first' | 'offset'>>;
  rfq?: Resolver<ResolversTypes['Rfq'], ParentType, ContextType, RequireFields<QueryRfqArgs, 'id'>>;
  rfqs?: Resolver<Array<ResolversTypes['Rfq']>, ParentType, ContextType, RequireFields<QueryRfqsArgs, 'first' | 'offset'>>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType, RequireFields<QuerySupplierArgs, 'id'>>;
  supplierForecast?: Resolver<Array<ResolversTypes['SupplierForecastWeek']>, ParentType, ContextType, RequireFields<QuerySupplierForecastArgs, 'supplierId' | 'weeks'>>;
  suppliers?: Resolver<ResolversTypes['SupplierPage'], ParentType, ContextType, RequireFields<QuerySuppliersArgs, 'first' | 'offset'>>;
  viewerSupplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
};

export type QuoteComparisonResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['QuoteComparison'] = ResolversParentTypes['QuoteComparison']> = {
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetsNeedDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onTimeDelivery?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ppm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['SupplierQuote'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RfqResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Rfq'] = ResolversParentTypes['Rfq'], FederationReferenceType extends FederationReferenceTypes['Rfq'] = FederationReferenceTypes['Rfq']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Rfq']> | FederationReferenceType, FederationReferenceType, ContextType>;
  comparison?: Resolver<Array<ResolversTypes['QuoteComparison']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  neededBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['SupplierQuote']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RfqStatus'], ParentType, ContextType>;
};

export type ScorecardLineResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['ScorecardLine'] = ResolversParentTypes['ScorecardLine']> = {
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receivedOnTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certificates?: Resolver<Array<ResolversTypes['SupplierCertificate']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SupplierItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderable?: Resolver<ResolversTypes['Orderability'], ParentType, ContextType>;
  scorecard?: Resolver<ResolversTypes['SupplierScorecard'], ParentType, ContextType, RequireFields<SupplierScorecardArgs, 'from' | 'to'>>;
  status?: Resolver<ResolversTypes['SupplierStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SupplierCertificateResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierCertificate'] = ResolversParentTypes['SupplierCertificate']> = {
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SupplierForecastWeekResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierForecastWeek'] = ResolversParentTypes['SupplierForecastWeek']> = {
  firmQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  plannedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SupplierItemResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierItem'] = ResolversParentTypes['SupplierItem'], FederationReferenceType extends FederationReferenceTypes['SupplierItem'] = FederationReferenceTypes['SupplierItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupplierItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minimumOrderQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  orderMultiple?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overDeliveryTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  priceBreaks?: Resolver<Array<ResolversTypes['PriceBreak']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  supplierSku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SupplierPageResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierPage'] = ResolversParentTypes['SupplierPage']> = {
  items?: Resolver<Array<ResolversTypes['Supplier']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierQuoteResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierQuote'] = ResolversParentTypes['SupplierQuote'], FederationReferenceType extends FederationReferenceTypes['SupplierQuote'] = FederationReferenceTypes['SupplierQuote']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupplierQuote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadTimeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rfq?: Resolver<ResolversTypes['Rfq'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SupplierScorecardResolvers<ContextType = SrmContext, ParentType extends ResolversParentTypes['SupplierScorecard'] = ResolversParentTypes['SupplierScorecard']> = {
  failedLines?: Resolver<Array<ResolversTypes['ScorecardLine']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  linesDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linesOnTimeInFull?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeDelivery?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeInFull?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  orderedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ppm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rejectedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SrmContext> = {
  Asn?: AsnResolvers<ContextType>;
  AsnLine?: AsnLineResolvers<ContextType>;
  AsnPage?: AsnPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Item?: ItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Orderability?: OrderabilityResolvers<ContextType>;
  PriceBreak?: PriceBreakResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderChange?: PurchaseOrderChangeResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  PurchaseOrderLineChange?: PurchaseOrderLineChangeResolvers<ContextType>;
  PurchaseOrderPage?: PurchaseOrderPageResolvers<ContextType>;
  PurchaseReceipt?: PurchaseReceiptResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteComparison?: QuoteComparisonResolvers<ContextType>;
  Rfq?: RfqResolvers<ContextType>;
  ScorecardLine?: ScorecardLineResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierCertificate?: SupplierCertificateResolvers<ContextType>;
  SupplierForecastWeek?: SupplierForecastWeekResolvers<ContextType>;
  SupplierItem?: SupplierItemResolvers<ContextType>;
  SupplierPage?: SupplierPageResolvers<ContextType>;
  SupplierQuote?: SupplierQuoteResolvers<ContextType>;
  SupplierScorecard?: SupplierScorecardResolvers<ContextType>;
};

