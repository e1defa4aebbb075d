/**
 * What an order waits for, in the supplier's words: its first confirmation,
 * its answer to the buyer's proposal, or the buyer's answer to its own.
 */
export function nextStep(order: { status: string; changes: readonly { origin: string; status: string }[] }): string | null {
  const waiting = order.changes.find((change) => change.status === 'PROPOSED');
  if (waiting?.origin === 'BUYER') return 'answer the buyer’s proposal';
  if (order.status === 'SENT') return waiting ? 'confirm (your proposal waits for the buyer)' : 'confirm with your dates';
  if (waiting) return 'your proposal waits for the buyer';
  return null;
}

/** Who proposed a change, seen from the supplier. */
export const proposerWords = (origin: string) => (origin === 'BUYER' ? 'The buyer asked' : 'You proposed');
