import type { ExceptionKind, ExceptionStatus, Severity } from './exception.rules.ts';

/**
 * One thing that needs a person (migration 20261201-0001,
 * `analytics.supply_chain_exception`): raised by the event that showed it
 * (or by the sweep when a date passed), updated when raised again,
 * acknowledged, assigned and resolved by people, or resolved by itself
 * when its condition clears. Analytics keeps its tables with SQL (its
 * package has no ORM entities), so this is the row's shape as the store
 * reads it; its `revision` column is the table trigger's and only the live
 * feed reads it.
 */
export interface SupplyChainException {
  id: string;
  kind: ExceptionKind;
  severity: Severity;
  status: ExceptionStatus;
  subjectKind: string;
  subjectId: string;
  subjectLabel: string;
  siteId: string | null;
  summary: string;
  moneyAtRisk: number | null;
  currency: string | null;
  ownerId: string | null;
  ownerRole: string;
  raisedAt: Date;
  updatedAt: Date;
  causeEventId: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  resolutionNote: string | null;
}
