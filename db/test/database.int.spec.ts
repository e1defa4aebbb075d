import { defineEntity, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration, openSubgraphOrm, openTestDatabase, type Database, type SubgraphOrm } from '../src/index.ts';

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
