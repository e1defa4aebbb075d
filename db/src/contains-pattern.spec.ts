import { describe, expect, it } from 'vitest';
import { containsPattern } from './contains-pattern.ts';

describe('a contains pattern', () => {
  it('escapes the wildcards and the escape character of the search text', () => {
    expect(containsPattern('pump')).toBe('%pump%');
    expect(containsPattern('10%')).toBe('%10\\%%');
    expect(containsPattern('A_1')).toBe('%A\\_1%');
    expect(containsPattern('C:\\x')).toBe('%C:\\\\x%');
  });
});
