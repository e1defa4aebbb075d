import { readFileSync } from 'node:fs';
import { discoverSubgraphs } from '@plexus/host';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphPath } from '../src/composition.ts';

describe('the supergraph', () => {
  it('composes from every declared system and matches the committed router/supergraph.graphql', async () => {
    const supergraph = await composeSupergraph();
    expect(supergraph).toBe(readFileSync(supergraphPath, 'utf8'));
    for (const { declaration } of await discoverSubgraphs()) {
      expect(supergraph).toContain(`@join__graph(name: "${declaration.name}", url: "http://127.0.0.1:${declaration.defaultPort}/")`);
    }
  });

  it('joins each shared entity by its id key', async () => {
    const supergraph = await composeSupergraph();
    for (const [type, graphs] of [
      ['Item', ['ERP', 'CRM', 'WMS']],
      ['SalesOrder', ['CRM', 'WMS', 'ANALYTICS']],
    ] as const) {
      for (const graph of graphs) expect(supergraph).toMatch(new RegExp(`type ${type}\\b[^{]*@join__type\\(graph: ${graph}, key: "id"\\)`));
    }
  });
});
