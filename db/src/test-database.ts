import { openDatabase, type Database } from './database.ts';
import { createThrowawayDatabase, type DatabaseTemplate } from './throwaway-database.ts';

/**
 * A fresh database for one test file, empty or, on a server, a copy of
 * `template` (built once per server and key: what every file would otherwise
 * migrate anew): an in-memory embedded cluster, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database created on
 * it and dropped on close, so test files never see each other's rows.
 *
 * TEST_DATABASE_TIMESCALE says what the server must be (`required`: with
 * TimescaleDB, `absent`: plain PostgreSQL), so a test pass named for one
 * never silently runs on the other.
 */
export async function openTestDatabase(options: { template?: DatabaseTemplate } = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory://' });
  const throwaway = await createThrowawayDatabase(serverUrl, 'plexus_test', options.template);
  const database = await openDatabase({ url: throwaway.url });
  // A copy's TimescaleDB was created in its template: no CREATE EXTENSION told the launcher to schedule its jobs.
  if (options.template && database.timescaleJobs) await database.query('SELECT _timescaledb_functions.start_background_workers()');
  const close = async () => {
    await database.close();
    await throwaway.drop();
  };
  const expected = process.env.TEST_DATABASE_TIMESCALE;
  if ((expected === 'required' && !database.timescale) || (expected === 'absent' && database.timescale)) {
    await close();
    const server = new URL(serverUrl).host;
    throw new Error(`TEST_DATABASE_TIMESCALE=${expected}, but the server at ${server} ${database.timescale ? 'has' : 'has no'} TimescaleDB (preloaded and installed)`);
  }
  return { ...database, close };
}
