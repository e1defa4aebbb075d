import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { timescaledb } from '@electric-sql/pglite/timescaledb';
import pg from 'pg';

/**
 * Where Plexus keeps its data: the embedded PGlite (+TimescaleDB) cluster, or a
 * PostgreSQL server reached by URL. Every subgraph's ORM and the analytics
 * store are opened on one Database, so the embedded cluster is shared by all
 * subgraphs hosted in one process.
 */
export type Database = EmbeddedDatabase | ServerDatabase;

interface DatabaseBase {
  /** TimescaleDB hypertables, continuous aggregates and compression are available. */
  readonly timescale: boolean;
  /** SQL statements sent since start; the N+1 tests read it. */
  readonly statements: StatementCounter;
  /** Runs one SQL script outside any ORM (DDL, bulk reads); returns the rows of the last statement. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface EmbeddedDatabase extends DatabaseBase {
  readonly kind: 'embedded';
  readonly pglite: PGlite;
}

export interface ServerDatabase extends DatabaseBase {
  readonly kind: 'server';
  readonly url: string;
  /** PostgreSQL `options` every session starts with (`-c name=value …`). */
  readonly sessionOptions: string;
}

/** Counts SQL statements, in all and per schema that sent them, so a test can watch one subgraph while others work. */
export class StatementCounter {
  #count = 0;
  readonly #bySchema = new Map<string, number>();
  get count(): number {
    return this.#count;
  }
  record(schema?: string): void {
    this.#count += 1;
    if (schema) this.#bySchema.set(schema, (this.#bySchema.get(schema) ?? 0) + 1);
  }
  #read(schema?: string): number {
    return schema ? (this.#bySchema.get(schema) ?? 0) : this.#count;
  }
  /** Counts the statements `work` sends: every one, or only those of one subgraph's schema. */
  async measure<T>(work: () => Promise<T>, schema?: string): Promise<{ result: T; statements: number }> {
    const before = this.#read(schema);
    const result = await work();
    return { result, statements: this.#read(schema) - before };
  }
}

export interface OpenDatabaseOptions {
  /** postgres://… of a PostgreSQL ≥ 15 server; without it the embedded database is used. */
  url?: string | undefined;
  /** Folder of the embedded cluster; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.url ? openServer(options.url) : openEmbedded(options.dataDir ?? '.data/plexus');
}

async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, extensions: { timescaledb } });
  await pglite.exec('CREATE EXTENSION IF NOT EXISTS timescaledb');
  // Reopening a data folder finds the extension already created, so nothing loads TimescaleDB's library up front;
  // loaded lazily it has neither its license setting nor its planner hooks: inserts into hypertables and
  // continuous-aggregate refreshes then fail. Loading it explicitly makes a reopened cluster behave like a new one.
  await pglite.exec("LOAD 'timescaledb'");
  const statements = new StatementCounter();
  return {
    kind: 'embedded',
    pglite,
    timescale: true,
    statements,
    async query<Row>(sql: string, params?: unknown[]) {
      statements.record();
      if (params?.length) return (await pglite.query<Row>(sql, params)).rows;
      const results = await pglite.exec(sql);
      return (results.at(-1)?.rows ?? []) as Row[];
    },
    close: () => pglite.close(),
  };
}

/**
 * Every session Plexus opens runs without JIT compilation unless the URL's
 * `options` say otherwise: KPI queries over the partitioned event stream
 * take milliseconds to run and, with JIT, seconds to compile.
 */
function sessionOptionsOf(url: string): string {
  return new URL(url).searchParams.get('options') ?? '-c jit=off -c work_mem=32MB';
}

async function openServer(url: string): Promise<ServerDatabase> {
  const sessionOptions = sessionOptionsOf(url);
  const pool = new pg.Pool({ connectionString: url, options: sessionOptions, max: 4 });
  const statements = new StatementCounter();
  const available = await pool.query(
    "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'",
  );
  let timescale = false;
  if (available.rowCount) {
    await pool.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
    timescale = true;
  }
  return {
    kind: 'server',
    url,
    sessionOptions,
    timescale,
    statements,
    async query<Row>(sql: string, params?: unknown[]) {
      statements.record();
      const result = await pool.query(sql, params);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return (last?.rows ?? []) as Row[];
    },
    close: () => pool.end(),
  };
}
