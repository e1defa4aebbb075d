import { describe, expect, it } from 'vitest';
import type { DomainError } from '@plexus/errors';
import { assertCaseTransition, validateCaseLines } from './service-case.rules.ts';

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};

describe('service cases', () => {
  it('take a return through authorization and receipt before it is resolved, and a claim straight to its outcome', () => {
    expect(codeOf(() => assertCaseTransition('SC-1', 'RETURN', 'OPEN', 'AUTHORIZED'))).toBeNull();
    expect(codeOf(() => assertCaseTransition('SC-1', 'RETURN', 'AUTHORIZED', 'RECEIVED'))).toBeNull();
    expect(codeOf(() => assertCaseTransition('SC-1', 'RETURN', 'RECEIVED', 'RESOLVED'))).toBeNull();
    expect(codeOf(() => assertCaseTransition('SC-1', 'RETURN', 'OPEN', 'RESOLVED'))).toBe('CONFLICT');
    expect(codeOf(() => assertCaseTransition('SC-1', 'RETURN', 'RECEIVED', 'REJECTED'))).toBe('CONFLICT');
    expect(codeOf(() => assertCaseTransition('SC-2', 'DAMAGE_CLAIM', 'OPEN', 'RESOLVED'))).toBeNull();
    expect(codeOf(() => assertCaseTransition('SC-2', 'DAMAGE_CLAIM', 'OPEN', 'AUTHORIZED'))).toBe('CONFLICT');
    expect(codeOf(() => assertCaseTransition('SC-2', 'DAMAGE_CLAIM', 'REJECTED', 'RESOLVED'))).toBe('CONFLICT');
  });

  it('name only lines the shipment carried, once each, up to what it carried', () => {
    const shipped = new Map([['L1', 5]]);
    expect(codeOf(() => validateCaseLines([{ salesOrderLineId: 'L1', quantity: 5 }], shipped))).toBeNull();
    expect(codeOf(() => validateCaseLines([{ salesOrderLineId: 'L1', quantity: 6 }], shipped))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateCaseLines([{ salesOrderLineId: 'L2', quantity: 1 }], shipped))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateCaseLines([{ salesOrderLineId: 'L1', quantity: 1 }, { salesOrderLineId: 'L1', quantity: 1 }], shipped))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateCaseLines([], shipped))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateCaseLines([{ salesOrderLineId: 'L1', quantity: 0 }], shipped))).toBe('BAD_USER_INPUT');
  });
});
