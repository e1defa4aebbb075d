import { auditResolvers } from './audit/audit.resolvers.ts';
import { createAuditContext } from './audit/audit-context.ts';
import { defineSubgraph } from './subgraph-declaration.ts';

/**
 * The audit log, served as a system of its own so administrators query it in
 * the graph: every system's host writes a record of each mutation it answers
 * into `audit.mutation_record` (the mechanism's table, created by whichever
 * system starts first); this system only reads it.
 */
export const subgraph = defineSubgraph({
  name: 'audit',
  defaultPort: 4090,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [],
  migrations: [],
  resolvers: [auditResolvers],
  createContext: createAuditContext,
  codegen: {
    contextType: '../audit/audit-context.ts#AuditContext',
    mappers: { MutationAuditRecord: '../audit/audit.service.ts#MutationAuditRecord' },
  },
});
