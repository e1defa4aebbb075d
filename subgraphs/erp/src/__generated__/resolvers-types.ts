import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Item as ItemEntity } from '../item/item.entity.ts';
import type { Site as SiteEntity } from '../site/site.entity.ts';
import type { ProductFamily as ProductFamilyEntity } from '../product-family/product-family.entity.ts';
import type { BillOfMaterials as BillOfMaterialsEntity, BillOfMaterialsLine as BillOfMaterialsLineEntity } from '../bill-of-materials/bill-of-materials.entity.ts';
import type { ExplosionLine as ExplosionLineEntity } from '../bill-of-materials/bill-of-materials.rules.ts';
import type { Routing as RoutingEntity, RoutingStep as RoutingStepEntity } from '../routing/routing.entity.ts';
import type { CustomerInvoice as CustomerInvoiceEntity, CustomerInvoiceLine as CustomerInvoiceLineEntity, CreditNote as CreditNoteEntity, CreditedLine as CreditedLineEntity, CustomerPayment as CustomerPaymentEntity } from '../customer-invoice/customer-invoice.entity.ts';
import type { AgeingAmounts as AgeingAmountsEntity, AgedCounterparty as AgedCounterpartyEntity } from '../finance/ageing.rules.ts';
import type { SupplierInvoice as SupplierInvoiceEntity, SupplierInvoiceLine as SupplierInvoiceLineEntity, SupplierPayment as SupplierPaymentEntity } from '../supplier-invoice/supplier-invoice.entity.ts';
import type { JournalEntryRecord as JournalEntryRecordEntity, JournalLineRecord as JournalLineRecordEntity } from '../ledger/ledger.service.ts';
import type { ErpContext } from '../context.ts';
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

export type AccountBalance = {
  __typename?: 'AccountBalance';
  account: LedgerAccount;
  /** Debit − credit. */
  balance: Scalars['Float']['output'];
  credit: Scalars['Float']['output'];
  debit: Scalars['Float']['output'];
};

/** Open amounts by how far past due they are on a day, in the customary 30-day bands. */
export type AgeingAmounts = {
  __typename?: 'AgeingAmounts';
  /** Not yet due. */
  current: Scalars['Float']['output'];
  days1To30: Scalars['Float']['output'];
  days31To60: Scalars['Float']['output'];
  days61To90: Scalars['Float']['output'];
  /** Invoices with something open. */
  openItems: Scalars['Int']['output'];
  over90: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
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

/**
 * A customer's billing terms, kept by finance in ERP. Customers finance has not set terms for are
 * invoiced on shipment, 30 days net.
 */
export type BillingTerms = {
  __typename?: 'BillingTerms';
  billOn: BillingTrigger;
  /** Days from the invoice date to its due date. */
  paymentDays: Scalars['Int']['output'];
};

/**
 * When a customer is invoiced: SHIPMENT (what shipped, when it ships), DELIVERY (what was delivered,
 * on proof of delivery) or MANUAL (finance issues each invoice by hand).
 */
export type BillingTrigger =
  | 'DELIVERY'
  | 'MANUAL'
  | 'SHIPMENT';

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

export type CreateItemInput = {
  name: Scalars['String']['input'];
  sku: Scalars['String']['input'];
  standardCost: Scalars['Float']['input'];
  type: ItemType;
  unitOfMeasure: Scalars['String']['input'];
};

export type CreateProductFamilyInput = {
  code: Scalars['String']['input'];
  /** Finished goods in the family's unit to move into it. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  unitOfMeasure: Scalars['String']['input'];
};

export type CreateSiteInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

/** Takes back quantities of an invoice's lines at their invoiced prices (a billing error, goods returned). */
export type CreditNote = {
  __typename?: 'CreditNote';
  amount: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<CreditNoteLine>;
  number: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type CreditNoteLine = {
  __typename?: 'CreditNoteLine';
  amount: Scalars['Float']['output'];
  quantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
};

export type CreditNoteLineInput = {
  quantity: Scalars['Float']['input'];
  salesOrderLineId: Scalars['ID']['input'];
};

/** A customer (owned by CRM) as finance sees it. */
export type Customer = {
  __typename?: 'Customer';
  billingTerms: BillingTerms;
  id: Scalars['ID']['output'];
};

export type CustomerAgeing = {
  __typename?: 'CustomerAgeing';
  amounts: AgeingAmounts;
  customer: Customer;
};

/** An invoice to a customer for one shipment of a sales order, in the reporting currency. */
export type CustomerInvoice = {
  __typename?: 'CustomerInvoice';
  /** Whether it bills what was delivered (shipped, before delivery) at the order's prices (KPIS.md, documentation accuracy); a credit note re-checks it. */
  accurate: Scalars['Boolean']['output'];
  /** The billed total. */
  amount: Scalars['Float']['output'];
  creditNotes: Array<CreditNote>;
  creditedAmount: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  customer: Customer;
  /** Days past due on `asOf` (today unless given) while something is open; 0 when not yet due or settled. */
  daysOverdue: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<CustomerInvoiceLine>;
  /** Unique, human-facing number, e.g. INV-2026-000042. */
  number: Scalars['String']['output'];
  /** amount − creditedAmount − paidAmount. */
  openAmount: Scalars['Float']['output'];
  paidAmount: Scalars['Float']['output'];
  payments: Array<CustomerPayment>;
  salesOrder: SalesOrder;
  shipment: Shipment;
  site: Maybe<Site>;
  status: CustomerInvoiceStatus;
};


/** An invoice to a customer for one shipment of a sales order, in the reporting currency. */
export type CustomerInvoiceDaysOverdueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type CustomerInvoiceFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices with something still open. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only invoices open and past due on this day. */
  overdueOn?: InputMaybe<Scalars['Date']['input']>;
  salesOrderId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustomerInvoiceLine = {
  __typename?: 'CustomerInvoiceLine';
  amount: Scalars['Float']['output'];
  /** Quantity taken back by credit notes. */
  creditedQuantity: Scalars['Float']['output'];
  item: Item;
  lineNumber: Scalars['Int']['output'];
  quantity: Scalars['Float']['output'];
  salesOrderLine: SalesOrderLine;
  unitPrice: Scalars['Float']['output'];
};

export type CustomerInvoicePage = {
  __typename?: 'CustomerInvoicePage';
  items: Array<CustomerInvoice>;
  totalCount: Scalars['Int']['output'];
};

/** OPEN: nothing settled yet; PARTIALLY_PAID: part of it paid or credited; PAID: nothing left open. */
export type CustomerInvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID';

/** Cash received from a customer against one invoice. */
export type CustomerPayment = {
  __typename?: 'CustomerPayment';
  amount: Scalars['Float']['output'];
  /** Whole days after the invoice's due date it arrived; negative when early. */
  daysLate: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  reference: Maybe<Scalars['String']['output']>;
};

export type InvoiceLineInput = {
  quantity: Scalars['Float']['input'];
  salesOrderLineId: Scalars['ID']['input'];
  unitPrice: Scalars['Float']['input'];
};

export type IssueCreditNoteInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  lines: Array<CreditNoteLineInput>;
  reason: Scalars['String']['input'];
};

export type IssueCustomerInvoiceInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<InvoiceLineInput>;
  shipmentId: Scalars['ID']['input'];
};

/** Master data for anything that is made, bought, stocked or sold. Owned by ERP. */
export type Item = {
  __typename?: 'Item';
  /** The item's own bill of materials (its direct components); null for items that are bought. */
  billOfMaterials: Maybe<BillOfMaterials>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The S&OP product family the item is planned in; null for items in none. */
  productFamily: Maybe<ProductFamily>;
  /** How the item is made, operation by operation; null for items that are bought or have no routing yet. */
  routing: Maybe<Routing>;
  /** Stock-keeping unit: the unique, human-facing item code. */
  sku: Scalars['String']['output'];
  /** Standard cost per unit of measure, in the company currency; COGS and inventory value use it. Not for suppliers. */
  standardCost: Scalars['Float']['output'];
  type: ItemType;
  /** Unit of measure, e.g. EA, KG, M. */
  unitOfMeasure: Scalars['String']['output'];
};

export type ItemFilter = {
  /** Matches SKU or name, case-insensitive; `%` and `_` are plain characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ItemType>;
};

/** One page of items by SKU, and how many match over all pages. */
export type ItemPage = {
  __typename?: 'ItemPage';
  items: Array<Item>;
  /** Items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Whether an item is sold (finished good), built into another item (semi-finished good) or bought (raw material). */
export type ItemType =
  | 'FG'
  | 'RM'
  | 'SFG';

/**
 * A double entry the ledger generated from one business event (a receipt, a shipment, finished production, an invoice,
 * a payment); its debits equal its credits.
 */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<JournalLine>;
  postedAt: Scalars['DateTime']['output'];
  /** The event type it was posted from, e.g. wms.ShipmentShipped. */
  sourceType: Scalars['String']['output'];
  /** The subject of that event (shipment, receipt, invoice, payment…). */
  subjectId: Scalars['ID']['output'];
};

export type JournalLine = {
  __typename?: 'JournalLine';
  account: LedgerAccount;
  credit: Scalars['Float']['output'];
  debit: Scalars['Float']['output'];
};

/** The chart of accounts the ledger posts to (standard costing). */
export type LedgerAccount =
  | 'CASH'
  | 'COST_OF_GOODS_SOLD'
  /** Goods received not invoiced (GR/IR): received at standard cost, cleared by the supplier's invoice. */
  | 'GOODS_RECEIVED_NOT_INVOICED'
  | 'INVENTORY'
  | 'PAYABLES'
  /** What suppliers billed above (or below) standard cost. */
  | 'PURCHASE_PRICE_VARIANCE'
  | 'RECEIVABLES'
  | 'REVENUE'
  | 'WORK_IN_PROGRESS';

/** A machine on the shop floor. Owned by mes. */
export type Machine = {
  __typename?: 'Machine';
  id: Scalars['ID']['output'];
};

/**
 * Why an invoice line does not match: NOT_ORDERED (not a line of the order), NOT_RECEIVED (nothing received and not yet
 * invoiced), QUANTITY_ABOVE_RECEIVED (more than received and not yet invoiced), PRICE_ABOVE_ORDER (above the order's
 * price plus the 2 % tolerance).
 */
export type MatchBlock =
  | 'NOT_ORDERED'
  | 'NOT_RECEIVED'
  | 'PRICE_ABOVE_ORDER'
  | 'QUANTITY_ABOVE_RECEIVED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves finished goods in the family's unit into the family, out of any other (planners). */
  assignItemsToProductFamily: ProductFamily;
  createItem: Item;
  /** A product family, with the finished goods given moved into it (planners). */
  createProductFamily: ProductFamily;
  createSite: Site;
  /** Credits quantities of an invoice's lines; never more than is still billed or open. */
  issueCreditNote: CreditNote;
  /** Invoices a shipment by hand (customers billed MANUAL, or a shipment the trigger has not invoiced yet); CONFLICT if it is invoiced. */
  issueCustomerInvoice: CustomerInvoice;
  /** Pays a matched invoice; a blocked one is CONFLICT, more than is open BAD_USER_INPUT. */
  paySupplierInvoice: SupplierPayment;
  /** The payment run: pays in full every matched invoice open and due by `dueBy`. */
  paySupplierInvoicesDue: Array<SupplierPayment>;
  /** Books a supplier's invoice and matches it three ways: MATCHED, or BLOCKED with the reasons. */
  receiveSupplierInvoice: SupplierInvoice;
  /** A customer's payment against an invoice; more than is open is BAD_USER_INPUT. */
  recordCustomerPayment: CustomerPayment;
  /** Replaces the item's bill of materials; rejects a component that would make the structure cyclic. */
  setBillOfMaterials: BillOfMaterials;
  /** How and when a customer is invoiced. */
  setBillingTerms: Customer;
  /** Replaces a made item's routing; work centers and machines must be ones mes registered. */
  setRouting: Routing;
  /** Days net a supplier is paid in. */
  setSupplierPaymentTerms: Supplier;
};


export type MutationAssignItemsToProductFamilyArgs = {
  familyId: Scalars['ID']['input'];
  itemIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateItemArgs = {
  input: CreateItemInput;
};


export type MutationCreateProductFamilyArgs = {
  input: CreateProductFamilyInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationIssueCreditNoteArgs = {
  input: IssueCreditNoteInput;
};


export type MutationIssueCustomerInvoiceArgs = {
  input: IssueCustomerInvoiceInput;
};


export type MutationPaySupplierInvoiceArgs = {
  input: PaySupplierInvoiceInput;
};


export type MutationPaySupplierInvoicesDueArgs = {
  dueBy: Scalars['Date']['input'];
};


export type MutationReceiveSupplierInvoiceArgs = {
  input: ReceiveSupplierInvoiceInput;
};


export type MutationRecordCustomerPaymentArgs = {
  input: RecordCustomerPaymentInput;
};


export type MutationSetBillOfMaterialsArgs = {
  itemId: Scalars['ID']['input'];
  lines: Array<BillOfMaterialsLineInput>;
};


export type MutationSetBillingTermsArgs = {
  input: SetBillingTermsInput;
};


export type MutationSetRoutingArgs = {
  itemId: Scalars['ID']['input'];
  steps: Array<RoutingStepInput>;
};


export type MutationSetSupplierPaymentTermsArgs = {
  paymentDays: Scalars['Int']['input'];
  supplierId: Scalars['ID']['input'];
};

export type PaySupplierInvoiceInput = {
  /** The whole open amount unless given. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
};

export type PayablesAgeing = {
  __typename?: 'PayablesAgeing';
  asOf: Scalars['Date']['output'];
  /** Largest total first. */
  suppliers: Array<SupplierAgeing>;
  total: AgeingAmounts;
};

/**
 * A group of finished goods planned together in sales and operations planning (S&OP), in one unit of
 * measure: the plan adds its items' quantities up. An item belongs to at most one family.
 */
export type ProductFamily = {
  __typename?: 'ProductFamily';
  /** Unique, human-facing, e.g. PUMPS. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Ordered by SKU. */
  items: Array<Item>;
  name: Scalars['String']['output'];
  /** The unit every item of the family is counted in, e.g. EA. */
  unitOfMeasure: Scalars['String']['output'];
};

export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  id: Scalars['ID']['output'];
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  customerInvoice: Maybe<CustomerInvoice>;
  /** Newest first. */
  customerInvoices: CustomerInvoicePage;
  /** Every component needed to make `quantity` of the item, level by level, depth first. */
  explodeBillOfMaterials: Array<BomExplosionLine>;
  item: Maybe<Item>;
  itemBySku: Maybe<Item>;
  /** Items ordered by SKU, one page at a time; `first` is 1–200. */
  itemPage: ItemPage;
  /** Items ordered by SKU. */
  items: Array<Item>;
  /** Newest first; only entries touching `account`, or posted from events about `subjectId`, when given. */
  journalEntries: Array<JournalEntry>;
  /** Payables open at the end of `asOf` (today unless given), aged by days past due. */
  payablesAgeing: PayablesAgeing;
  /** S&OP product families, ordered by code. */
  productFamilies: Array<ProductFamily>;
  productFamily: Maybe<ProductFamily>;
  /** Receivables open at the end of `asOf` (today unless given), aged by days past due. */
  receivablesAgeing: ReceivablesAgeing;
  site: Maybe<Site>;
  sites: Array<Site>;
  supplierInvoice: Maybe<SupplierInvoice>;
  /** Newest first. */
  supplierInvoices: SupplierInvoicePage;
  /** Every account's debits, credits and balance over what was posted by the end of `asOf` (today unless given); the balances add up to 0. */
  trialBalance: Array<AccountBalance>;
};


export type QueryCustomerInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerInvoicesArgs = {
  filter?: InputMaybe<CustomerInvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryItemPageArgs = {
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemsArgs = {
  filter?: InputMaybe<ItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJournalEntriesArgs = {
  account?: InputMaybe<LedgerAccount>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPayablesAgeingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryProductFamilyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceivablesAgeingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierInvoicesArgs = {
  filter?: InputMaybe<SupplierInvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ReceivablesAgeing = {
  __typename?: 'ReceivablesAgeing';
  asOf: Scalars['Date']['output'];
  /** Largest total first. */
  customers: Array<CustomerAgeing>;
  total: AgeingAmounts;
};

export type ReceiveSupplierInvoiceInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceDate: Scalars['Date']['input'];
  lines: Array<SupplierInvoiceLineInput>;
  purchaseOrderId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
  /** The supplier's own invoice number; one per supplier. */
  supplierReference: Scalars['String']['input'];
};

export type RecordCustomerPaymentInput = {
  amount: Scalars['Float']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  /** The customer's remittance reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** How a made item is made: its operations in sequence. mes copies them into each work order it releases. */
export type Routing = {
  __typename?: 'Routing';
  /** The item's id: an item has one routing. */
  id: Scalars['ID']['output'];
  item: Item;
  /** Ordered by sequence. */
  steps: Array<RoutingStep>;
};

/** One operation of a routing: where it runs, how long its setup takes and how long each unit takes. */
export type RoutingStep = {
  __typename?: 'RoutingStep';
  /** Machines that may run the step: the preferred one first, then its alternatives. */
  machines: Array<Machine>;
  /** Standard run time per unit, in seconds. */
  runSecondsPerUnit: Scalars['Float']['output'];
  sequence: Scalars['Int']['output'];
  /** Changeover before the first unit, in minutes. */
  setupMinutes: Scalars['Float']['output'];
  workCenter: WorkCenter;
};

export type RoutingStepInput = {
  /** The preferred machine first, then its alternatives. */
  machineIds: Array<Scalars['ID']['input']>;
  runSecondsPerUnit: Scalars['Float']['input'];
  sequence: Scalars['Int']['input'];
  setupMinutes: Scalars['Float']['input'];
  workCenterId: Scalars['ID']['input'];
};

/** A sales order (owned by CRM) with the invoices ERP issued for its shipments. */
export type SalesOrder = {
  __typename?: 'SalesOrder';
  id: Scalars['ID']['output'];
  invoices: Array<CustomerInvoice>;
};

export type SalesOrderLine = {
  __typename?: 'SalesOrderLine';
  id: Scalars['ID']['output'];
};

export type SetBillingTermsInput = {
  billOn: BillingTrigger;
  customerId: Scalars['ID']['input'];
  paymentDays: Scalars['Int']['input'];
};

export type Shipment = {
  __typename?: 'Shipment';
  id: Scalars['ID']['output'];
};

/** A plant, distribution centre or other place where the company holds stock or makes things. */
export type Site = {
  __typename?: 'Site';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone of the site, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['output'];
};

/** A supplier (owned by SRM) as finance sees it. */
export type Supplier = {
  __typename?: 'Supplier';
  id: Scalars['ID']['output'];
  /** Days from a supplier invoice's date to its due date (30 unless finance set other terms). */
  paymentDays: Scalars['Int']['output'];
};

export type SupplierAgeing = {
  __typename?: 'SupplierAgeing';
  amounts: AgeingAmounts;
  supplier: Supplier;
};

/**
 * A supplier's invoice against one purchase order, booked when it arrives and matched three ways: purchase order price ×
 * received quantity.
 */
export type SupplierInvoice = {
  __typename?: 'SupplierInvoice';
  amount: Scalars['Float']['output'];
  /** Every line's reasons, when BLOCKED. */
  blockReasons: Array<Scalars['String']['output']>;
  /** Days past due on `asOf` (today unless given) while something is open; 0 when not yet due or paid. */
  daysOverdue: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  invoiceDate: Scalars['Date']['output'];
  lines: Array<SupplierInvoiceLine>;
  /** Unique, human-facing number finance gave it, e.g. SI-2026-000042. */
  number: Scalars['String']['output'];
  openAmount: Scalars['Float']['output'];
  paidAmount: Scalars['Float']['output'];
  payments: Array<SupplierPayment>;
  purchaseOrder: PurchaseOrder;
  receivedAt: Scalars['DateTime']['output'];
  site: Maybe<Site>;
  status: SupplierInvoiceStatus;
  supplier: Supplier;
  /** The supplier's own invoice number. */
  supplierReference: Scalars['String']['output'];
};


/**
 * A supplier's invoice against one purchase order, booked when it arrives and matched three ways: purchase order price ×
 * received quantity.
 */
export type SupplierInvoiceDaysOverdueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type SupplierInvoiceFilter = {
  /** Only invoices with something still open. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  purchaseOrderId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SupplierInvoiceStatus>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupplierInvoiceLine = {
  __typename?: 'SupplierInvoiceLine';
  amount: Scalars['Float']['output'];
  blockReasons: Array<Scalars['String']['output']>;
  blocks: Array<MatchBlock>;
  item: Item;
  lineNumber: Scalars['Int']['output'];
  matched: Scalars['Boolean']['output'];
  /** The purchase order's price for the line. */
  orderedUnitPrice: Scalars['Float']['output'];
  purchaseOrderLine: PurchaseOrderLine;
  quantity: Scalars['Float']['output'];
  unitPrice: Scalars['Float']['output'];
};

export type SupplierInvoiceLineInput = {
  purchaseOrderLineId: Scalars['ID']['input'];
  quantity: Scalars['Float']['input'];
  unitPrice: Scalars['Float']['input'];
};

export type SupplierInvoicePage = {
  __typename?: 'SupplierInvoicePage';
  items: Array<SupplierInvoice>;
  totalCount: Scalars['Int']['output'];
};

/**
 * MATCHED: agrees with its purchase order and receipts and may be paid; BLOCKED: payment is held (see the lines' reasons)
 * until it does (goods arriving later match it again).
 */
export type SupplierInvoiceStatus =
  | 'BLOCKED'
  | 'MATCHED';

export type SupplierPayment = {
  __typename?: 'SupplierPayment';
  amount: Scalars['Float']['output'];
  /** Whole days after the invoice's due date it was paid; negative when early. */
  daysLate: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  paidAt: Scalars['DateTime']['output'];
};

/** A group of machines on the shop floor. Owned by mes. */
export type WorkCenter = {
  __typename?: 'WorkCenter';
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
  BillOfMaterials: BillOfMaterials;
  Customer: Customer;
  CustomerInvoice: CustomerInvoice;
  Item: Item;
  ProductFamily: ProductFamily;
  SalesOrder: SalesOrder;
  Site: Site;
  Supplier: Supplier;
  SupplierInvoice: SupplierInvoice;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  BillOfMaterials:
    ( { __typename: 'BillOfMaterials' }
    & GraphQLRecursivePick<FederationTypes['BillOfMaterials'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  CustomerInvoice:
    ( { __typename: 'CustomerInvoice' }
    & GraphQLRecursivePick<FederationTypes['CustomerInvoice'], {"id":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  ProductFamily:
    ( { __typename: 'ProductFamily' }
    & GraphQLRecursivePick<FederationTypes['ProductFamily'], {"id":true}> );
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
  SupplierInvoice:
    ( { __typename: 'SupplierInvoice' }
    & GraphQLRecursivePick<FederationTypes['SupplierInvoice'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountBalance: ResolverTypeWrapper<AccountBalance>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AgeingAmounts: ResolverTypeWrapper<AgeingAmountsEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BillOfMaterials: ResolverTypeWrapper<BillOfMaterialsEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BillOfMaterialsLine: ResolverTypeWrapper<BillOfMaterialsLineEntity>;
  BillOfMaterialsLineInput: BillOfMaterialsLineInput;
  BillingTerms: ResolverTypeWrapper<BillingTerms>;
  BillingTrigger: BillingTrigger;
  BomExplosionLine: ResolverTypeWrapper<ExplosionLineEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateItemInput: CreateItemInput;
  CreateProductFamilyInput: CreateProductFamilyInput;
  CreateSiteInput: CreateSiteInput;
  CreditNote: ResolverTypeWrapper<CreditNoteEntity>;
  CreditNoteLine: ResolverTypeWrapper<CreditedLineEntity>;
  CreditNoteLineInput: CreditNoteLineInput;
  Customer: ResolverTypeWrapper<{ id: string }>;
  CustomerAgeing: ResolverTypeWrapper<AgedCounterpartyEntity>;
  CustomerInvoice: ResolverTypeWrapper<CustomerInvoiceEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomerInvoiceFilter: CustomerInvoiceFilter;
  CustomerInvoiceLine: ResolverTypeWrapper<CustomerInvoiceLineEntity>;
  CustomerInvoicePage: ResolverTypeWrapper<{ items: CustomerInvoiceEntity[]; totalCount: number }>;
  CustomerInvoiceStatus: CustomerInvoiceStatus;
  CustomerPayment: ResolverTypeWrapper<CustomerPaymentEntity>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvoiceLineInput: InvoiceLineInput;
  IssueCreditNoteInput: IssueCreditNoteInput;
  IssueCustomerInvoiceInput: IssueCustomerInvoiceInput;
  Item: ResolverTypeWrapper<ItemEntity>;
  ItemFilter: ItemFilter;
  ItemPage: ResolverTypeWrapper<{ items: ItemEntity[]; totalCount: number }>;
  ItemType: ItemType;
  JournalEntry: ResolverTypeWrapper<JournalEntryRecordEntity>;
  JournalLine: ResolverTypeWrapper<JournalLineRecordEntity>;
  LedgerAccount: LedgerAccount;
  Machine: ResolverTypeWrapper<{ id: string }>;
  MatchBlock: MatchBlock;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaySupplierInvoiceInput: PaySupplierInvoiceInput;
  PayablesAgeing: ResolverTypeWrapper<{ asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] }>;
  ProductFamily: ResolverTypeWrapper<ProductFamilyEntity>;
  PurchaseOrder: ResolverTypeWrapper<{ id: string }>;
  PurchaseOrderLine: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivablesAgeing: ResolverTypeWrapper<{ asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] }>;
  ReceiveSupplierInvoiceInput: ReceiveSupplierInvoiceInput;
  RecordCustomerPaymentInput: RecordCustomerPaymentInput;
  Routing: ResolverTypeWrapper<RoutingEntity>;
  RoutingStep: ResolverTypeWrapper<RoutingStepEntity>;
  RoutingStepInput: RoutingStepInput;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SalesOrderLine: ResolverTypeWrapper<{ id: string }>;
  SetBillingTermsInput: SetBillingTermsInput;
  Shipment: ResolverTypeWrapper<{ id: string }>;
  Site: ResolverTypeWrapper<SiteEntity>;
  Supplier: ResolverTypeWrapper<{ id: string }>;
  SupplierAgeing: ResolverTypeWrapper<AgedCounterpartyEntity>;
  SupplierInvoice: ResolverTypeWrapper<SupplierInvoiceEntity>;
  SupplierInvoiceFilter: SupplierInvoiceFilter;
  SupplierInvoiceLine: ResolverTypeWrapper<SupplierInvoiceLineEntity>;
  SupplierInvoiceLineInput: SupplierInvoiceLineInput;
  SupplierInvoicePage: ResolverTypeWrapper<{ items: SupplierInvoiceEntity[]; totalCount: number }>;
  SupplierInvoiceStatus: SupplierInvoiceStatus;
  SupplierPayment: ResolverTypeWrapper<SupplierPaymentEntity>;
  WorkCenter: ResolverTypeWrapper<{ id: string }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountBalance: AccountBalance;
  Float: Scalars['Float']['output'];
  AgeingAmounts: AgeingAmountsEntity;
  Int: Scalars['Int']['output'];
  BillOfMaterials: BillOfMaterialsEntity;
  ID: Scalars['ID']['output'];
  BillOfMaterialsLine: BillOfMaterialsLineEntity;
  BillOfMaterialsLineInput: BillOfMaterialsLineInput;
  BillingTerms: BillingTerms;
  BomExplosionLine: ExplosionLineEntity;
  String: Scalars['String']['output'];
  CreateItemInput: CreateItemInput;
  CreateProductFamilyInput: CreateProductFamilyInput;
  CreateSiteInput: CreateSiteInput;
  CreditNote: CreditNoteEntity;
  CreditNoteLine: CreditedLineEntity;
  CreditNoteLineInput: CreditNoteLineInput;
  Customer: { id: string };
  CustomerAgeing: AgedCounterpartyEntity;
  CustomerInvoice: CustomerInvoiceEntity;
  Boolean: Scalars['Boolean']['output'];
  CustomerInvoiceFilter: CustomerInvoiceFilter;
  CustomerInvoiceLine: CustomerInvoiceLineEntity;
  CustomerInvoicePage: { items: CustomerInvoiceEntity[]; totalCount: number };
  CustomerPayment: CustomerPaymentEntity;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  InvoiceLineInput: InvoiceLineInput;
  IssueCreditNoteInput: IssueCreditNoteInput;
  IssueCustomerInvoiceInput: IssueCustomerInvoiceInput;
  Item: ItemEntity;
  ItemFilter: ItemFilter;
  ItemPage: { items: ItemEntity[]; totalCount: number };
  JournalEntry: JournalEntryRecordEntity;
  JournalLine: JournalLineRecordEntity;
  Machine: { id: string };
  Mutation: Record<PropertyKey, never>;
  PaySupplierInvoiceInput: PaySupplierInvoiceInput;
  PayablesAgeing: { asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] };
  ProductFamily: ProductFamilyEntity;
  PurchaseOrder: { id: string };
  PurchaseOrderLine: { id: string };
  Query: Record<PropertyKey, never>;
  ReceivablesAgeing: { asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] };
  ReceiveSupplierInvoiceInput: ReceiveSupplierInvoiceInput;
  RecordCustomerPaymentInput: RecordCustomerPaymentInput;
  Routing: RoutingEntity;
  RoutingStep: RoutingStepEntity;
  RoutingStepInput: RoutingStepInput;
  SalesOrder: { id: string };
  SalesOrderLine: { id: string };
  SetBillingTermsInput: SetBillingTermsInput;
  Shipment: { id: string };
  Site: SiteEntity;
  Supplier: { id: string };
  SupplierAgeing: AgedCounterpartyEntity;
  SupplierInvoice: SupplierInvoiceEntity;
  SupplierInvoiceFilter: SupplierInvoiceFilter;
  SupplierInvoiceLine: SupplierInvoiceLineEntity;
  SupplierInvoiceLineInput: SupplierInvoiceLineInput;
  SupplierInvoicePage: { items: SupplierInvoiceEntity[]; totalCount: number };
  SupplierPayment: SupplierPaymentEntity;
  WorkCenter: { id: string };
};

export type AccountBalanceResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['AccountBalance'] = ResolversParentTypes['AccountBalance']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AgeingAmountsResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['AgeingAmounts'] = ResolversParentTypes['AgeingAmounts']> = {
  current?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  days1To30?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  openItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  over90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BillOfMaterialsResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BillOfMaterials'] = ResolversParentTypes['BillOfMaterials'], FederationReferenceType extends FederationReferenceTypes['BillOfMaterials'] = FederationReferenceTypes['BillOfMaterials']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BillOfMaterials']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BillOfMaterialsLine']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
};

export type BillOfMaterialsLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BillOfMaterialsLine'] = ResolversParentTypes['BillOfMaterialsLine']> = {
  component?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  quantityPer?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BillingTermsResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BillingTerms'] = ResolversParentTypes['BillingTerms']> = {
  billOn?: Resolver<ResolversTypes['BillingTrigger'], ParentType, ContextType>;
  paymentDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BomExplosionLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['BomExplosionLine'] = ResolversParentTypes['BomExplosionLine']> = {
  component?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  extendedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  quantityPer?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CreditNoteResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CreditNote'] = ResolversParentTypes['CreditNote']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CreditNoteLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditNoteLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CreditNoteLine'] = ResolversParentTypes['CreditNoteLine']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billingTerms?: Resolver<ResolversTypes['BillingTerms'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CustomerAgeingResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CustomerAgeing'] = ResolversParentTypes['CustomerAgeing']> = {
  amounts?: Resolver<ResolversTypes['AgeingAmounts'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerInvoiceResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CustomerInvoice'] = ResolversParentTypes['CustomerInvoice'], FederationReferenceType extends FederationReferenceTypes['CustomerInvoice'] = FederationReferenceTypes['CustomerInvoice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerInvoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accurate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  creditNotes?: Resolver<Array<ResolversTypes['CreditNote']>, ParentType, ContextType>;
  creditedAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<CustomerInvoiceDaysOverdueArgs>>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CustomerInvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['CustomerPayment']>, ParentType, ContextType>;
  salesOrder?: Resolver<ResolversTypes['SalesOrder'], ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerInvoiceStatus'], ParentType, ContextType>;
};

export type CustomerInvoiceLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CustomerInvoiceLine'] = ResolversParentTypes['CustomerInvoiceLine']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  creditedQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  salesOrderLine?: Resolver<ResolversTypes['SalesOrderLine'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CustomerInvoicePageResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CustomerInvoicePage'] = ResolversParentTypes['CustomerInvoicePage']> = {
  items?: Resolver<Array<ResolversTypes['CustomerInvoice']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerPaymentResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['CustomerPayment'] = ResolversParentTypes['CustomerPayment']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ItemResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billOfMaterials?: Resolver<Maybe<ResolversTypes['BillOfMaterials']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productFamily?: Resolver<Maybe<ResolversTypes['ProductFamily']>, ParentType, ContextType>;
  routing?: Resolver<Maybe<ResolversTypes['Routing']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standardCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ItemType'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemPageResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ItemPage'] = ResolversParentTypes['ItemPage']> = {
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JournalEntryResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalLine']>, ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type JournalLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['JournalLine'] = ResolversParentTypes['JournalLine']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MachineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Machine'] = ResolversParentTypes['Machine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignItemsToProductFamily?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType, RequireFields<MutationAssignItemsToProductFamilyArgs, 'familyId' | 'itemIds'>>;
  createItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationCreateItemArgs, 'input'>>;
  createProductFamily?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType, RequireFields<MutationCreateProductFamilyArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  issueCreditNote?: Resolver<ResolversTypes['CreditNote'], ParentType, ContextType, RequireFields<MutationIssueCreditNoteArgs, 'input'>>;
  issueCustomerInvoice?: Resolver<ResolversTypes['CustomerInvoice'], ParentType, ContextType, RequireFields<MutationIssueCustomerInvoiceArgs, 'input'>>;
  paySupplierInvoice?: Resolver<ResolversTypes['SupplierPayment'], ParentType, ContextType, RequireFields<MutationPaySupplierInvoiceArgs, 'input'>>;
  paySupplierInvoicesDue?: Resolver<Array<ResolversTypes['SupplierPayment']>, ParentType, ContextType, RequireFields<MutationPaySupplierInvoicesDueArgs, 'dueBy'>>;
  receiveSupplierInvoice?: Resolver<ResolversTypes['SupplierInvoice'], ParentType, ContextType, RequireFields<MutationReceiveSupplierInvoiceArgs, 'input'>>;
  recordCustomerPayment?: Resolver<ResolversTypes['CustomerPayment'], ParentType, ContextType, RequireFields<MutationRecordCustomerPaymentArgs, 'input'>>;
  setBillOfMaterials?: Resolver<ResolversTypes['BillOfMaterials'], ParentType, ContextType, RequireFields<MutationSetBillOfMaterialsArgs, 'itemId' | 'lines'>>;
  setBillingTerms?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationSetBillingTermsArgs, 'input'>>;
  setRouting?: Resolver<ResolversTypes['Routing'], ParentType, ContextType, RequireFields<MutationSetRoutingArgs, 'itemId' | 'steps'>>;
  setSupplierPaymentTerms?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType, RequireFields<MutationSetSupplierPaymentTermsArgs, 'paymentDays' | 'supplierId'>>;
};

export type PayablesAgeingResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['PayablesAgeing'] = ResolversParentTypes['PayablesAgeing']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['SupplierAgeing']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['AgeingAmounts'], ParentType, ContextType>;
};

export type ProductFamilyResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ProductFamily'] = ResolversParentTypes['ProductFamily'], FederationReferenceType extends FederationReferenceTypes['ProductFamily'] = FederationReferenceTypes['ProductFamily']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductFamily']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  customerInvoice?: Resolver<Maybe<ResolversTypes['CustomerInvoice']>, ParentType, ContextType, RequireFields<QueryCustomerInvoiceArgs, 'id'>>;
  customerInvoices?: Resolver<ResolversTypes['CustomerInvoicePage'], ParentType, ContextType, RequireFields<QueryCustomerInvoicesArgs, 'first' | 'offset'>>;
  explodeBillOfMaterials?: Resolver<Array<ResolversTypes['BomExplosionLine']>, ParentType, ContextType, RequireFields<QueryExplodeBillOfMaterialsArgs, 'itemId' | 'quantity'>>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  itemBySku?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemBySkuArgs, 'sku'>>;
  itemPage?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, RequireFields<QueryItemPageArgs, 'first' | 'offset'>>;
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemsArgs, 'first' | 'offset'>>;
  journalEntries?: Resolver<Array<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntriesArgs, 'first' | 'offset'>>;
  payablesAgeing?: Resolver<ResolversTypes['PayablesAgeing'], ParentType, ContextType, Partial<QueryPayablesAgeingArgs>>;
  productFamilies?: Resolver<Array<ResolversTypes['ProductFamily']>, ParentType, ContextType>;
  productFamily?: Resolver<Maybe<ResolversTypes['ProductFamily']>, ParentType, ContextType, RequireFields<QueryProductFamilyArgs, 'id'>>;
  receivablesAgeing?: Resolver<ResolversTypes['ReceivablesAgeing'], ParentType, ContextType, Partial<QueryReceivablesAgeingArgs>>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  supplierInvoice?: Resolver<Maybe<ResolversTypes['SupplierInvoice']>, ParentType, ContextType, RequireFields<QuerySupplierInvoiceArgs, 'id'>>;
  supplierInvoices?: Resolver<ResolversTypes['SupplierInvoicePage'], ParentType, ContextType, RequireFields<QuerySupplierInvoicesArgs, 'first' | 'offset'>>;
  trialBalance?: Resolver<Array<ResolversTypes['AccountBalance']>, ParentType, ContextType, Partial<QueryTrialBalanceArgs>>;
};

export type ReceivablesAgeingResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['ReceivablesAgeing'] = ResolversParentTypes['ReceivablesAgeing']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['CustomerAgeing']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['AgeingAmounts'], ParentType, ContextType>;
};

export type RoutingResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Routing'] = ResolversParentTypes['Routing']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RoutingStep']>, ParentType, ContextType>;
};

export type RoutingStepResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['RoutingStep'] = ResolversParentTypes['RoutingStep']> = {
  machines?: Resolver<Array<ResolversTypes['Machine']>, ParentType, ContextType>;
  runSecondsPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  setupMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workCenter?: Resolver<ResolversTypes['WorkCenter'], ParentType, ContextType>;
};

export type SalesOrderResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['CustomerInvoice']>, ParentType, ContextType>;
};

export type SalesOrderLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SalesOrderLine'] = ResolversParentTypes['SalesOrderLine']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SiteResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierAgeingResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SupplierAgeing'] = ResolversParentTypes['SupplierAgeing']> = {
  amounts?: Resolver<ResolversTypes['AgeingAmounts'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
};

export type SupplierInvoiceResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SupplierInvoice'] = ResolversParentTypes['SupplierInvoice'], FederationReferenceType extends FederationReferenceTypes['SupplierInvoice'] = FederationReferenceTypes['SupplierInvoice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupplierInvoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  blockReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<SupplierInvoiceDaysOverdueArgs>>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SupplierInvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['SupplierPayment']>, ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierInvoiceStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  supplierReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplierInvoiceLineResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SupplierInvoiceLine'] = ResolversParentTypes['SupplierInvoiceLine']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  blockReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['MatchBlock']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderedUnitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SupplierInvoicePageResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SupplierInvoicePage'] = ResolversParentTypes['SupplierInvoicePage']> = {
  items?: Resolver<Array<ResolversTypes['SupplierInvoice']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierPaymentResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['SupplierPayment'] = ResolversParentTypes['SupplierPayment']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WorkCenterResolvers<ContextType = ErpContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ErpContext> = {
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  AgeingAmounts?: AgeingAmountsResolvers<ContextType>;
  BillOfMaterials?: BillOfMaterialsResolvers<ContextType>;
  BillOfMaterialsLine?: BillOfMaterialsLineResolvers<ContextType>;
  BillingTerms?: BillingTermsResolvers<ContextType>;
  BomExplosionLine?: BomExplosionLineResolvers<ContextType>;
  CreditNote?: CreditNoteResolvers<ContextType>;
  CreditNoteLine?: CreditNoteLineResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAgeing?: CustomerAgeingResolvers<ContextType>;
  CustomerInvoice?: CustomerInvoiceResolvers<ContextType>;
  CustomerInvoiceLine?: CustomerInvoiceLineResolvers<ContextType>;
  CustomerInvoicePage?: CustomerInvoicePageResolvers<ContextType>;
  CustomerPayment?: CustomerPaymentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Item?: ItemResolvers<ContextType>;
  ItemPage?: ItemPageResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  Machine?: MachineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PayablesAgeing?: PayablesAgeingResolvers<ContextType>;
  ProductFamily?: ProductFamilyResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceivablesAgeing?: ReceivablesAgeingResolvers<ContextType>;
  Routing?: RoutingResolvers<ContextType>;
  RoutingStep?: RoutingStepResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SalesOrderLine?: SalesOrderLineResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierAgeing?: SupplierAgeingResolvers<ContextType>;
  SupplierInvoice?: SupplierInvoiceResolvers<ContextType>;
  SupplierInvoiceLine?: SupplierInvoiceLineResolvers<ContextType>;
  SupplierInvoicePage?: SupplierInvoicePageResolvers<ContextType>;
  SupplierPayment?: SupplierPaymentResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
};

