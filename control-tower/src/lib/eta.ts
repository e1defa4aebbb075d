const dayMs = 86_400_000;

/**
 * How far the ETA is from the end of the promised day, in whole days (rounded
 * up): positive when it lands after the promise (late), 0 on the day or
 * earlier. Null when either is unknown.
 */
export function daysLate(eta: string | null | undefined, promisedDate: string | null | undefined): number | null {
  if (!eta || !promisedDate) return null;
  const endOfPromise = Date.parse(`${promisedDate}T23:59:59.999Z`);
  const late = Date.parse(eta) - endOfPromise;
  return late > 0 ? Math.ceil(late / dayMs) : 0;
}

export const lastMilestone = (milestones: readonly { milestone: string; at: string }[]) => milestones.at(-1) ?? null;
