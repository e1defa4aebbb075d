import { fail } from '@sveltejs/kit';
import type { GraphQLErrorShape } from '../graphql/router-client.ts';

/**
 * A quality form action's answer as its page shows it: done, or refused with
 * qms's own reason and the HTTP status its error code means (forbidden, not
 * found, conflict, bad input).
 */
const statusOf: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400 };

export const refused = <Action extends string>(status: number, action: Action, problem: string) => fail(status, { action, done: null, problem });

export function outcome<Action extends string>(action: Action, errors: readonly GraphQLErrorShape[], done: string) {
  if (!errors.length) return { action, done, problem: null };
  return refused(statusOf[errors[0]?.extensions?.code ?? ''] ?? 502, action, [...new Set(errors.map((problem) => problem.message))].join(' '));
}
