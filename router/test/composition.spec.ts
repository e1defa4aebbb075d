import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from '../src/composition.ts';

describe('the supergraph', () => {
  it('composes from every subgraph SDL and matches the committed router/supergraph.graphql', () => {
    expect(composeSupergraph()).toBe(readFileSync(supergraphPath, 'utf8'));
  });

  it('joins each shared entity by its id key', () => {
    const supergraph = composeSupergraph();
    for (const [type, graphs] of [
      ['Item', ['ERP', 'CRM', 'WMS']],
      ['SalesOrder', ['CRM', 'WMS', 'ANALYTICS']],
    ] as const) {
      for (const graph of graphs) expect(supergraph).toMatch(new RegExp(`type ${type}\\b[^{]*@join__type\\(graph: ${graph}, key: "id"\\)`));
    }
  });
});
