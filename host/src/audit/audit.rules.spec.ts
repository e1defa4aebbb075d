import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { canonicalJson, clientOperationName, mutationFields, mutationOutcome, variablesDigest } from './audit.rules.ts';

describe('mutation audit rules', () => {
  it('calls a mutation refused only when every error is a refusal code', () => {
    expect(mutationOutcome([])).toBe('SUCCEEDED');
    expect(mutationOutcome(['FORBIDDEN'])).toBe('REFUSED');
    expect(mutationOutcome(['BAD_USER_INPUT', 'NOT_FOUND'])).toBe('REFUSED');
    expect(mutationOutcome(['CONFLICT', 'INTERNAL_SERVER_ERROR'])).toBe('FAILED');
    expect(mutationOutcome([undefined])).toBe('FAILED');
  });

  it('digests variables whatever the order of their keys, and tells different values apart', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: null, c: undefined })).toBe('{"a":null,"b":[{"x":2,"y":1}]}');
    expect(variablesDigest({ input: { code: 'A', name: 'N' } })).toBe(variablesDigest({ input: { name: 'N', code: 'A' } }));
    expect(variablesDigest({ input: { code: 'A' } })).not.toBe(variablesDigest({ input: { code: 'B' } }));
    expect(variablesDigest(undefined)).toBe(variablesDigest({}));
    expect(variablesDigest({})).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the fields a mutation calls, not their aliases', () => {
    const [operation] = parse('mutation Two { first: createSite(input: {}) { id } cancelSalesOrder(id: "x") { id } }').definitions as OperationDefinitionNode[];
    expect(mutationFields(operation!)).toEqual(['createSite', 'cancelSalesOrder']);
  });

  it('records the client’s operation name, not the gateway’s name of its fetch', () => {
    expect(clientOperationName('CreateSite__erp__0')).toBe('CreateSite');
    expect(clientOperationName('Ship__wms__12')).toBe('Ship');
    expect(clientOperationName('Plain')).toBe('Plain');
    expect(clientOperationName(undefined)).toBeNull();
  });
});
