import { execute } from '@plexus/db';
import { badInput } from '@plexus/errors';
import { authorize } from '../viewer.ts';
import type { AuditContext } from './audit-context.ts';
import type { MutationOutcome } from './audit.rules.ts';

export interface MutationAuditRecord {
  id: string;
  at: Date;
  system: string;
  operationName: string | null;
  fields: string[];
  userId: string | null;
  roles: string[];
  supplierId: string | null;
  variablesDigest: string;
  outcome: MutationOutcome;
  errorCodes: string[];
}

export interface MutationAuditFilter {
  userId?: string | null;
  system?: string | null;
  outcome?: MutationOutcome | null;
  from?: Date | null;
  to?: Date | null;
}

/** The audit log, newest first: administrators only, since it shows who did what across every system. */
export async function listMutationAudit(ctx: AuditContext, filter: MutationAuditFilter, page: { first: number; offset: number }): Promise<{ totalCount: number; items: MutationAuditRecord[] }> {
  authorize(ctx.viewer, 'read the audit log', []);
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > 500) throw badInput('first must be between 1 and 500', { field: 'first' });
  if (!Number.isInteger(page.offset) || page.offset < 0) throw badInput('offset must be 0 or more', { field: 'offset' });
  const where = `WHERE (?::text IS NULL OR user_id = ?) AND (?::text IS NULL OR system = ?) AND (?::text IS NULL OR outcome = ?)
    AND (?::timestamptz IS NULL OR time >= ?) AND (?::timestamptz IS NULL OR time < ?)`;
  const parameters = [filter.userId, filter.system, filter.outcome, filter.from, filter.to].flatMap((value) => [value ?? null, value ?? null]);
  const rows = await execute<(MutationAuditRecord & { total_count: number })[]>(
    ctx.em,
    `SELECT id, time AS at, system, operation_name AS "operationName", fields, user_id AS "userId", roles, supplier_id AS "supplierId",
            variables_digest AS "variablesDigest", outcome, error_codes AS "errorCodes", count(*) OVER ()::int AS total_count
       FROM audit.mutation_record ${where}
      ORDER BY time DESC, id DESC LIMIT ? OFFSET ?`,
    [...parameters, page.first, page.offset],
  );
  const totalCount =
    rows[0]?.total_count ??
    (page.offset === 0 ? 0 : (await execute<{ count: number }[]>(ctx.em, `SELECT count(*)::int AS count FROM audit.mutation_record ${where}`, parameters))[0]!.count);
  return { totalCount, items: rows.map(({ total_count: _total, ...record }) => ({ ...record, at: new Date(record.at) })) };
}
