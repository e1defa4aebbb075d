export { openDatabase, StatementCounter } from './database.ts';
export type { Database, EmbeddedDatabase, ServerDatabase, OpenDatabaseOptions } from './database.ts';
export { openSubgraphOrm } from './orm.ts';
export type { SubgraphOrm, SubgraphOrmOptions, EntityManager } from './orm.ts';
export { Migration } from '@mikro-orm/migrations';
export { openTestDatabase } from './test-database.ts';
export { newId, isId } from './ids.ts';
export { sqlArray } from './sql-array.ts';
export { createByIdLoader } from './by-id-loader.ts';
