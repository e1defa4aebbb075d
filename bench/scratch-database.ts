import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createThrowawayDatabase, openDatabase, type Database } from '@plexus/db';

/** A database a benchmark fills and throws away: an embedded cluster in a temporary folder, or a new database on a server. */
export interface ScratchDatabase {
  database: Database;
  /** What it is, for the printed table. */
  label: string;
  /** Closes nothing: the caller closes `database` first. */
  drop(): Promise<void>;
}

/** Where a benchmark runs: the embedded database, or a server (which must have TimescaleDB when `timescale` says so). */
export type ScratchTarget = { kind: 'embedded' } | { kind: 'server'; url: string; timescale?: boolean };

/** The servers `--database server` and `timescale` mean unless told otherwise (the clusters `.ci/run` starts). */
export const defaultServerUrls = {
  server: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  timescale: process.env.BENCH_TIMESCALEDB_URL ?? 'postgres://postgres@127.0.0.1:5433/postgres',
};

/**
 * `--database embedded|server|timescale|all` (all: the three in that order),
 * or a postgres:// URL of any server.
 */
export function scratchTargets(choice: string, urls: { server: string; timescale: string }): ScratchTarget[] {
  const embedded: ScratchTarget = { kind: 'embedded' };
  const server: ScratchTarget = { kind: 'server', url: urls.server };
  const timescale: ScratchTarget = { kind: 'server', url: urls.timescale, timescale: true };
  if (/^postgres(ql)?:\/\//.test(choice)) return [{ kind: 'server', url: choice }];
  const targets: Record<string, ScratchTarget[]> = { embedded: [embedded], server: [server], timescale: [timescale], all: [embedded, server, timescale] };
  const chosen = targets[choice];
  if (!chosen) throw new Error(`--database takes embedded, server, timescale, all or a postgres:// URL, not ${choice}`);
  return chosen;
}

export async function openScratchDatabase(target: ScratchTarget): Promise<ScratchDatabase> {
  if (target.kind === 'embedded') {
    const dataDir = await mkdtemp(join(tmpdir(), 'plexus-bench-'));
    const database = await openDatabase({ dataDir });
    return { database, label: 'embedded PGlite + TimescaleDB', drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const throwaway = await createThrowawayDatabase(target.url, 'plexus_bench');
  const database = await openDatabase({ url: throwaway.url });
  if (target.timescale && !database.timescale) {
    await database.close();
    await throwaway.drop();
    throw new Error(`The server at ${new URL(target.url).host} has no TimescaleDB it preloads: --database timescale needs one (see .ci/run)`);
  }
  const [{ version }] = (await database.query<{ version: string }>("SELECT current_setting('server_version') AS version")) as [{ version: string }];
  return {
    database,
    label: `PostgreSQL ${version} server at ${new URL(target.url).host}${database.timescale ? ' + TimescaleDB' : ', no TimescaleDB'}`,
    drop: () => throwaway.drop(),
  };
}
