import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routerCredentialHeader } from '@plexus/identity';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { postGraphQL, type GraphQLResponse } from '@plexus/scripts/graphql-client';
import { createCustomer, createItem, createSalesOrder, createSite, placedPurchaseOrder } from '@plexus/test-kit';
import { supergraphPath } from '../src/composition.ts';

/**
 * A schema-aware fuzzer through the router. For every mutation of the
 * supergraph and every argument (input fields included, to a depth of three),
 * invalid, boundary and hostile values picked by a seeded generator (the same
 * run every time: FUZZ_SEED, FUZZ_SAMPLES per argument), sent as an
 * administrator (past every role check, so the values reach validation) and
 * the supplier mutations also as one supplier naming another's records. It
 * holds that: no answer is a 5xx or an internal error; a mutation that
 * answers with an error changes no row of any system's tables and appends no
 * event; a supplier's answer never carries another supplier's records. Then
 * forged, expired, wrong-audience and role-escalating tokens, and requests
 * straight to each subgraph, against every mutation: refused, nothing
 * written. Prints its counts.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
/** Hostile values per argument leaf (ids get one of another supplier's besides): about 600 requests, under a minute. */
const samplesPerArgument = Number(process.env.FUZZ_SAMPLES ?? 1);

/** mulberry32: small, seeded, and the same sequence on every machine. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(seed);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

const schema = buildASTSchema(parse(readFileSync(supergraphPath, 'utf8')), { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()!.getFields());

const hostileStrings = [
  '',
  ' ',
  'x'.repeat(10_000),
  '\u0000',
  "'; DROP TABLE crm.sales_order; --",
  '<script>alert(1)</script>',
  '%_\\',
  '\u202e\u0301🙂',
  '../../etc/passwd',
  '{"$gt": ""}',
];
const hostileNumbers = [0, -1, 1e-9, -0.000_001, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e308, -1e308, 0.1 + 0.2];
const hostileDates = ['2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '26-1-1', '', '2026-11-30T00:00:00Z'];
const hostileDateTimes = ['1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '2026-11-30', '2026-11-30T25:61:00Z', ''];

interface Fixtures {
  ids: Record<string, string[]>;
  /** Ids of supplier B's records, which supplier A must never see. */
  otherTenant: string[];
  supplierA: string;
  supplierB: string;
}

/** Which kind of record an argument names, by its path (`input.lines.itemId`) and mutation, for a plausible id. */
function idKind(path: readonly string[], mutation: string): string | undefined {
  const name = path.at(-1)!.toLowerCase();
  const context = `${name} ${mutation.toLowerCase()}`;
  for (const kind of ['purchaseorderline', 'salesorderline', 'supplier', 'item', 'component', 'site', 'customer', 'warehouse', 'location']) {
    if (name.includes(kind)) return kind === 'component' ? 'item' : kind;
  }
  if (name === 'lineid') return context.includes('purchaseorder') ? 'purchaseorderline' : 'salesorderline';
  for (const kind of ['purchaseorder', 'salesorder', 'supplier', 'item', 'site']) if (name === 'id' && context.includes(kind)) return kind;
  if (name.includes('purchaseorder')) return 'purchaseorder';
  if (name.includes('order')) return 'salesorder';
  return undefined;
}

/** A plausible value of a type: what the fuzzer changes one argument of. */
function baseValue(type: GraphQLInputType, path: string[], mutation: string, fixtures: Fixtures, depth = 0): unknown {
  if (isNonNullType(type)) return baseValue(type.ofType, path, mutation, fixtures, depth);
  if (isListType(type)) return [baseValue(type.ofType, path, mutation, fixtures, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (depth < 3 && (isNonNullType(field.type) || random() < 0.5)) value[field.name] = baseValue(field.type, [...path, field.name], mutation, fixtures, depth + 1);
    }
    return value;
  }
  switch (type.name) {
    case 'ID': {
      const kind = idKind(path, mutation);
      return kind && fixtures.ids[kind]?.length ? pick(fixtures.ids[kind]!) : randomUUID();
    }
    case 'Int':
      return 1;
    case 'Float':
      return 5;
    case 'Boolean':
      return true;
    case 'Date':
      return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    case 'DateTime':
      return new Date(Date.now() - 3_600_000).toISOString();
    case 'JSON':
      return {};
    default:
      return `Fuzz ${path.at(-1)}`;
  }
}

/** Invalid, boundary and hostile values for a leaf of `type`. */
function hostileValues(type: GraphQLInputType, fixtures: Fixtures): unknown[] {
  const named = getNamedType(type);
  const wrongShapes = [null, { nested: true }, ['list'], true];
  if (isEnumType(named)) return ['NOT_A_VALUE', '', 'fg', ...wrongShapes];
  if (isInputObjectType(named)) return [{}, null, 'string', []];
  if (!isScalarType(named)) return wrongShapes;
  switch (named.name) {
    case 'ID':
      return ['', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', randomUUID(), "1' OR '1'='1", ...fixtures.otherTenant, ...Object.values(fixtures.ids).flat(), 12];
    case 'Int':
      return [...hostileNumbers, '1', null];
    case 'Float':
      return [...hostileNumbers, '5', null];
    case 'Boolean':
      return ['true', 0, null];
    case 'Date':
      return [...hostileDates, null, 20261130];
    case 'DateTime':
      return [...hostileDateTimes, null, 0];
    case 'JSON':
      return [null, 'x'.repeat(10_000), Array.from({ length: 1000 }, (_, index) => index), { a: { b: { c: { d: {} } } } }];
    default:
      return [...hostileStrings, null, 42, ['x']];
  }
}

interface Leaf {
  path: string[];
  type: GraphQLInputType;
}

/** Every leaf an argument has (input object fields to a depth of three; a list's first element). */
function leavesOf(argument: GraphQLArgument): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (type: GraphQLInputType, path: string[], depth: number) => {
    leaves.push({ path, type });
    const named = getNamedType(type);
    if (isInputObjectType(named) && depth < 3) for (const field of Object.values(named.getFields())) walk(field.type, [...path, field.name], depth + 1);
  };
  walk(argument.type, [argument.name], 0);
  return leaves;
}

/** `value` with the leaf at `path` replaced (list steps go through the first element). */
function replaced(value: Record<string, unknown>, path: readonly string[], leaf: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let target: Record<string, unknown> = copy;
  for (const step of path.slice(0, -1)) {
    let next = target[step];
    if (Array.isArray(next)) next = next[0];
    if (typeof next !== 'object' || next === null) {
      next = {};
      target[step] = next;
    }
    target = next as Record<string, unknown>;
  }
  target[path.at(-1)!] = leaf;
  return copy;
}

function operationFor(mutation: GraphQLField<unknown, unknown>): string {
  const variables = mutation.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const argumentsList = mutation.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isScalarType(getNamedType(mutation.type)) || isEnumType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${argumentsList ? `(${argumentsList})` : ''}${selection} }`;
}

const supplierMutations = new Set(['confirmPurchaseOrder', 'requestPurchaseOrderChange', 'respondToPurchaseOrderChange', 'submitAsn', 'submitQuote', 'declineRfq']);

let stack: Stack;
let fixtures: Fixtures;
let countRows: () => Promise<Record<string, number>>;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const [item, site, customer] = [await createItem(stack), await createSite(stack), await createCustomer(stack)];
  const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 3 }]);
  const a = await placedPurchaseOrder(stack, { siteId: site.id, confirm: false });
  const b = await placedPurchaseOrder(stack, { siteId: site.id });
  const warehouse = await stack.query(`mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id locations { id } } }`, {
    input: { code: `FZ-${Date.now()}`, name: 'Fuzz warehouse', siteId: site.id, locationCodes: ['A-01'] },
  });
  fixtures = {
    ids: {
      item: [item.id, ...a.items.map((entry) => entry.id)],
      site: [site.id],
      customer: [customer.id],
      salesorder: [order.id],
      salesorderline: order.lines.map((line) => line.id),
      supplier: [a.supplier.id],
      purchaseorder: [a.order.id],
      purchaseorderline: a.order.lines.map((line) => line.id),
      warehouse: warehouse.data?.createWarehouse ? [warehouse.data.createWarehouse.id] : [],
      location: warehouse.data?.createWarehouse?.locations.map((location: { id: string }) => location.id) ?? [],
    },
    otherTenant: [b.supplier.id, b.order.id, ...b.order.lines.map((line) => line.id)],
    supplierA: a.supplier.id,
    supplierB: b.supplier.id,
  };
  // Every base table of every system and the event stream; the audit log records refusals too and is left out.
  const schemas = Object.keys(stack.subgraphUrls).filter((name) => name !== 'audit');
  const tables = await stack.database.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1::text[]) AND c.relname NOT LIKE '%migrations' ORDER BY 1`,
    [schemas],
  );
  const sql = `SELECT ${tables.map(({ name }, index) => `(SELECT count(*)::int FROM ${name}) AS t${index}`).join(', ')}`;
  countRows = async () => {
    const [row] = await stack.database.query<Record<string, number>>(sql);
    return Object.fromEntries(tables.map(({ name }, index) => [name, row![`t${index}`]!]));
  };
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

const changed = (before: Record<string, number>, after: Record<string, number>) => Object.keys(after).filter((table) => after[table] !== before[table]);

interface Finding {
  mutation: string;
  path: string;
  value: string;
  problem: string;
}

describe('fuzzing every mutation through the router', () => {
  it('never answers 5xx, never writes part of a refused mutation, never shows one supplier another’s records', async () => {
    const started = performance.now();
    const findings: Finding[] = [];
    const counts = { requests: 0, succeeded: 0, refused: 0, byStatus: {} as Record<number, number>, byCode: {} as Record<string, number>, supplierRequests: 0 };
    let rows = await countRows();
    const send = async (mutation: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, path: string, value: unknown, viewer: { role: string; supplierId?: string }) => {
      const response: GraphQLResponse<Record<string, unknown>> = await stack.query(operationFor(mutation), variables, viewer);
      counts.requests += 1;
      counts.byStatus[response.status] = (counts.byStatus[response.status] ?? 0) + 1;
      const after = await countRows();
      const shown = JSON.stringify(value)?.slice(0, 80) ?? 'undefined';
      const report = (problem: string) => findings.push({ mutation: mutation.name, path, value: shown, problem });
      if (response.status >= 500) report(`HTTP ${response.status}`);
      for (const error of response.errors ?? []) {
        const code = error.extensions?.code ?? 'NONE';
        counts.byCode[code] = (counts.byCode[code] ?? 0) + 1;
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'NONE') report(`internal error: ${error.message}`);
      }
      if (response.errors?.length) {
        counts.refused += 1;
        const written = changed(rows, after);
        if (written.length > 0) report(`refused but wrote ${written.join(', ')}`);
      } else {
        counts.succeeded += 1;
      }
      if (viewer.supplierId) {
        counts.supplierRequests += 1;
        const data = JSON.stringify(response.data ?? null);
        if (fixtures.otherTenant.some((id) => data.includes(id))) report('another supplier’s record in the answer');
      }
      rows = after;
    };

    for (const mutation of mutations) {
      const base = () => Object.fromEntries(mutation.args.map((argument) => [argument.name, baseValue(argument.type, [argument.name], mutation.name, fixtures)]));
      await send(mutation, base(), '(plausible values)', null, { role: 'admin' });
      for (const argument of mutation.args) {
        for (const leaf of leavesOf(argument)) {
          const candidates = [...hostileValues(leaf.type, fixtures), undefined];
          const values = Array.from({ length: samplesPerArgument }, () => pick(candidates));
          if (getNamedType(leaf.type).name === 'ID') values.push(pick(fixtures.otherTenant));
          for (const value of values) await send(mutation, replaced(base(), leaf.path, value), leaf.path.join('.'), value, { role: 'admin' });
        }
      }
      if (supplierMutations.has(mutation.name)) {
        // Supplier A naming supplier B's records (and B itself) wherever an id goes.
        for (const argument of mutation.args) {
          for (const leaf of leavesOf(argument).filter((candidate) => getNamedType(candidate.type).name === 'ID')) {
            const value = pick(fixtures.otherTenant.concat(fixtures.supplierB));
            await send(mutation, replaced(base(), leaf.path, value), leaf.path.join('.'), value, { role: 'supplier', supplierId: fixtures.supplierA });
          }
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz (seed ${seed}, ${samplesPerArgument} values per argument): ${mutations.length} mutations, ${counts.requests} requests in ${seconds.toFixed(1)} s; ` +
        `${counts.succeeded} succeeded, ${counts.refused} refused; statuses ${JSON.stringify(counts.byStatus)}; codes ${JSON.stringify(counts.byCode)}; ` +
        `${counts.supplierRequests} as a supplier naming another's records; 5xx ${findings.filter((finding) => finding.problem.startsWith('HTTP 5')).length}, ` +
        `internal errors ${findings.filter((finding) => finding.problem.startsWith('internal')).length}, partial writes ${findings.filter((finding) => finding.problem.startsWith('refused but wrote')).length}, ` +
        `leaks ${findings.filter((finding) => finding.problem.startsWith('another')).length}`,
    );
    expect(findings).toEqual([]);
  }, 600_000);

  it('refuses forged, expired, wrong-audience, role-escalating and missing tokens, and direct subgraph calls, writing nothing', async () => {
    const before = await countRows();
    const { privateKey } = await generateKeyPair('ES256');
    const claims = { sub: 'mallory', name: 'Mallory', roles: ['admin'] };
    const issuer = stack.issuerUrl;
    const tokens = {
      missing: undefined,
      forged: await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'forged' }).setIssuer(issuer).setAudience('plexus').setExpirationTime('1h').sign(privateKey),
      expired: await stack.signToken(claims, { lifetimeSeconds: -120 }),
      wrongAudience: await stack.signToken(claims, { audience: 'another-api' }),
      escalating: await stack.signToken({ sub: 'sam', name: 'Sam', roles: ['supplier', 'admin'], supplierId: fixtures.supplierA }),
      noRole: await stack.signToken({ sub: 'nobody', name: 'Nobody', roles: ['root'] }),
      readOnly: await stack.signToken({ sub: 'eve', name: 'Eve', roles: ['executive'] }),
    };
    let refusals = 0;
    for (const mutation of mutations) {
      const variables = Object.fromEntries(mutation.args.map((argument) => [argument.name, baseValue(argument.type, [argument.name], mutation.name, fixtures)]));
      for (const [kind, token] of Object.entries(tokens)) {
        const response = await postGraphQL(stack.routerUrl, operationFor(mutation), variables, token ? { token } : {});
        expect([kind, response.status]).toEqual([kind, kind === 'readOnly' || kind === 'escalating' || kind === 'noRole' ? 403 : 401]);
        expect(response.data).toBeUndefined();
        refusals += 1;
      }
      for (const [name, url] of Object.entries(stack.subgraphUrls)) {
        const direct = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-plexus-role': 'admin', [routerCredentialHeader]: tokens.forged },
          body: JSON.stringify({ query: operationFor(mutation), variables }),
        });
        expect([name, direct.status]).toEqual([name, 401]);
        refusals += 1;
      }
    }
    expect(changed(before, await countRows())).toEqual([]);
    console.log(`tokens and direct calls: ${refusals} requests against ${mutations.length} mutations, all refused, nothing written`);
  }, 300_000);
});
