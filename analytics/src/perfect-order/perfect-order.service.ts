import type { AnalyticsContext } from '../context.ts';
import { assessOrder, orderFactsFromEvents, type OrderAssessment } from './perfect-order.rules.ts';

/** The order's perfect-order assessment from its events, read through the same batched loader as its timeline. */
export async function perfectOrderOf(ctx: AnalyticsContext, orderId: string): Promise<OrderAssessment | null> {
  const facts = orderFactsFromEvents(orderId, await ctx.loaders.timelineByOrder.load(orderId));
  return facts ? assessOrder(facts) : null;
}
