/** Formatting shared by tables and charts: one place decides how Plexus shows numbers and dates. */

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export const formatDate = (date: string | null | undefined) => (date ? dateFormat.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '—');
export const formatDateTime = (time: string | null | undefined) => (time ? `${dateTimeFormat.format(new Date(time))} UTC` : '—');

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
}

export const formatQuantity = (quantity: number | null | undefined) =>
  quantity === null || quantity === undefined ? '—' : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }).format(quantity);

const closedStatuses = new Set(['SHIPPED', 'DELIVERED', 'CANCELLED']);

/** An open order is late once its due date has passed. */
export function isLate(order: { status: string; dueDate: string }, today: string): boolean {
  return !closedStatuses.has(order.status) && order.dueDate < today;
}

export const statusLabel = (status: string) => status.replaceAll('_', ' ').toLowerCase();
