import { DomainError, badInput } from '@plexus/errors';
import { defaultOtifSettings, type Grain, type KpiDefinition, type KpiFilter, type KpiFilterField, type OtifSettings } from './kpi-definition.ts';
import { daysBetween, periodsBetween, periodsEndingAt } from './kpi-period.rules.ts';

/**
 * What a KPI request may ask for, checked before any SQL runs: a sane date
 * range, filters the KPI understands (a machine filter on perfect order is a
 * mistake to report, not to ignore), ids that are ids, OTIF settings in range.
 */

/** Ten years of days: enough for any trend, small enough to answer quickly. */
export const maxRangeDays = 3660;
export const maxContributions = 500;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const filterFields: readonly KpiFilterField[] = ['siteId', 'itemId', 'customerId', 'supplierId', 'machineId', 'workCenterId'];

export function findDefinition(definitions: readonly KpiDefinition[], name: string): KpiDefinition {
  const definition = definitions.find((candidate) => candidate.name === name);
  if (!definition) throw new DomainError('NOT_FOUND', `No KPI named ${name}`, { field: 'name' });
  return definition;
}

export function validateRange(from: string, to: string): void {
  if (from > to) throw badInput(`from (${from}) is after to (${to})`, { field: 'from' });
  if (daysBetween(from, to) >= maxRangeDays) throw badInput(`A KPI range spans at most ${maxRangeDays} days`, { field: 'to' });
}

/** The filter with only the fields that are set; refuses fields the KPI does not support and malformed ids. */
export function validateFilter(definition: KpiDefinition, filter: KpiFilter | null | undefined): KpiFilter {
  const applied: KpiFilter = {};
  for (const field of filterFields) {
    const value = filter?.[field];
    if (value === null || value === undefined) continue;
    if (!definition.filters.includes(field)) {
      throw badInput(`${definition.name} cannot be filtered by ${field}; it takes ${definition.filters.join(', ') || 'no filter'}`, { field: `filter.${field}` });
    }
    if (!uuidPattern.test(value)) throw badInput(`filter.${field} must be a UUID`, { field: `filter.${field}` });
    applied[field] = value.toLowerCase();
  }
  return applied;
}

/** What the viewer may see: one supplier's records (a supplier user), some sites' (a site-scoped user), or null for all. */
export interface KpiScope {
  supplierId: string | null;
  siteIds: readonly string[] | null;
}

/**
 * The filter a KPI is computed with for the viewer: a supplier user's
 * always names its own supplier (its scorecard), a site-scoped user's one of
 * its sites (the only one when it has one); asking for another supplier or
 * site is refused. Company roles filter as they ask.
 */
export function scopedFilter(filter: KpiFilter | null | undefined, scope: KpiScope): KpiFilter | null | undefined {
  let scoped = filter;
  if (scope.supplierId !== null) {
    if (filter?.supplierId && filter.supplierId.toLowerCase() !== scope.supplierId) {
      throw new DomainError('FORBIDDEN', 'A supplier sees its own scorecard only', { field: 'filter.supplierId' });
    }
    scoped = { ...scoped, supplierId: scope.supplierId };
  }
  if (scope.siteIds !== null) {
    const siteId = filter?.siteId?.toLowerCase() ?? (scope.siteIds.length === 1 ? scope.siteIds[0]! : null);
    if (siteId === null) throw badInput('Name one of your sites in filter.siteId', { field: 'filter.siteId' });
    if (!scope.siteIds.includes(siteId)) throw new DomainError('FORBIDDEN', 'A site-scoped user sees its own sites only', { field: 'filter.siteId' });
    scoped = { ...scoped, siteId };
  }
  return scoped;
}

/** Refuses a KPI the viewer's scope cannot be applied to: a supplier user reads only KPIs measured per supplier, a site-scoped user only KPIs measured per site. */
export function authorizeKpi(definition: Pick<KpiDefinition, 'name' | 'filters'>, scope: KpiScope): void {
  if (scope.supplierId !== null && !definition.filters.includes('supplierId')) {
    throw new DomainError('FORBIDDEN', `A supplier sees its own scorecard only; ${definition.name} is not measured per supplier`, { field: 'name' });
  }
  if (scope.siteIds !== null && !definition.filters.includes('siteId')) {
    throw new DomainError('FORBIDDEN', `A site-scoped user sees its own sites only; ${definition.name} is not measured per site`, { field: 'name' });
  }
}

/** Whether the KPI accepts every field set in the filter (the snapshot leaves out KPIs that do not). */
export function acceptsFilter(definition: KpiDefinition, filter: KpiFilter | null | undefined): boolean {
  return filterFields.every((field) => filter?.[field] == null || definition.filters.includes(field));
}

/** As the client sends it: any field may be missing or null. */
export type OtifSettingsInput = { [Field in keyof OtifSettings]?: OtifSettings[Field] | null };

export function validateOtifSettings(settings: OtifSettingsInput | null | undefined): OtifSettings {
  const merged: OtifSettings = {
    grain: settings?.grain ?? defaultOtifSettings.grain,
    referenceDate: settings?.referenceDate ?? defaultOtifSettings.referenceDate,
    earlyDays: settings?.earlyDays ?? defaultOtifSettings.earlyDays,
    overDeliveryFails: settings?.overDeliveryFails ?? defaultOtifSettings.overDeliveryFails,
  };
  if (merged.earlyDays !== null && (!Number.isInteger(merged.earlyDays) || merged.earlyDays < 0 || merged.earlyDays > 365)) {
    throw badInput('otif.earlyDays must be a whole number of days from 0 to 365', { field: 'otif.earlyDays' });
  }
  return merged;
}

export function validatePage(first: number, offset: number): void {
  if (!Number.isInteger(first) || first < 1 || first > maxContributions) throw badInput(`first must be between 1 and ${maxContributions}`, { field: 'first' });
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset must be 0 or more', { field: 'offset' });
}

/** The periods a series covers, checked against the range limit. */
export function seriesPeriods(from: string, to: string, grain: Grain) {
  validateRange(from, to);
  return periodsBetween(from, to, grain);
}

/** The twelve periods of a dashboard trend, ending with the one containing `asOf`. */
export const snapshotPeriods = (asOf: string, grain: Grain) => periodsEndingAt(asOf, grain, 12);
