import { describe, expect, it } from 'vitest';
import { defaultLocale, negotiateLocale } from './locale.ts';

describe('negotiateLocale', () => {
  it('takes the preferred language the runtime can format', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('de-DE');
    expect(negotiateLocale('en;q=0.5, fr-CA;q=0.9')).toBe('fr-CA');
  });

  it('skips malformed and wildcard tags and falls back to British English', () => {
    expect(negotiateLocale('*, not a tag, ;;;')).toBe(defaultLocale);
    expect(negotiateLocale('%%%,es-ES')).toBe('es-ES');
    expect(negotiateLocale(null)).toBe(defaultLocale);
    expect(negotiateLocale('fr;q=0')).toBe(defaultLocale);
  });
});
