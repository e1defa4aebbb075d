import { sqlArray } from '@plexus/db';

/**
 * How every KPI family turns its filter into SQL. A condition applies only
 * when its value is given: no `(? IS NULL OR …)`, so the planner plans an
 * unfiltered query as one and picks the index of the filter that is set.
 */
export interface ScopeCondition {
  /** The column compared, as the statement names it (`l.site_id`). */
  column: string;
  /** One id, several (`= ANY`), or none: the condition does not apply. */
  value: string | readonly string[] | null | undefined;
  /** An expression the statement already binds the value to (a parameters CTE's `q.site_id`): compared with it, no parameter. */
  boundTo?: string;
}

export interface ScopePredicates {
  /** The conditions joined with AND, `TRUE` when none applies. */
  where: string;
  /** The same, each preceded by ` AND `, to append to a WHERE clause; empty when none applies. */
  and: string;
  /** The parameters of the `?` placeholders, in order. */
  params: unknown[];
}

export function scopePredicates(conditions: readonly ScopeCondition[]): ScopePredicates {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const { column, value, boundTo } of conditions) {
    if (value === null || value === undefined) continue;
    if (boundTo) {
      sql.push(`${column} = ${boundTo}`);
    } else if (typeof value === 'string') {
      sql.push(`${column} = ?::uuid`);
      params.push(value);
    } else {
      sql.push(`${column} = ANY(?::uuid[])`);
      params.push(sqlArray(value));
    }
  }
  return { where: sql.length > 0 ? sql.join(' AND ') : 'TRUE', and: sql.map((condition) => ` AND ${condition}`).join(''), params };
}
