import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem } from '@plexus/test-kit';

/**
 * Rules the systems enforce next to their data, declared in their SDL with
 * Federation's `@requiresScopes` (host enforces them), and the audit log
 * every system's host keeps of the mutations it answers.
 */

let stack: Stack;
const supplier = { role: 'supplier', supplierId: randomUUID() };
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

describe('field rules declared in the SDL', () => {
  it('hides standard cost from suppliers, and shows them the rest of the item', async () => {
    const item = await createItem(stack, { standardCost: 42 });
    const costly = `query ($id: ID!) { item(id: $id) { sku standardCost } }`;
    expect((await stack.query(costly, { id: item.id }, { role: 'buyer' })).data.item).toEqual({ sku: item.sku, standardCost: 42 });
    const refused = await stack.query(costly, { id: item.id }, supplier);
    expect(refused.data?.item ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(refused)).not.toContain('42');
    expect((await stack.query(`query ($id: ID!) { item(id: $id) { sku } }`, { id: item.id }, supplier)).data.item).toEqual({ sku: item.sku });
  });

  it('refuses suppliers the company’s KPIs and events, and serves every company role', async () => {
    for (const query of ['{ kpiSnapshot(names: [OTIF]) { name } }', '{ recentEvents(first: 1) { type } }']) {
      const refused = await stack.query(query, {}, supplier);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      for (const role of ['executive', 'analyst', 'planner']) expect((await stack.query(query, {}, { role })).errors).toBeUndefined();
    }
  });
});

describe('the audit log', () => {
  const audit = `query ($filter: MutationAuditFilter) { mutationAudit(filter: $filter, first: 10) {
    totalCount items { system operationName fields userId roles variablesDigest outcome errorCodes }
  } }`;
  const createSite = 'mutation CreateSite($input: CreateSiteInput!) { createSite(input: $input) { id } }';

  it('records who sent each mutation, as what, a digest of its variables and its outcome; admins only may read it', async () => {
    const input = { code: `AUD-${Date.now() % 1e8}`, name: 'Audited plant', timeZone: 'Europe/Berlin' };
    expect((await stack.query(createSite, { input }, { role: 'planner' })).errors).toBeUndefined();
    const bad = { code: `BAD-${Date.now() % 1e8}`, name: 'Nowhere', timeZone: 'Mars/Olympus' };
    expect((await stack.query(createSite, { input: bad }, { role: 'buyer' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const records = (await stack.query(audit, { filter: { system: 'erp' } }, { role: 'admin' })).data.mutationAudit;
    const digest = (variables: unknown) => createHash('sha256').update(JSON.stringify(variables)).digest('hex');
    expect(records.items.slice(0, 2)).toEqual([
      { system: 'erp', operationName: 'CreateSite', fields: ['createSite'], userId: 'stack-buyer', roles: ['buyer'], variablesDigest: digest({ input: { code: bad.code, name: bad.name, timeZone: bad.timeZone } }), outcome: 'REFUSED', errorCodes: ['BAD_USER_INPUT'] },
      { system: 'erp', operationName: 'CreateSite', fields: ['createSite'], userId: 'stack-planner', roles: ['planner'], variablesDigest: digest({ input }), outcome: 'SUCCEEDED', errorCodes: [] },
    ]);
    expect((await stack.query(audit, { filter: { userId: 'stack-buyer', outcome: 'REFUSED' } }, { role: 'admin' })).data.mutationAudit.totalCount).toBeGreaterThanOrEqual(1);
    for (const role of ['planner', 'executive', 'analyst']) {
      const refused = await stack.query(audit, {}, { role });
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
