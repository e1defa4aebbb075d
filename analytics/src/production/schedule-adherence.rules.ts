/**
 * Schedule adherence (KPIS.md): work orders completed by their scheduled end
 * / work orders completed in the period. A scheduled end given as a day
 * (`YYYY-MM-DD`) allows the whole UTC day; one given as a time is the
 * instant. Each work order counts once, at its first completion.
 */

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function scheduledDeadline(scheduledEnd: string): Date {
  if (dayPattern.test(scheduledEnd)) return new Date(Date.parse(`${scheduledEnd}T00:00:00Z`) + 86_400_000);
  return new Date(scheduledEnd);
}

/** On time when completed no later than the scheduled end (before the next day starts, for a day). */
export function completedOnTime(completedAt: Date, scheduledEnd: string): boolean {
  const deadline = scheduledDeadline(scheduledEnd);
  if (Number.isNaN(deadline.getTime())) return false;
  return dayPattern.test(scheduledEnd) ? completedAt < deadline : completedAt <= deadline;
}
