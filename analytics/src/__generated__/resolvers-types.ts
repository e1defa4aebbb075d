import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupplyChainEvent as SupplyChainEventEntity } from '@plexus/events';
import type { OrderAssessment as OrderAssessmentEntity, LineAssessment as LineAssessmentEntity } from '../perfect-order/perfect-order.rules.ts';
import type { KpiPoint as KpiPointEntity, KpiContribution as KpiContributionEntity, KpiDefinition as KpiDefinitionEntity } from '../kpi/kpi-definition.ts';
import type { OperationRunReference as OperationRunReferenceEntity } from '../telemetry/telemetry.service.ts';
import type { ProjectionHealth as ProjectionHealthEntity } from '../projection/projection-health.service.ts';
import type { SupplyChainException as SupplyChainExceptionEntity } from '../exception/exception.entity.ts';
import type { ExceptionRuleView as ExceptionRuleViewEntity, ExceptionPage as ExceptionPageEntity } from '../exception/exception.service.ts';
import type { AnalyticsContext } from '../context.ts';
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
  /** A calendar date, `YYYY-MM-DD` (UTC days). */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date; }
  /** Free-form event details, as recorded by the system that emitted the event. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type DowntimeReason = {
  __typename?: 'DowntimeReason';
  occurrences: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  seconds: Scalars['Float']['output'];
  /** DOWN (unplanned) or IDLE. */
  state: Scalars['String']['output'];
};

/** Restricts the inbox; every list is any of its values, omitted is all. */
export type ExceptionFilter = {
  kind?: InputMaybe<Array<ExceptionKind>>;
  severity?: InputMaybe<Array<ExceptionSeverity>>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ExceptionStatus>>;
};

/** What an exception is about. */
export type ExceptionKind =
  /** A machine down (unplanned). */
  | 'MACHINE_DOWN'
  /** A sales order the live schedule finishes after its promised date. */
  | 'ORDER_AT_RISK'
  /** A sales order past its promised date and not shipped in full. */
  | 'ORDER_LATE'
  /** A purchase order past the supplier's confirmed (latest promised, else requested) date and not received in full. */
  | 'PURCHASE_ORDER_LATE'
  /** A lot on quality hold. */
  | 'QUALITY_HOLD'
  /** An item a warehouse count found out of stock. */
  | 'STOCK_OUT';

/**
 * When a kind of exception is raised and how severe it is: the condition's measure (days late,
 * minutes down, money) at or above `raiseAt` raises it; severity is MEDIUM from `mediumAt`, HIGH from
 * `highAt`, CRITICAL from `criticalAt`, else LOW.
 */
export type ExceptionRule = {
  __typename?: 'ExceptionRule';
  /** Roles that may acknowledge, assign and resolve exceptions of the kind. */
  actorRoles: Array<Scalars['String']['output']>;
  criticalAt: Scalars['Float']['output'];
  enabled: Scalars['Boolean']['output'];
  highAt: Scalars['Float']['output'];
  kind: ExceptionKind;
  mediumAt: Scalars['Float']['output'];
  /** Whose inbox new exceptions of the kind land in: one of actorRoles. */
  ownerRole: Scalars['String']['output'];
  raiseAt: Scalars['Float']['output'];
  unit: ExceptionRuleUnit;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null while it is the default. */
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type ExceptionRuleInput = {
  criticalAt: Scalars['Float']['input'];
  enabled: Scalars['Boolean']['input'];
  highAt: Scalars['Float']['input'];
  kind: ExceptionKind;
  mediumAt: Scalars['Float']['input'];
  ownerRole: Scalars['String']['input'];
  raiseAt: Scalars['Float']['input'];
};

/** The measure a kind's thresholds are in. */
export type ExceptionRuleUnit =
  | 'DAYS'
  | 'MINUTES'
  | 'MONEY';

export type ExceptionSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ExceptionSeverityCount = {
  __typename?: 'ExceptionSeverityCount';
  count: Scalars['Int']['output'];
  severity: ExceptionSeverity;
};

/** OPEN → ACKNOWLEDGED → RESOLVED; resolved by a person, or by itself when its condition clears. */
export type ExceptionStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

/** The kind of record an exception is about, so a client links to its page. */
export type ExceptionSubjectKind =
  | 'ITEM'
  | 'LOT'
  | 'MACHINE'
  | 'PURCHASE_ORDER'
  | 'SALES_ORDER';

/** How empty telemetry buckets are filled. */
export type GapFill =
  /** Linear interpolation between the neighbouring known values, looking as far before `from` and after `to`. */
  | 'LINEAR'
  /** Empty buckets are returned with null values. */
  | 'NONE'
  /** The last known value carried forward, from up to a day (or one bucket, if wider) before `from`. */
  | 'PREVIOUS';

/** Calendar periods, UTC; weeks start on Monday (ISO 8601). */
export type Grain =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** Inventory turns of one item (KPIS.md): COGS at standard cost over the average daily inventory value. */
export type InventoryTurns = {
  __typename?: 'InventoryTurns';
  /** turns × 365 / days. */
  annualisedTurns: Maybe<Scalars['Float']['output']>;
  averageInventoryValue: Scalars['Float']['output'];
  costOfGoodsSold: Scalars['Float']['output'];
  days: Scalars['Int']['output'];
  /** days / turns. */
  daysOfInventory: Maybe<Scalars['Float']['output']>;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
  /** Turns in the period; null without inventory. */
  turns: Maybe<Scalars['Float']['output']>;
};

export type Item = {
  __typename?: 'Item';
  id: Scalars['ID']['output'];
  inventoryTurns: InventoryTurns;
};


export type ItemInventoryTurnsArgs = {
  from: Scalars['Date']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};

/**
 * One record behind a KPI value: an order, order line, purchase order line, work order,
 * machine or item, with what it contributed and why it failed.
 */
export type KpiContribution = {
  __typename?: 'KpiContribution';
  denominator: Scalars['Float']['output'];
  /** Human-facing: order number and line, PO number, machine id, SKU … */
  label: Scalars['String']['output'];
  numerator: Scalars['Float']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
  /** Whether it met the KPI's condition; null for KPIs that are not pass/fail (cycle time, turns). */
  passed: Maybe<Scalars['Boolean']['output']>;
  /** Why it failed, e.g. LATE, SHORT, DAMAGE_CLAIM. */
  reasons: Array<Scalars['String']['output']>;
  subjectId: Scalars['ID']['output'];
  subjectType: Scalars['String']['output'];
  time: Maybe<Scalars['DateTime']['output']>;
};

export type KpiContributionPage = {
  __typename?: 'KpiContributionPage';
  items: Array<KpiContribution>;
  totalCount: Scalars['Int']['output'];
};

export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  description: Scalars['String']['output'];
  /** The filters this KPI accepts. */
  filters: Array<Scalars['String']['output']>;
  higherIsBetter: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  name: KpiName;
  target: Maybe<Scalars['Float']['output']>;
  unit: KpiUnit;
};

/**
 * Restricts a KPI to one site, item, customer, supplier, machine or work center. A KPI
 * refuses a filter that does not apply to it (e.g. a machine for perfect order) with BAD_USER_INPUT.
 */
export type KpiFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  machineId?: InputMaybe<Scalars['ID']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** The KPIs of KPIS.md. Rates are fractions (0.918, not 91.8). */
export type KpiName =
  /** Open order quantity still to ship (not cancelled) by commit date. */
  | 'BACKLOG_QUANTITY'
  /** Open order value at order price by commit date. */
  | 'BACKLOG_VALUE'
  /** SCOR AM.1.1 cash-to-cash cycle time: days of inventory + days sales outstanding − days payable outstanding, in days. */
  | 'CASH_TO_CASH'
  /** Days of inventory outstanding: days in period / turns (not annualised). */
  | 'DAYS_OF_INVENTORY'
  /** Average open supplier invoices over the period's days / (annualised material cost invoiced by suppliers / 365). */
  | 'DAYS_PAYABLE_OUTSTANDING'
  /** Average open customer invoices over the period's days / (annualised invoiced revenue / 365). */
  | 'DAYS_SALES_OUTSTANDING'
  /** Units passing every inspection of their work order without rework or concession / units inspected. */
  | 'FIRST_PASS_YIELD'
  /** Share of incoming inspections accepted at the first inspection. */
  | 'INCOMING_FIRST_PASS_ACCEPTANCE'
  /** COGS of the period over average daily inventory value, annualised. */
  | 'INVENTORY_TURNS'
  /** ISO 22400-2 OEE: availability × performance × quality. */
  | 'OEE'
  | 'OEE_AVAILABILITY'
  | 'OEE_PERFORMANCE'
  | 'OEE_QUALITY'
  /** Median of proof-of-delivery time minus placement time, in days, of orders delivered in the period. */
  | 'ORDER_FULFILMENT_CYCLE_TIME_MEDIAN'
  /** 90th percentile of the same, in days. */
  | 'ORDER_FULFILMENT_CYCLE_TIME_P90'
  /** Order lines (or quantity, per settings) delivered in full by the reference date. */
  | 'OTIF'
  /** SCOR RL.2.3. */
  | 'PERFECT_ORDER_DAMAGE_FREE'
  /** SCOR RL.2.4. */
  | 'PERFECT_ORDER_DOCUMENTATION_ACCURATE'
  /** SCOR RL.2.2. */
  | 'PERFECT_ORDER_IN_FULL'
  /** SCOR RL.2.1 over the same orders as the perfect order rate. */
  | 'PERFECT_ORDER_ON_TIME'
  /** SCOR RL.1.1: orders due in the period delivered on time, in full, damage free, accurately documented. */
  | 'PERFECT_ORDER_RATE'
  /** Work orders completed by their scheduled end / work orders completed. */
  | 'SCHEDULE_ADHERENCE'
  /** Purchase order lines received in full by the supplier's first confirmed date (requested date when never confirmed), by quantity: a split receipt is late only for the late part. */
  | 'SUPPLIER_ON_TIME_DELIVERY'
  /** Purchase order lines received in full by that date, by line. */
  | 'SUPPLIER_ON_TIME_IN_FULL'
  /** Rejected quantity per million received. */
  | 'SUPPLIER_PPM';

/** One period of a KPI series. For ratios value = numerator / denominator; null when nothing was due. */
export type KpiPoint = {
  __typename?: 'KpiPoint';
  denominator: Scalars['Float']['output'];
  numerator: Scalars['Float']['output'];
  /** Last day of the period (inclusive). */
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  value: Maybe<Scalars['Float']['output']>;
};

export type KpiSeries = {
  __typename?: 'KpiSeries';
  grain: Grain;
  label: Scalars['String']['output'];
  name: KpiName;
  /** One point per period from the period containing `from` to the one containing `to`, empty periods included. */
  points: Array<KpiPoint>;
  unit: KpiUnit;
};

/** A dashboard tile: the current period (to date), the one before, the target and the trend. */
export type KpiSnapshot = {
  __typename?: 'KpiSnapshot';
  /** current.value − previous.value; null when either is null. */
  change: Maybe<Scalars['Float']['output']>;
  current: KpiPoint;
  higherIsBetter: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  name: KpiName;
  previous: KpiPoint;
  status: KpiStatus;
  target: Maybe<Scalars['Float']['output']>;
  /** The last twelve periods, oldest first, ending with the current one. */
  trend: Array<KpiPoint>;
  unit: KpiUnit;
};

/** ON_TARGET / OFF_TARGET only against a target (KPIS.md). */
export type KpiStatus =
  /** Nothing counted in the period. */
  | 'NO_DATA'
  /** The KPI has no target to be on or off. */
  | 'NO_TARGET'
  | 'OFF_TARGET'
  | 'ON_TARGET';

export type KpiUnit =
  | 'CURRENCY'
  | 'DAYS'
  | 'PPM'
  | 'QUANTITY'
  | 'RATIO'
  | 'TURNS';

/** A machine on the shop floor. Owned by mes once it exists; analytics adds its telemetry and OEE. */
export type Machine = {
  __typename?: 'Machine';
  /** Unplanned downtime and idle time in [from, to), longest first. */
  downtimeReasons: Array<DowntimeReason>;
  id: Scalars['ID']['output'];
  /**
   * ISO 22400-2 OEE per whole `grain` period overlapping [from, to), oldest first (periods are never cut
   * at `from` or `to`, so points of different requests compare); the state in force at a period's start
   * is the machine's last change before it, and its current state counts up to now. At most 10,000 points.
   */
  oee: Array<OeePoint>;
  /**
   * Readings of one metric in buckets of `bucketSeconds` over [from, to): hourly and daily buckets
   * read the continuous aggregates. At most 10,000 buckets.
   */
  telemetry: Array<TelemetryPoint>;
};


/** A machine on the shop floor. Owned by mes once it exists; analytics adds its telemetry and OEE. */
export type MachineDowntimeReasonsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A machine on the shop floor. Owned by mes once it exists; analytics adds its telemetry and OEE. */
export type MachineOeeArgs = {
  from: Scalars['DateTime']['input'];
  grain?: InputMaybe<OeeGrain>;
  to: Scalars['DateTime']['input'];
};


/** A machine on the shop floor. Owned by mes once it exists; analytics adds its telemetry and OEE. */
export type MachineTelemetryArgs = {
  bucketSeconds: Scalars['Int']['input'];
  fill?: InputMaybe<GapFill>;
  from: Scalars['DateTime']['input'];
  metric: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Takes an open exception on (the kind's roles); CONFLICT unless it is OPEN. */
  acknowledgeException: SupplyChainException;
  /** Makes a user its owner; CONFLICT once resolved. */
  assignException: SupplyChainException;
  /**
   * Stores a batch of readings; invalid points are rejected one by one, duplicates are skipped. Gateways
   * streaming large batches use the NDJSON endpoint instead (gzip accepted, body limit
   * PLEXUS_TELEMETRY_MAX_BODY_BYTES).
   */
  ingestTelemetry: TelemetryIngestResult;
  /** Closes it with an optional note; CONFLICT once resolved. */
  resolveException: SupplyChainException;
  /** Applies a set-aside event to its projection again (administrators only); NOT_FOUND unless it is set aside there. */
  retrySetAsideEvent: SetAsideEventRetry;
  /** Changes a kind's rule (planners, administrators); it applies from the next event or sweep. */
  setExceptionRule: ExceptionRule;
};


export type MutationAcknowledgeExceptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignExceptionArgs = {
  id: Scalars['ID']['input'];
  ownerId: Scalars['String']['input'];
};


export type MutationIngestTelemetryArgs = {
  points: Array<TelemetryPointInput>;
};


export type MutationResolveExceptionArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetrySetAsideEventArgs = {
  eventId: Scalars['ID']['input'];
  projection: Scalars['String']['input'];
};


export type MutationSetExceptionRuleArgs = {
  input: ExceptionRuleInput;
};

/** OEE granularity: shifts are 06:00–14:00, 14:00–22:00 and 22:00–06:00 UTC. */
export type OeeGrain =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'SHIFT'
  | 'WEEK';

export type OeePoint = {
  __typename?: 'OeePoint';
  availability: Maybe<Scalars['Float']['output']>;
  goodQuantity: Scalars['Float']['output'];
  /** Σ ideal cycle time × units produced (good and scrap): the time the run would have taken at the ideal rate; performance = idealSeconds / runSeconds. */
  idealSeconds: Scalars['Float']['output'];
  oee: Maybe<Scalars['Float']['output']>;
  performance: Maybe<Scalars['Float']['output']>;
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  plannedBusySeconds: Scalars['Float']['output'];
  quality: Maybe<Scalars['Float']['output']>;
  runSeconds: Scalars['Float']['output'];
  totalQuantity: Scalars['Float']['output'];
};

/** An operation of a work order on a machine. Owned by mes; analytics adds what its machine's sensors read while it ran. */
export type OperationRun = {
  __typename?: 'OperationRun';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  machine: Maybe<Machine>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Readings of one metric from the run's machine while the run lasted (from its start to its completion,
   * or to now while it runs), in buckets of `bucketSeconds` (a minute unless told); empty before it starts.
   * Every run of a request asking the same metric and bucket width shares one statement. At most 10,000 buckets.
   */
  telemetry: Array<TelemetryPoint>;
};


/** An operation of a work order on a machine. Owned by mes; analytics adds what its machine's sensors read while it ran. */
export type OperationRunTelemetryArgs = {
  bucketSeconds?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
};

export type OtifGrain =
  /** A line counts 1 when delivered in full by its date. */
  | 'LINE'
  /** Each line counts by its ordered quantity; on-time quantity up to the ordered quantity counts. */
  | 'QUANTITY';

export type OtifReferenceDate =
  /** The promised date, falling back to the requested date. */
  | 'COMMITTED'
  | 'REQUESTED';

/**
 * OTIF has no single standard, so its choices are explicit (KPIS.md): the defaults are
 * line grain, committed date, no early limit, over-delivery fails.
 */
export type OtifSettings = {
  /** Deliveries more than this many days before the reference date are not on time; null: no limit. */
  earlyDays?: InputMaybe<Scalars['Int']['input']>;
  grain?: InputMaybe<OtifGrain>;
  overDeliveryFails?: InputMaybe<Scalars['Boolean']['input']>;
  referenceDate?: InputMaybe<OtifReferenceDate>;
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
  /** Cancelled while due: by the company, or by the customer after the commit date had passed. */
  | 'CANCELLED'
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

/** How far one of analytics' projections (the read models behind the KPIs) has followed the event stream. */
export type ProjectionHealth = {
  __typename?: 'ProjectionHealth';
  /** Events consumed so far, applied or set aside. */
  eventsApplied: Scalars['Float']['output'];
  /** Events of its types committed and not yet applied. */
  lag: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Events it could not apply, newest first. */
  setAsideEvents: Array<SetAsideEvent>;
  /** When it last applied an event or refreshed its rollups; null before its first. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type Query = {
  __typename?: 'Query';
  exception: Maybe<SupplyChainException>;
  /** The rule of every kind, defaults included. */
  exceptionRules: Array<ExceptionRule>;
  /** The exception inbox: site-scoped viewers see their sites' only. `first` 1–200. */
  exceptions: SupplyChainExceptionPage;
  /** A KPI over [from, to] (inclusive days), one point per period. */
  kpi: KpiSeries;
  /** The records behind a KPI over [from, to]: by default only those that failed, with reasons. */
  kpiContributions: KpiContributionPage;
  kpiDefinitions: Array<KpiDefinition>;
  /** Dashboard tiles for the period containing `asOf` (default today); all KPIs when `names` is omitted. */
  kpiSnapshot: Array<KpiSnapshot>;
  /** A machine known to analytics from its telemetry or state events. */
  machine: Maybe<Machine>;
  /** Every projection's lag and the events it set aside (analysts and administrators). */
  projectionHealth: Array<ProjectionHealth>;
  /** The newest events, newest first. */
  recentEvents: Array<SupplyChainEvent>;
  /** The metrics telemetry ingest accepts. */
  telemetryMetrics: Array<TelemetryMetric>;
};


export type QueryExceptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExceptionsArgs = {
  filter?: InputMaybe<ExceptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKpiArgs = {
  filter?: InputMaybe<KpiFilter>;
  from: Scalars['Date']['input'];
  grain?: InputMaybe<Grain>;
  name: KpiName;
  otif?: InputMaybe<OtifSettings>;
  to: Scalars['Date']['input'];
};


export type QueryKpiContributionsArgs = {
  filter?: InputMaybe<KpiFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  name: KpiName;
  offset?: InputMaybe<Scalars['Int']['input']>;
  onlyFailing?: InputMaybe<Scalars['Boolean']['input']>;
  otif?: InputMaybe<OtifSettings>;
  to: Scalars['Date']['input'];
};


export type QueryKpiSnapshotArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<KpiFilter>;
  grain?: InputMaybe<Grain>;
  names?: InputMaybe<Array<KpiName>>;
};


export type QueryMachineArgs = {
  id: Scalars['ID']['input'];
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

/**
 * One event a projection could not apply, set aside with its error so the projection (and every other)
 * kept going; an administrator retries it once the cause is fixed.
 */
export type SetAsideEvent = {
  __typename?: 'SetAsideEvent';
  error: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  setAsideAt: Scalars['DateTime']['output'];
  type: Scalars['String']['output'];
};

export type SetAsideEventRetry = {
  __typename?: 'SetAsideEventRetry';
  /** True when the event applied this time (it is no longer set aside). */
  applied: Scalars['Boolean']['output'];
  /** Why it failed again; null when it applied. */
  error: Maybe<Scalars['String']['output']>;
  projection: ProjectionHealth;
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

/**
 * Something in the supply chain that needs a person, raised from the event that showed it (or
 * when a date passed), at most one not resolved per kind, subject and site.
 */
export type SupplyChainException = {
  __typename?: 'SupplyChainException';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may acknowledge, assign and resolve it (its kind's roles; administrators). */
  actionable: Scalars['Boolean']['output'];
  /** The event that raised it or last changed it; null when the sweep found it. */
  causeEventId: Maybe<Scalars['ID']['output']>;
  currency: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ExceptionKind;
  /** Open order value (orders, POs), or value at standard cost held (lots) or demanded (stock-outs); null when not known (machines). */
  moneyAtRisk: Maybe<Scalars['Float']['output']>;
  /** The user assigned; null until someone is. */
  ownerId: Maybe<Scalars['String']['output']>;
  /** The role whose inbox it lands in until someone is assigned. */
  ownerRole: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  resolutionNote: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null when it resolved by itself. */
  resolvedBy: Maybe<Scalars['String']['output']>;
  severity: ExceptionSeverity;
  siteId: Maybe<Scalars['ID']['output']>;
  status: ExceptionStatus;
  /** The sales order, purchase order, machine, lot or item. */
  subjectId: Scalars['ID']['output'];
  subjectKind: ExceptionSubjectKind;
  /** Order or PO number, machine code, lot number, SKU. */
  subjectLabel: Scalars['String']['output'];
  /** What the rule found, in a sentence. */
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SupplyChainExceptionPage = {
  __typename?: 'SupplyChainExceptionPage';
  /** Exceptions matching the filter per severity (every page). */
  bySeverity: Array<ExceptionSeverityCount>;
  /** Most severe first, then newest. */
  items: Array<SupplyChainException>;
  totalCount: Scalars['Int']['output'];
};

export type TelemetryIngestResult = {
  __typename?: 'TelemetryIngestResult';
  /** Valid points already stored earlier (a resent batch). */
  duplicates: Scalars['Int']['output'];
  rejected: Array<TelemetryRejection>;
  /** Points new to the store. */
  stored: Scalars['Int']['output'];
};

export type TelemetryMetric = {
  __typename?: 'TelemetryMetric';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export type TelemetryPoint = {
  __typename?: 'TelemetryPoint';
  avg: Maybe<Scalars['Float']['output']>;
  /** Readings in the bucket; 0 for a filled gap. */
  count: Scalars['Int']['output'];
  /** True when the values were filled, not measured. */
  filled: Scalars['Boolean']['output'];
  /** The last reading in the bucket. */
  last: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  /** Start of the bucket. */
  time: Scalars['DateTime']['output'];
};

/**
 * One reading. Fields are loosely typed on purpose: each point is validated on its own, so one
 * bad point is reported by index and the rest are stored.
 */
export type TelemetryPointInput = {
  machineId: Scalars['String']['input'];
  /** temperature, pressure, speed, state, … (see telemetryMetrics). */
  metric: Scalars['String']['input'];
  /** ISO 8601. */
  time: Scalars['String']['input'];
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type TelemetryRejection = {
  __typename?: 'TelemetryRejection';
  /** Position of the point in the batch, from 0. */
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
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
  Machine: Machine;
  OperationRun: OperationRun;
  SalesOrder: SalesOrder;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  Machine:
    ( { __typename: 'Machine' }
    & GraphQLRecursivePick<FederationTypes['Machine'], {"id":true}> );
  OperationRun:
    ( { __typename: 'OperationRun' }
    & GraphQLRecursivePick<FederationTypes['OperationRun'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['OperationRun'], {"machine":{"id":true},"startedAt":true,"completedAt":true}> ) );
  SalesOrder:
    ( { __typename: 'SalesOrder' }
    & GraphQLRecursivePick<FederationTypes['SalesOrder'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DowntimeReason: ResolverTypeWrapper<DowntimeReason>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExceptionFilter: ExceptionFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ExceptionKind: ExceptionKind;
  ExceptionRule: ResolverTypeWrapper<ExceptionRuleViewEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ExceptionRuleInput: ExceptionRuleInput;
  ExceptionRuleUnit: ExceptionRuleUnit;
  ExceptionSeverity: ExceptionSeverity;
  ExceptionSeverityCount: ResolverTypeWrapper<ExceptionSeverityCount>;
  ExceptionStatus: ExceptionStatus;
  ExceptionSubjectKind: ExceptionSubjectKind;
  GapFill: GapFill;
  Grain: Grain;
  InventoryTurns: ResolverTypeWrapper<InventoryTurns>;
  Item: ResolverTypeWrapper<{ id: string }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KpiContribution: ResolverTypeWrapper<KpiContributionEntity>;
  KpiContributionPage: ResolverTypeWrapper<Omit<KpiContributionPage, 'items'> & { items: Array<ResolversTypes['KpiContribution']> }>;
  KpiDefinition: ResolverTypeWrapper<KpiDefinitionEntity>;
  KpiFilter: KpiFilter;
  KpiName: KpiName;
  KpiPoint: ResolverTypeWrapper<KpiPointEntity>;
  KpiSeries: ResolverTypeWrapper<Omit<KpiSeries, 'points'> & { points: Array<ResolversTypes['KpiPoint']> }>;
  KpiSnapshot: ResolverTypeWrapper<Omit<KpiSnapshot, 'current' | 'previous' | 'trend'> & { current: ResolversTypes['KpiPoint'], previous: ResolversTypes['KpiPoint'], trend: Array<ResolversTypes['KpiPoint']> }>;
  KpiStatus: KpiStatus;
  KpiUnit: KpiUnit;
  Machine: ResolverTypeWrapper<{ id: string }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OeeGrain: OeeGrain;
  OeePoint: ResolverTypeWrapper<OeePoint>;
  OperationRun: ResolverTypeWrapper<OperationRunReferenceEntity>;
  OtifGrain: OtifGrain;
  OtifReferenceDate: OtifReferenceDate;
  OtifSettings: OtifSettings;
  PerfectOrder: ResolverTypeWrapper<OrderAssessmentEntity>;
  PerfectOrderLine: ResolverTypeWrapper<LineAssessmentEntity>;
  PerfectOrderReason: PerfectOrderReason;
  ProjectionHealth: ResolverTypeWrapper<ProjectionHealthEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesOrder: ResolverTypeWrapper<{ id: string }>;
  SetAsideEvent: ResolverTypeWrapper<SetAsideEvent>;
  SetAsideEventRetry: ResolverTypeWrapper<Omit<SetAsideEventRetry, 'projection'> & { projection: ResolversTypes['ProjectionHealth'] }>;
  SupplyChainEvent: ResolverTypeWrapper<SupplyChainEventEntity>;
  SupplyChainException: ResolverTypeWrapper<SupplyChainExceptionEntity>;
  SupplyChainExceptionPage: ResolverTypeWrapper<ExceptionPageEntity>;
  TelemetryIngestResult: ResolverTypeWrapper<TelemetryIngestResult>;
  TelemetryMetric: ResolverTypeWrapper<TelemetryMetric>;
  TelemetryPoint: ResolverTypeWrapper<TelemetryPoint>;
  TelemetryPointInput: TelemetryPointInput;
  TelemetryRejection: ResolverTypeWrapper<TelemetryRejection>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DowntimeReason: DowntimeReason;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  ExceptionFilter: ExceptionFilter;
  ID: Scalars['ID']['output'];
  ExceptionRule: ExceptionRuleViewEntity;
  Boolean: Scalars['Boolean']['output'];
  ExceptionRuleInput: ExceptionRuleInput;
  ExceptionSeverityCount: ExceptionSeverityCount;
  InventoryTurns: InventoryTurns;
  Item: { id: string };
  JSON: Scalars['JSON']['output'];
  KpiContribution: KpiContributionEntity;
  KpiContributionPage: Omit<KpiContributionPage, 'items'> & { items: Array<ResolversParentTypes['KpiContribution']> };
  KpiDefinition: KpiDefinitionEntity;
  KpiFilter: KpiFilter;
  KpiPoint: KpiPointEntity;
  KpiSeries: Omit<KpiSeries, 'points'> & { points: Array<ResolversParentTypes['KpiPoint']> };
  KpiSnapshot: Omit<KpiSnapshot, 'current' | 'previous' | 'trend'> & { current: ResolversParentTypes['KpiPoint'], previous: ResolversParentTypes['KpiPoint'], trend: Array<ResolversParentTypes['KpiPoint']> };
  Machine: { id: string };
  Mutation: Record<PropertyKey, never>;
  OeePoint: OeePoint;
  OperationRun: OperationRunReferenceEntity;
  OtifSettings: OtifSettings;
  PerfectOrder: OrderAssessmentEntity;
  PerfectOrderLine: LineAssessmentEntity;
  ProjectionHealth: ProjectionHealthEntity;
  Query: Record<PropertyKey, never>;
  SalesOrder: { id: string };
  SetAsideEvent: SetAsideEvent;
  SetAsideEventRetry: Omit<SetAsideEventRetry, 'projection'> & { projection: ResolversParentTypes['ProjectionHealth'] };
  SupplyChainEvent: SupplyChainEventEntity;
  SupplyChainException: SupplyChainExceptionEntity;
  SupplyChainExceptionPage: ExceptionPageEntity;
  TelemetryIngestResult: TelemetryIngestResult;
  TelemetryMetric: TelemetryMetric;
  TelemetryPoint: TelemetryPoint;
  TelemetryPointInput: TelemetryPointInput;
  TelemetryRejection: TelemetryRejection;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DowntimeReasonResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DowntimeReason'] = ResolversParentTypes['DowntimeReason']> = {
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExceptionRuleResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ExceptionRule'] = ResolversParentTypes['ExceptionRule']> = {
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  criticalAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  highAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExceptionKind'], ParentType, ContextType>;
  mediumAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ownerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raiseAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ExceptionRuleUnit'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExceptionSeverityCountResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ExceptionSeverityCount'] = ResolversParentTypes['ExceptionSeverityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ExceptionSeverity'], ParentType, ContextType>;
};

export type InventoryTurnsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['InventoryTurns'] = ResolversParentTypes['InventoryTurns']> = {
  annualisedTurns?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageInventoryValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costOfGoodsSold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysOfInventory?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  turns?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ItemResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventoryTurns?: Resolver<ResolversTypes['InventoryTurns'], ParentType, ContextType, RequireFields<ItemInventoryTurnsArgs, 'from' | 'to'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KpiContributionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiContribution'] = ResolversParentTypes['KpiContribution']> = {
  denominator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  passed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type KpiContributionPageResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiContributionPage'] = ResolversParentTypes['KpiContributionPage']> = {
  items?: Resolver<Array<ResolversTypes['KpiContribution']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiDefinitionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiDefinition'] = ResolversParentTypes['KpiDefinition']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['KpiName'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
};

export type KpiPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint']> = {
  denominator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type KpiSeriesResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiSeries'] = ResolversParentTypes['KpiSeries']> = {
  grain?: Resolver<ResolversTypes['Grain'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['KpiName'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
};

export type KpiSnapshotResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['KpiSnapshot'] = ResolversParentTypes['KpiSnapshot']> = {
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['KpiPoint'], ParentType, ContextType>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['KpiName'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['KpiPoint'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KpiStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
};

export type MachineResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Machine'] = ResolversParentTypes['Machine'], FederationReferenceType extends FederationReferenceTypes['Machine'] = FederationReferenceTypes['Machine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Machine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  downtimeReasons?: Resolver<Array<ResolversTypes['DowntimeReason']>, ParentType, ContextType, RequireFields<MachineDowntimeReasonsArgs, 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  oee?: Resolver<Array<ResolversTypes['OeePoint']>, ParentType, ContextType, RequireFields<MachineOeeArgs, 'from' | 'grain' | 'to'>>;
  telemetry?: Resolver<Array<ResolversTypes['TelemetryPoint']>, ParentType, ContextType, RequireFields<MachineTelemetryArgs, 'bucketSeconds' | 'fill' | 'from' | 'metric' | 'to'>>;
};

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeException?: Resolver<ResolversTypes['SupplyChainException'], ParentType, ContextType, RequireFields<MutationAcknowledgeExceptionArgs, 'id'>>;
  assignException?: Resolver<ResolversTypes['SupplyChainException'], ParentType, ContextType, RequireFields<MutationAssignExceptionArgs, 'id' | 'ownerId'>>;
  ingestTelemetry?: Resolver<ResolversTypes['TelemetryIngestResult'], ParentType, ContextType, RequireFields<MutationIngestTelemetryArgs, 'points'>>;
  resolveException?: Resolver<ResolversTypes['SupplyChainException'], ParentType, ContextType, RequireFields<MutationResolveExceptionArgs, 'id'>>;
  retrySetAsideEvent?: Resolver<ResolversTypes['SetAsideEventRetry'], ParentType, ContextType, RequireFields<MutationRetrySetAsideEventArgs, 'eventId' | 'projection'>>;
  setExceptionRule?: Resolver<ResolversTypes['ExceptionRule'], ParentType, ContextType, RequireFields<MutationSetExceptionRuleArgs, 'input'>>;
};

export type OeePointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['OeePoint'] = ResolversParentTypes['OeePoint']> = {
  availability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  goodQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  idealSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  oee?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plannedBusySeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  runSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalQuantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OperationRunResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['OperationRun'] = ResolversParentTypes['OperationRun'], FederationReferenceType extends FederationReferenceTypes['OperationRun'] = FederationReferenceTypes['OperationRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OperationRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  telemetry?: Resolver<Array<ResolversTypes['TelemetryPoint']>, ParentType, ContextType, RequireFields<OperationRunTelemetryArgs, 'bucketSeconds' | 'metric'>>;
};

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

export type ProjectionHealthResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ProjectionHealth'] = ResolversParentTypes['ProjectionHealth']> = {
  eventsApplied?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lag?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setAsideEvents?: Resolver<Array<ResolversTypes['SetAsideEvent']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exception?: Resolver<Maybe<ResolversTypes['SupplyChainException']>, ParentType, ContextType, RequireFields<QueryExceptionArgs, 'id'>>;
  exceptionRules?: Resolver<Array<ResolversTypes['ExceptionRule']>, ParentType, ContextType>;
  exceptions?: Resolver<ResolversTypes['SupplyChainExceptionPage'], ParentType, ContextType, RequireFields<QueryExceptionsArgs, 'first' | 'offset'>>;
  kpi?: Resolver<ResolversTypes['KpiSeries'], ParentType, ContextType, RequireFields<QueryKpiArgs, 'from' | 'grain' | 'name' | 'to'>>;
  kpiContributions?: Resolver<ResolversTypes['KpiContributionPage'], ParentType, ContextType, RequireFields<QueryKpiContributionsArgs, 'first' | 'from' | 'name' | 'offset' | 'onlyFailing' | 'to'>>;
  kpiDefinitions?: Resolver<Array<ResolversTypes['KpiDefinition']>, ParentType, ContextType>;
  kpiSnapshot?: Resolver<Array<ResolversTypes['KpiSnapshot']>, ParentType, ContextType, RequireFields<QueryKpiSnapshotArgs, 'grain'>>;
  machine?: Resolver<Maybe<ResolversTypes['Machine']>, ParentType, ContextType, RequireFields<QueryMachineArgs, 'id'>>;
  projectionHealth?: Resolver<Array<ResolversTypes['ProjectionHealth']>, ParentType, ContextType>;
  recentEvents?: Resolver<Array<ResolversTypes['SupplyChainEvent']>, ParentType, ContextType, RequireFields<QueryRecentEventsArgs, 'first'>>;
  telemetryMetrics?: Resolver<Array<ResolversTypes['TelemetryMetric']>, ParentType, ContextType>;
};

export type SalesOrderResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SalesOrder'] = ResolversParentTypes['SalesOrder'], FederationReferenceType extends FederationReferenceTypes['SalesOrder'] = FederationReferenceTypes['SalesOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SalesOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  perfectOrder?: Resolver<Maybe<ResolversTypes['PerfectOrder']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<Array<ResolversTypes['SupplyChainEvent']>>, ParentType, ContextType>;
};

export type SetAsideEventResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SetAsideEvent'] = ResolversParentTypes['SetAsideEvent']> = {
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  setAsideAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetAsideEventRetryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SetAsideEventRetry'] = ResolversParentTypes['SetAsideEventRetry']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projection?: Resolver<ResolversTypes['ProjectionHealth'], ParentType, ContextType>;
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

export type SupplyChainExceptionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SupplyChainException'] = ResolversParentTypes['SupplyChainException']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actionable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  causeEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExceptionKind'], ParentType, ContextType>;
  moneyAtRisk?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ExceptionSeverity'], ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExceptionStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['ExceptionSubjectKind'], ParentType, ContextType>;
  subjectLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupplyChainExceptionPageResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SupplyChainExceptionPage'] = ResolversParentTypes['SupplyChainExceptionPage']> = {
  bySeverity?: Resolver<Array<ResolversTypes['ExceptionSeverityCount']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SupplyChainException']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TelemetryIngestResultResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TelemetryIngestResult'] = ResolversParentTypes['TelemetryIngestResult']> = {
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['TelemetryRejection']>, ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TelemetryMetricResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TelemetryMetric'] = ResolversParentTypes['TelemetryMetric']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TelemetryPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TelemetryPoint'] = ResolversParentTypes['TelemetryPoint']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TelemetryRejectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TelemetryRejection'] = ResolversParentTypes['TelemetryRejection']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DowntimeReason?: DowntimeReasonResolvers<ContextType>;
  ExceptionRule?: ExceptionRuleResolvers<ContextType>;
  ExceptionSeverityCount?: ExceptionSeverityCountResolvers<ContextType>;
  InventoryTurns?: InventoryTurnsResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KpiContribution?: KpiContributionResolvers<ContextType>;
  KpiContributionPage?: KpiContributionPageResolvers<ContextType>;
  KpiDefinition?: KpiDefinitionResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  KpiSeries?: KpiSeriesResolvers<ContextType>;
  KpiSnapshot?: KpiSnapshotResolvers<ContextType>;
  Machine?: MachineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OeePoint?: OeePointResolvers<ContextType>;
  OperationRun?: OperationRunResolvers<ContextType>;
  PerfectOrder?: PerfectOrderResolvers<ContextType>;
  PerfectOrderLine?: PerfectOrderLineResolvers<ContextType>;
  ProjectionHealth?: ProjectionHealthResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesOrder?: SalesOrderResolvers<ContextType>;
  SetAsideEvent?: SetAsideEventResolvers<ContextType>;
  SetAsideEventRetry?: SetAsideEventRetryResolvers<ContextType>;
  SupplyChainEvent?: SupplyChainEventResolvers<ContextType>;
  SupplyChainException?: SupplyChainExceptionResolvers<ContextType>;
  SupplyChainExceptionPage?: SupplyChainExceptionPageResolvers<ContextType>;
  TelemetryIngestResult?: TelemetryIngestResultResolvers<ContextType>;
  TelemetryMetric?: TelemetryMetricResolvers<ContextType>;
  TelemetryPoint?: TelemetryPointResolvers<ContextType>;
  TelemetryRejection?: TelemetryRejectionResolvers<ContextType>;
};

