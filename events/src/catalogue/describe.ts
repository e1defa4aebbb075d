/** One sentence a planner can read on a timeline, per event type: a system's describers must cover each of its events. */
export type Describers<Events> = { [T in keyof Events]: (payload: Events[T]) => string };

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const sumQuantity = (lines: { quantity: number }[]) => lines.reduce((sum, line) => sum + line.quantity, 0);
