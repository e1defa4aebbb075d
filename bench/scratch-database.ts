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

export async function openScratchDatabase(serverUrl?: string): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'plexus-bench-'));
    const database = await openDatabase({ dataDir });
    return { database, label: 'embedded PGlite + TimescaleDB', drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const throwaway = await createThrowawayDatabase(serverUrl, 'plexus_bench');
  const database = await openDatabase({ url: throwaway.url });
  const [{ version }] = (await database.query<{ version: string }>("SELECT current_setting('server_version') AS version")) as [{ version: string }];
  return {
    database,
    label: `PostgreSQL ${version} server${database.timescale ? ' + TimescaleDB' : ', no TimescaleDB'}`,
    drop: () => throwaway.drop(),
  };
}
