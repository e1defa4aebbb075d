import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defaultLimitPolicy, limitsFor, OperationAnalyzer, type OperationLimits } from './operation-limits.ts';

const schema = buildSchema(`
  directive @listSize(assumedSize: Int) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION
  type Query {
    orders(first: Int = 25): OrderPage!
    items(first: Int): [Item!]!
    order(id: ID!): Order
    snapshot: [Tile!]! @cost(weight: 20) @listSize(assumedSize: 12)
  }
  type OrderPage { totalCount: Int! items: [Order!]! }
  type Order { id: ID! number: String! lines: [Line!]! customer: Customer! }
  type Line { quantity: Int! item: Item! }
  type Item { sku: String! }
  type Customer { name: String! }
  type Tile { name: String! }
`);

const wide: OperationLimits = { maxDepth: 100, maxAliases: 1000, maxDirectives: 1000, maxTokens: 100_000, maxCost: Number.MAX_SAFE_INTEGER, maxBodyBytes: 1e9, requestsPerSecond: 1, burst: 1 };

/** The estimated cost of an operation within the limits, or the name of the limit it breaks. */
function measure(query: string, limits: Partial<OperationLimits> = {}, variables?: Record<string, unknown>): string | number {
  try {
    return new OperationAnalyzer(schema).check(query, undefined, variables, { ...wide, ...limits }).cost;
  } catch (error) {
    return (error as { details: { limit: string } }).details.limit;
  }
}

describe('the cost estimate', () => {
  it('sizes a page’s lists by its first argument, given, from a variable or by its SDL default', () => {
    // 10 orders × (1 + customer 1 + 5 assumed lines × (1 + item 1)) + the page itself 1
    expect(measure('{ orders(first: 10) { items { customer { name } lines { item { sku } } } } }')).toBe(1 + 10 * (1 + 1 + 5 * 2));
    expect(measure('query ($n: Int) { orders(first: $n) { items { number } } }', {}, { n: 3 })).toBe(1 + 3);
    expect(measure('{ orders { items { number } } }')).toBe(1 + 25);
    expect(measure('{ items(first: 40) { sku } }')).toBe(40);
  });

  it('takes weights and assumed sizes from @cost and @listSize', () => {
    expect(measure('{ snapshot { name } }')).toBe(12 * 20);
  });

  it('counts a fragment once per spread, and a cycle adds nothing', () => {
    expect(measure('{ order(id: 1) { ...O } again: order(id: 2) { ...O } } fragment O on Order { customer { name } }')).toBe(2 * (1 + 1));
    expect(measure('{ order(id: 1) { ...A } } fragment A on Order { ...B } fragment B on Order { ...A }')).toBe(1);
  });
});

describe('the shape limits', () => {
  it('counts every field level for depth, aliases through fragments, and directives', () => {
    expect(measure('{ order(id: 1) { lines { item { sku } } } }', { maxDepth: 3 })).toBe('depth');
    expect(measure('{ order(id: 1) { lines { item { sku } } } }', { maxDepth: 4 })).toBeGreaterThan(0);
    const aliased = '{ order(id: 1) { ...F } } fragment F on Order { a: id b: id c: number }';
    expect(measure(aliased, { maxAliases: 2 })).toBe('aliases');
    expect(measure(aliased, { maxAliases: 3 })).toBeGreaterThan(0);
    expect(measure('{ order(id: 1) @include(if: true) { id @skip(if: false) } }', { maxDirectives: 1 })).toBe('directives');
  });

  it('re-reads a text refused for its tokens when a wider token limit asks, and refuses a syntax error', () => {
    const analyzer = new OperationAnalyzer(schema);
    const query = '{ order(id: 1) { id number } }';
    expect(() => analyzer.check(query, undefined, undefined, { ...wide, maxTokens: 5 })).toThrow(/more than 5 tokens/);
    expect(analyzer.check(query, undefined, undefined, wide).operation).toBe('query');
    expect(() => analyzer.check(query, undefined, undefined, { ...wide, maxTokens: 5 })).toThrow(/more than 5 tokens/);
    expect(() => analyzer.check('{ order(id: 1) {', undefined, undefined, wide)).toThrow(/Syntax Error/);
  });
});

describe('limits by role', () => {
  it('gives a viewer the widest of its roles’ limits, and browser limits to a role without its own', () => {
    const viewer = (roles: ('analyst' | 'planner')[]) => ({ sub: 'someone', name: 'Someone', roles });
    expect(limitsFor(defaultLimitPolicy, viewer(['planner']))).toEqual(defaultLimitPolicy.default);
    expect(limitsFor(defaultLimitPolicy, viewer(['planner', 'analyst'])).maxDepth).toBe(defaultLimitPolicy.byRole!.analyst!.maxDepth);
    expect(limitsFor(defaultLimitPolicy, undefined)).toEqual(defaultLimitPolicy.default);
  });
});
