import { mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { timescaledb } from '@electric-sql/pglite/timescaledb';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

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
  /**
   * TimescaleDB runs policies (continuous-aggregate refresh, compression,
   * retention) in its own background workers: a server that preloads it. The
   * embedded build has none (its jobs register and never run), so there the
   * program does that work itself.
   */
  readonly timescaleJobs: boolean;
  /** SQL statements sent since start; the N+1 tests read it. */
  readonly statements: StatementCounter;
  /** Runs one SQL script outside any ORM (DDL, bulk reads); returns the rows of the last statement. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Raw `COPY table (columns) FROM STDIN` of CSV text, outside any ORM (which
   * has no COPY): PostgreSQL writes COPY rows a page at a time, the fastest way
   * in for bulk rows. Table and columns are SQL identifiers as written in SQL.
   * Empty text copies nothing and sends nothing. Returns the rows copied.
   */
  copyRows(table: string, columns: readonly string[], csv: string): Promise<number>;
  /** Runs `work` on one connection inside one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: DatabaseSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One connection inside a transaction (see Database.transaction). */
export interface DatabaseSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  copyRows(table: string, columns: readonly string[], csv: string): Promise<number>;
}

const copySql = (table: string, columns: readonly string[]) => `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;

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
  /** A dump of an embedded cluster (`pglite.dumpDataDir()`) the new one starts as. */
  loadDataDir?: Blob | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.url ? openServer(options.url) : openEmbedded(options.dataDir ?? '.data/plexus', options.loadDataDir);
}

async function openEmbedded(dataDir: string, loadDataDir: Blob | undefined): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, extensions: { timescaledb }, ...(loadDataDir ? { loadDataDir } : {}) });
  await pglite.exec('CREATE EXTENSION IF NOT EXISTS timescaledb');
  // Reopening a data folder finds the extension already created, so nothing loads TimescaleDB's library up front;
  // loaded lazily it has neither its license setting nor its planner hooks: inserts into hypertables and
  // continuous-aggregate refreshes then fail. Loading it explicitly makes a reopened cluster behave like a new one.
  await pglite.exec("LOAD 'timescaledb'");
  const statements = new StatementCounter();
  // PGlite has no STDIN: COPY reads the text as a blob handed over with the statement.
  const copyRowsOn = async (target: PGlite | Transaction, table: string, columns: readonly string[], csv: string) => {
    if (csv === '') return 0;
    statements.record();
    const result = await target.query(copySql(table, columns).replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([csv]) });
    return result.affectedRows ?? 0;
  };
  return {
    kind: 'embedded',
    pglite,
    timescale: true,
    timescaleJobs: false,
    statements,
    async query<Row>(sql: string, params?: unknown[]) {
      statements.record();
      if (params?.length) return (await pglite.query<Row>(sql, params)).rows;
      const results = await pglite.exec(sql);
      return (results.at(-1)?.rows ?? []) as Row[];
    },
    copyRows: (table, columns, csv) => copyRowsOn(pglite, table, columns, csv),
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          async query<Row>(sql: string, params?: unknown[]) {
            statements.record();
            return (await tx.query<Row>(sql, params)).rows;
          },
          copyRows: (table, columns, csv) => copyRowsOn(tx, table, columns, csv),
        }),
      ),
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
  // An idle connection the server ends (a restart, a dropped scratch database) leaves the pool, which opens a new one when
  // asked; unhandled, the error would end the process.
  pool.on('error', () => undefined);
  const statements = new StatementCounter();
  const timescale = await prepareTimescale(pool, url);
  const timescaleJobs =
    timescale && (await pool.query<{ workers: number }>("SELECT current_setting('timescaledb.max_background_workers')::int AS workers")).rows[0]!.workers > 0;
  return {
    kind: 'server',
    url,
    sessionOptions,
    timescale,
    timescaleJobs,
    statements,
    async query<Row>(sql: string, params?: unknown[]) {
      statements.record();
      const result = await pool.query(sql, params);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return (last?.rows ?? []) as Row[];
    },
    async copyRows(table, columns, csv) {
      if (csv === '') return 0;
      const client = await pool.connect();
      try {
        return await copyRowsOn(client, statements, table, columns, csv);
      } finally {
        client.release();
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      const query = async <Row>(sql: string, params?: unknown[]) => {
        statements.record();
        return (await client.query(sql, params)).rows as Row[];
      };
      try {
        await query('BEGIN');
        const result = await work({ query, copyRows: (table, columns, csv) => copyRowsOn(client, statements, table, columns, csv) });
        await query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Servers already warned about, so a process opening many databases on one server says it once. */
const warnedServers = new Set<string>();

/**
 * Uses TimescaleDB when the server can: the extension is installed and its
 * library preloaded. Installed but not preloaded, `CREATE EXTENSION` would
 * end the session with a FATAL error, so the database falls back to plain
 * PostgreSQL and says what to set. A database whose extension was created
 * while the library was preloaded cannot fall back: its tables are
 * hypertables only TimescaleDB can read.
 */
async function prepareTimescale(pool: pg.Pool, url: string): Promise<boolean> {
  const { rows } = await pool.query<{ available: boolean; created: boolean; preload: string }>(
    `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS available,
            EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') AS created,
            current_setting('shared_preload_libraries') AS preload`,
  );
  const { available, created, preload } = rows[0]!;
  const preloaded = preload.split(',').some((library) => library.trim().replace(/^"|"$/g, '') === 'timescaledb');
  if (preloaded && available) {
    await pool.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
    return true;
  }
  const server = new URL(url).host;
  const advice = "add timescaledb to shared_preload_libraries in the server's postgresql.conf (shared_preload_libraries = 'timescaledb') and restart it";
  if (created) throw new Error(`The database at ${server} uses TimescaleDB, but the server does not preload it: ${advice}`);
  if (available && !warnedServers.has(server)) {
    warnedServers.add(server);
    console.warn(`PostgreSQL at ${server} has the timescaledb extension installed but not preloaded: using plain PostgreSQL (partitioned tables). To use TimescaleDB, ${advice}.`);
  }
  return false;
}

async function copyRowsOn(client: pg.PoolClient, statements: StatementCounter, table: string, columns: readonly string[], csv: string): Promise<number> {
  if (csv === '') return 0;
  statements.record();
  const copy = client.query(copyFrom(copySql(table, columns)));
  await pipeline(Readable.from([csv]), copy);
  return copy.rowCount;
}
