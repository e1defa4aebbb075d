import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { exceptionKinds, exceptionStatuses, severities } from './exception.rules.ts';

/**
 * One thing that needs a person (migration 20261201-0001): raised by the
 * event that showed it (or by the sweep when a date passed), updated when
 * raised again, acknowledged, assigned and resolved by people, or resolved
 * by itself when its condition clears. Its `revision` column is the table
 * trigger's (set on every change) and only the live feed reads it.
 */
export const SupplyChainExceptionSchema = defineEntity({
  name: 'SupplyChainException',
  tableName: 'supply_chain_exception',
  properties: {
    id: p.uuid().primary(),
    kind: p.enum(exceptionKinds),
    severity: p.enum(severities),
    status: p.enum(exceptionStatuses),
    subjectKind: p.string(),
    subjectId: p.uuid(),
    subjectLabel: p.string(),
    siteId: p.uuid().nullable(),
    summary: p.string(),
    moneyAtRisk: p.decimal('number').nullable(),
    currency: p.string().nullable(),
    ownerId: p.string().nullable(),
    ownerRole: p.string(),
    raisedAt: p.datetime(),
    updatedAt: p.datetime(),
    causeEventId: p.uuid().nullable(),
    acknowledgedBy: p.string().nullable(),
    acknowledgedAt: p.datetime().nullable(),
    resolvedBy: p.string().nullable(),
    resolvedAt: p.datetime().nullable(),
    resolutionNote: p.string().nullable(),
  },
});

export type SupplyChainException = InferEntity<typeof SupplyChainExceptionSchema>;

/** A kind's rule as people set it; kinds without one follow `defaultRules`. */
export const ExceptionRuleSchema = defineEntity({
  name: 'ExceptionRule',
  tableName: 'exception_rule',
  properties: {
    kind: p.enum(exceptionKinds).primary(),
    enabled: p.boolean(),
    raiseAt: p.decimal('number'),
    mediumAt: p.decimal('number'),
    highAt: p.decimal('number'),
    criticalAt: p.decimal('number'),
    ownerRole: p.string(),
    updatedBy: p.string().nullable(),
    updatedAt: p.datetime(),
  },
});

export type ExceptionRuleRow = InferEntity<typeof ExceptionRuleSchema>;
