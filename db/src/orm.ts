import { DefaultLogger, type EntitySchema, type LoggerOptions, type LogContext } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgreSqlMikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/sql';
import type { Database, StatementCounter } from './database.ts';

export type { EntityManager } from '@mikro-orm/sql';

/** The ORM of one subgraph: it reads and writes its own schema only. */
export interface SubgraphOrm {
  readonly schema: string;
  readonly em: EntityManager;
  close(): Promise<void>;
}

export interface SubgraphOrmOptions {
  /** The PostgreSQL schema the subgraph owns, e.g. `crm`. */
  schema: string;
  entities: EntitySchema<any, any>[];
  /** The subgraph's migrations, oldest first, each recorded under its class name. */
  migrations: MigrationClass[];
  /** Where applied migrations are recorded in the schema; a mechanism sharing a schema with its owner keeps its own table. */
  migrationsTable?: string;
}

export type MigrationClass = new (...args: any[]) => Migration;

class CountingLogger extends DefaultLogger {
  readonly #counter: StatementCounter;
  readonly #schema: string;
  constructor(options: LoggerOptions, counter: StatementCounter, schema: string) {
    super(options);
    this.#counter = counter;
    this.#schema = schema;
  }
  override logQuery(context: { query: string } & LogContext): void {
    this.#counter.record(this.#schema);
    super.logQuery(context);
  }
}

const databaseByConfig = new WeakMap<object, Database>();

/** The database an ORM (and every fork of its EntityManager) was opened on: for what the ORM cannot do, such as raw COPY. */
export function databaseOf(em: EntityManager): Database {
  const database = databaseByConfig.get(em.config);
  if (!database) throw new Error('This EntityManager was not opened by openSubgraphOrm');
  return database;
}

/**
 * Separate processes started together against one server (a subgraph per
 * process) would otherwise race to apply the same migration. The embedded
 * database lives in one process, where opening is already sequential.
 */
async function whileHoldingMigrationLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.kind === 'embedded') return work();
  return database.transaction(async (session) => {
    await session.query("SELECT pg_advisory_xact_lock(hashtext('plexus.migrations'))");
    return work();
  });
}

/** Opens the subgraph's ORM on the shared database and applies its pending migrations. */
export async function openSubgraphOrm(database: Database, options: SubgraphOrmOptions): Promise<SubgraphOrm> {
  await database.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
  const common = {
    entities: options.entities,
    schema: options.schema,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    debug: process.env.PLEXUS_SQL_LOG === '1' ? ['query' as const] : false,
    loggerFactory: (loggerOptions: LoggerOptions) => new CountingLogger(loggerOptions, database.statements, options.schema),
    migrations: {
      migrationsList: options.migrations.map((migration) => ({ name: migration.name, class: migration })),
      tableName: options.migrationsTable ?? 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };
  const orm =
    database.kind === 'embedded'
      ? await PgliteMikroORM.init({ ...common, dbName: 'postgres', driverOptions: { pglite: database.pglite } })
      : await PostgreSqlMikroORM.init({ ...common, clientUrl: database.url, pool: { min: 0, max: 6 }, driverOptions: { options: database.sessionOptions } });
  await whileHoldingMigrationLock(database, () => orm.migrator.up());
  databaseByConfig.set(orm.em.config, database);
  return {
    schema: options.schema,
    em: orm.em as unknown as EntityManager,
    close: () => orm.close(),
  };
}
