import { describe, expect, it } from 'vitest';
import type { SopMonth } from './sop-figures.ts';
import { sopPdf } from './sop-pdf.ts';

const months = (count: number): SopMonth[] =>
  Array.from({ length: count }, (_, index) => ({
    month: `${2026 + Math.floor((10 + index) / 12)}-${String(((10 + index) % 12) + 1).padStart(2, '0')}-01`,
    forecast: 10 + index,
    orders: 5,
    demand: 12 + index,
    production: 8,
    purchases: index % 2,
    supply: 8 + (index % 2),
    capacityHours: 320,
    loadHours: 40,
    familyLoadHours: 25,
  }));

/** Reads a PDF the way a viewer starts to: startxref → xref table → each object where the table says. */
function parse(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number) as [number, number, number];
  expect(first).toBe(0);
  const entries = text.slice(startxref).split('\n').slice(2, 2 + count);
  const objects = entries.slice(1).map((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
    return text.slice(offset, text.indexOf('endobj', offset));
  });
  expect(/trailer\n<< \/Size (\d+) \/Root 1 0 R >>/.exec(text)![1]).toBe(String(count));
  return { text, objects };
}

describe('the S&OP PDF', () => {
  it('is a PDF 1.4 file whose cross-reference table points at every object', () => {
    const { text, objects } = parse(sopPdf({ title: 'S&OP PUMPS (Pumps)', subtitle: 'Live plan – 18 months', unit: 'EA', months: months(18) }));
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(objects).toHaveLength(6);
    expect(objects[1]).toContain('/Count 1');
    const content = objects[5]!;
    expect(/\/Length (\d+) >>\nstream\n/.exec(content)![1]).toBe(String(content.slice(content.indexOf('stream\n') + 7, content.lastIndexOf('\nendstream')).length));
    // The title with its parentheses escaped, the subtitle's dash outside Latin-1 as "?", bars (re f) and lines (m … l S).
    expect(content).toContain('(S&OP PUMPS \\(Pumps\\)) Tj');
    expect(content).toContain('(Live plan ? 18 months) Tj');
    expect(content).toMatch(/ re f/);
    expect(content).toMatch(/ m [\d. ]+ l .* S/);
    expect(content).toContain('(2027-04) Tj');
  });

  it('continues a long table on further pages', () => {
    const { objects } = parse(sopPdf({ title: 'S&OP', subtitle: '', unit: 'EA', months: months(36) }));
    expect(objects[1]).toContain('/Count 2');
    expect(objects).toHaveLength(8);
    expect(objects[7]).toContain('(2029-09) Tj');
  });
});
