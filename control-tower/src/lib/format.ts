import { defaultLocale } from './locale.ts';

/**
 * Formatting shared by tables and charts: one place decides how Plexus shows numbers and dates.
 * Every function takes the reader's locale (`page.data.locale`, see locale.ts); dates are UTC days.
 */

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<Formatter extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => Formatter): Formatter {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter as Formatter;
}

const dateFormat = (locale: string) =>
  cached(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const dateTimeFormat = (locale: string) =>
  cached(`time ${locale}`, () => new Intl.DateTimeFormat(locale, { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }));

const utcDay = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

export const formatDate = (date: string | null | undefined, locale = defaultLocale) => (date ? dateFormat(locale).format(utcDay(date)) : '—');
export const formatDateTime = (time: string | null | undefined, locale = defaultLocale) =>
  time ? `${dateTimeFormat(locale).format(new Date(time))} UTC` : '—';

/** A span of days, e.g. "1–30 Nov 2026", in the locale's own way of writing ranges. */
export const formatDateRange = (from: string, to: string, locale = defaultLocale) =>
  from === to ? formatDate(from, locale) : dateFormat(locale).formatRange(utcDay(from), utcDay(to));

export function formatMoney(amount: number, currency: string, locale = defaultLocale): string {
  return cached(`money ${locale} ${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 })).format(amount);
}

export const formatQuantity = (quantity: number | null | undefined, locale = defaultLocale) =>
  quantity === null || quantity === undefined ? '—' : cached(`quantity ${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })).format(quantity);

/** A plain number with at most `digits` decimals. */
export const formatNumber = (value: number, digits: number, locale = defaultLocale) =>
  cached(`number ${locale} ${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value);

/** A fraction as a percentage: 0.918 → "91.8 %" (in the locale's form). */
export const formatPercent = (fraction: number, locale = defaultLocale) =>
  cached(`percent ${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(fraction);

const closedStatuses = new Set(['SHIPPED', 'DELIVERED', 'CANCELLED']);

/** An open order is late once its due date has passed. */
export function isLate(order: { status: string; dueDate: string }, today: string): boolean {
  return !closedStatuses.has(order.status) && order.dueDate < today;
}

export const statusLabel = (status: string) => status.replaceAll('_', ' ').toLowerCase();
