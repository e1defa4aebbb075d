import { defineEntity, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration, openSubgraphOrm, openTestDatabase, type Database, type SubgraphOrm } from '../src/index.ts';

// Kept before any database opens, since a server with TimescaleDB installed but not preloaded says so once per process
// (a vi.spyOn would have its calls cleared before each test).
const warnings: string[] = [];
const warn = console.warn;
console.warn = (...parts: unknown[]) => {
  warnings.push(parts.map(String).join(' '));
  warn(...parts);
};

const Note = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: { id: p.uuid().primary(), body: p.string() },
});

class CreateNote extends Migration {
  override name = 'CreateNote';
  up() {
    this.addSql('CREATE TABLE scratch.note (id uuid PRIMARY KEY, body text NOT NULL)');
  }
}

describe('a subgraph ORM on the test database', () => {
  let database: Database;
  let orm: SubgraphOrm;
  beforeAll(async () => {
    database = await openTestDatabase();
    orm = await openSubgraphOrm(database, { schema: 'scratch', entities: [Note], migrations: [CreateNote] });
  });
  afterAll(async () => {
    await orm?.close();
    await database?.close();
  });

  it('applies its migrations inside its own schema', async () => {
    const rows = await database.query<{ table_schema: string }>(
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 'note'",
    );
    expect(rows.map((row) => row.table_schema)).toEqual(['scratch']);
  });

  it('writes and reads an entity and counts the statements it sends', async () => {
    const em = orm.em.fork();
    const { statements } = await database.statements.measure(async () => {
      em.create(Note, { id: '0193a0b4-0000-7000-8000-000000000001', body: 'hello' });
      await em.flush();
    });
    expect(statements).toBeGreaterThan(0);
    const found = await orm.em.fork().findOneOrFail(Note, { id: '0193a0b4-0000-7000-8000-000000000001' });
    expect(found.body).toBe('hello');
  });

  it('uses TimescaleDB hypertables when the extension is available', async () => {
    if (!database.timescale) return;
    await database.query('CREATE TABLE scratch.reading (time timestamptz NOT NULL, value double precision)');
    await database.query("SELECT create_hypertable('scratch.reading', 'time')");
    const rows = await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM timescaledb_information.hypertables WHERE hypertable_name = 'reading'",
    );
    expect(rows[0]?.n).toBe(1);
  });
});

describe('raw COPY through the database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.query('CREATE SCHEMA copying');
    await database.query('CREATE TABLE copying.reading (time timestamptz NOT NULL, label text NOT NULL, value double precision NOT NULL, UNIQUE (time, label))');
  });
  afterAll(async () => {
    await database?.close();
  });

  const count = async () => (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM copying.reading'))[0]!.n;

  it('copies CSV rows into the named columns and sends nothing for empty text', async () => {
    const copied = await database.copyRows('copying.reading', ['time', 'label', 'value'], '2026-11-25T10:00:00Z,a,1.5\n2026-11-25T10:00:10Z,b,2\n');
    expect(copied).toBe(2);
    const { result, statements } = await database.statements.measure(() => database.copyRows('copying.reading', ['time', 'label', 'value'], ''));
    expect([result, statements]).toEqual([0, 0]);
    expect(await database.query('SELECT label, value FROM copying.reading ORDER BY time')).toEqual([
      { label: 'a', value: 1.5 },
      { label: 'b', value: 2 },
    ]);
  });

  it('commits statements and copies of one transaction together, and rolls all of them back when one fails', async () => {
    const committed = await database.transaction(async (session) => {
      await session.query('INSERT INTO copying.reading VALUES ($1, $2, $3)', ['2026-11-25T11:00:00Z', 'c', 3]);
      return session.copyRows('copying.reading', ['time', 'label', 'value'], '2026-11-25T11:00:10Z,d,4\n');
    });
    expect(committed).toBe(1);
    expect(await count()).toBe(4);
    const failed = database.transaction(async (session) => {
      await session.query('INSERT INTO copying.reading VALUES ($1, $2, $3)', ['2026-11-25T12:00:00Z', 'e', 5]);
      // A duplicate of a committed row: the COPY fails with a unique violation.
      await session.copyRows('copying.reading', ['time', 'label', 'value'], '2026-11-25T12:00:10Z,f,6\n2026-11-25T10:00:00Z,a,1.5\n');
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    expect(await count()).toBe(4);
  });
});

describe('TimescaleDB on the test database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is used where the server preloads it, and otherwise plain PostgreSQL is, with a warning naming the setting when only the preload is missing', async () => {
    if (database.kind === 'embedded') {
      expect(database.timescale).toBe(true);
      return;
    }
    const [server] = await database.query<{ available: boolean; preloaded: boolean; created: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS available,
              'timescaledb' = ANY (string_to_array(replace(current_setting('shared_preload_libraries'), ' ', ''), ',')) AS preloaded,
              EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') AS created`,
    );
    expect(database.timescale).toBe(server!.available && server!.preloaded);
    expect(server!.created).toBe(database.timescale);
    const warned = warnings.some((message) => message.includes("shared_preload_libraries = 'timescaledb'"));
    expect(warned).toBe(server!.available && !server!.preloaded);
  });
});
