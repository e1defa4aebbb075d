import { openDatabase, type Database } from './database.ts';
import { createThrowawayDatabase } from './throwaway-database.ts';

/**
 * A fresh, empty database for one test file: an in-memory embedded cluster, or,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database created on
 * it and dropped on close, so test files never see each other's rows.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory://' });
  const throwaway = await createThrowawayDatabase(serverUrl, 'plexus_test');
  const database = await openDatabase({ url: throwaway.url });
  return {
    ...database,
    async close() {
      await database.close();
      await throwaway.drop();
    },
  };
}
