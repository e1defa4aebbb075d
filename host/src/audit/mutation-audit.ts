import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { execute, newId, openSubgraphOrm, sqlArray, type Database, type EntityManager } from '@plexus/db';
import { MutationAudit } from '../../migrations/20261130-0001-mutation-audit.ts';
import type { Viewer } from '../viewer.ts';
import { clientOperationName, mutationFields, mutationOutcome, variablesDigest } from './audit.rules.ts';

/** Databases this process already migrated: every system opening on one database asks again. */
const migrated = new WeakSet<Database>();

/** Creates the audit log (schema `audit`) unless this process already did; every system calls it before serving. */
export async function migrateAuditLog(database: Database): Promise<void> {
  if (migrated.has(database)) return;
  const orm = await openSubgraphOrm(database, { schema: 'audit', entities: [], migrations: [MutationAudit], migrationsTable: 'mutation_audit_migrations' });
  await orm.close();
  migrated.add(database);
}

/**
 * Records every mutation a system answers (who, roles, operation, the fields
 * called, a digest of the variables, the outcome and error codes) once its
 * answer is known. Written after the mutation's own transaction: a refused or
 * failed mutation wrote nothing to be kept with, and the log must keep its
 * record too. A record that cannot be written is reported, not the answer.
 */
export function mutationAuditPlugin(em: EntityManager, system: string, viewerOf: (context: unknown) => Viewer | undefined): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, request, response, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const viewer = viewerOf(contextValue);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : undefined));
          await execute(
            em.fork(),
            `INSERT INTO audit.mutation_record (id, time, system, operation_name, fields, user_id, roles, supplier_id, variables_digest, outcome, error_codes)
             VALUES (?, now(), ?, ?, ?::text[], ?, ?::text[], ?, ?, ?, ?::text[])`,
            [
              newId(),
              system,
              clientOperationName(operationName),
              sqlArray(mutationFields(operation)),
              viewer?.userId ?? null,
              sqlArray(viewer?.roles ?? (viewer ? [viewer.role] : [])),
              viewer?.supplierId ?? null,
              variablesDigest(request.variables),
              mutationOutcome(codes),
              sqlArray(codes.map((code) => code ?? 'UNKNOWN')),
            ],
          ).catch((error: unknown) => console.error(`${system}: recording a mutation in the audit log failed`, error));
        },
      };
    },
  };
}
