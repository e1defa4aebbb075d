import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from './database.ts';
import { createThrowawayDatabase, type DatabaseTemplate } from './throwaway-database.ts';

/**
 * A fresh database for one test file: an in-memory embedded cluster, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database created on
 * it and dropped on close, so test files never see each other's rows. With a
 * `template`, it starts as a copy of what the template prepared (a server
 * database, or a dump of an embedded cluster, built once per key) instead of
 * empty: what every file would otherwise migrate anew.
 *
 * TEST_DATABASE_TIMESCALE says what the server must be (`required`: with
 * TimescaleDB, `absent`: plain PostgreSQL), so a test pass named for one
 * never silently runs on the other.
 */
export async function openTestDatabase(options: { template?: DatabaseTemplate } = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory://', loadDataDir: options.template ? await embeddedTemplate(options.template) : undefined });
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

/** The embedded template: a dump of a prepared cluster in the machine's temporary folder, written once per key. */
async function embeddedTemplate(template: DatabaseTemplate): Promise<Blob> {
  const path = join(tmpdir(), `plexus-test-template-${template.key}.tar`);
  if (!existsSync(path)) {
    const database = await openDatabase({ dataDir: 'memory://' });
    let dump: Blob;
    try {
      await template.prepare(database);
      if (database.kind !== 'embedded') throw new Error('an embedded template needs the embedded database');
      dump = await database.pglite.dumpDataDir('none');
    } finally {
      await database.close();
    }
    // Files of parallel test processes build it side by side; the last rename wins, each whole.
    const partial = `${path}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
  }
  return new Blob([await readFile(path)]);
}
