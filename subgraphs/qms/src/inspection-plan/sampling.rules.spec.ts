import { describe, expect, it } from 'vitest';
import { DomainError } from '@plexus/errors';
import { acceptanceQualityLimits, codeLetterFor, codeLetters, lotAccepted, samplingPlan, sampleSizeOf, tableCell, type CodeLetter, type TableCell } from './sampling.rules.ts';

/**
 * ISO 2859-1 Table 2-A (single sampling, normal inspection), AQL columns
 * 0.65 to 15, rows A to Q, as printed: "Ac/Re", "↓" (first plan below) or
 * "↑" (first plan above).
 */
const tableExcerpt = `
     0.65   1.0    1.5    2.5    4.0    6.5    10     15
A    ↓      ↓      ↓      ↓      ↓      0/1    ↑      ↓
B    ↓      ↓      ↓      ↓      0/1    ↑      ↓      1/2
C    ↓      ↓      ↓      0/1    ↑      ↓      1/2    2/3
D    ↓      ↓      0/1    ↑      ↓      1/2    2/3    3/4
E    ↓      0/1    ↑      ↓      1/2    2/3    3/4    5/6
F    0/1    ↑      ↓      1/2    2/3    3/4    5/6    7/8
G    ↑      ↓      1/2    2/3    3/4    5/6    7/8    10/11
H    ↓      1/2    2/3    3/4    5/6    7/8    10/11  14/15
J    1/2    2/3    3/4    5/6    7/8    10/11  14/15  21/22
K    2/3    3/4    5/6    7/8    10/11  14/15  21/22  ↑
L    3/4    5/6    7/8    10/11  14/15  21/22  ↑      ↑
M    5/6    7/8    10/11  14/15  21/22  ↑      ↑      ↑
N    7/8    10/11  14/15  21/22  ↑      ↑      ↑      ↑
P    10/11  14/15  21/22  ↑      ↑      ↑      ↑      ↑
Q    14/15  21/22  ↑      ↑      ↑      ↑      ↑      ↑`;

/** Row A across every AQL column from 0.010 to 1000, and the small-sample rows' 30/31 and 44/45 plans. */
const rowA = '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31';
const rowC = '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ↑';
const rowQ = '0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑';

const printed = (cell: TableCell) => ('plan' in cell ? `${cell.plan.acceptanceNumber}/${cell.plan.rejectionNumber}` : cell.arrow === 'UP' ? '↑' : '↓');

describe('ISO 2859-1 Table 1 at general inspection level II', () => {
  it.each([
    [2, 'A'], [8, 'A'], [9, 'B'], [15, 'B'], [16, 'C'], [25, 'C'], [26, 'D'], [50, 'D'], [51, 'E'], [90, 'E'], [91, 'F'], [150, 'F'],
    [151, 'G'], [280, 'G'], [281, 'H'], [500, 'H'], [501, 'J'], [1200, 'J'], [1201, 'K'], [3200, 'K'], [3201, 'L'], [10000, 'L'],
    [10001, 'M'], [35000, 'M'], [35001, 'N'], [150000, 'N'], [150001, 'P'], [500000, 'P'], [500001, 'Q'], [5_000_000, 'Q'],
  ] as const)('gives a lot of %i units code letter %s', (lotSize, letter) => {
    expect(codeLetterFor(lotSize)).toBe(letter);
  });

  it('has the sample sizes of Table 2-A', () => {
    expect(codeLetters.map(sampleSizeOf)).toEqual([2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]);
  });
});

describe('ISO 2859-1 Table 2-A', () => {
  it('matches the printed table for AQL 0.65 to 15', () => {
    const [header, ...rows] = tableExcerpt.trim().split('\n');
    const columns = header!.trim().split(/\s+/).map(Number);
    for (const row of rows) {
      const [letter, ...cells] = row.trim().split(/\s+/);
      const actual = columns.map((aql) => printed(tableCell(letter as CodeLetter, acceptanceQualityLimits.indexOf(aql as never))));
      expect(`${letter} ${actual.join(' ')}`).toBe(`${letter} ${cells.join(' ')}`);
    }
  });

  it.each([
    ['A', rowA],
    ['C', rowC],
    ['Q', rowQ],
  ] as const)('matches the printed row %s over every AQL', (letter, row) => {
    expect(acceptanceQualityLimits.map((_, column) => printed(tableCell(letter, column))).join(' ')).toBe(row);
  });

  it('stops at Ac 21 from letter E on', () => {
    expect(printed(tableCell('D', acceptanceQualityLimits.indexOf(400)))).toBe('44/45');
    expect(printed(tableCell('E', acceptanceQualityLimits.indexOf(100)))).toBe('21/22');
    expect(printed(tableCell('E', acceptanceQualityLimits.indexOf(150)))).toBe('↑');
  });
});

describe('the sampling plan of a lot', () => {
  it('reads the plan where the table has one', () => {
    expect(samplingPlan(500, 1)).toMatchObject({ codeLetter: 'H', planLetter: 'H', sampleSize: 50, acceptanceNumber: 1, rejectionNumber: 2 });
    expect(samplingPlan(1000, 2.5)).toMatchObject({ codeLetter: 'J', planLetter: 'J', sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6 });
    expect(samplingPlan(3000, 4)).toMatchObject({ codeLetter: 'K', sampleSize: 125, acceptanceNumber: 10, rejectionNumber: 11 });
  });

  it('follows an up arrow to the plan above, with that plan’s smaller sample', () => {
    // F at AQL 1.0 points up to E: 13 units, accept none.
    expect(samplingPlan(100, 1)).toMatchObject({ codeLetter: 'F', planLetter: 'E', sampleSize: 13, acceptanceNumber: 0, rejectionNumber: 1 });
    // L at AQL 10 points up to K's 21/22.
    expect(samplingPlan(5000, 10)).toMatchObject({ codeLetter: 'L', planLetter: 'K', sampleSize: 125, acceptanceNumber: 21, rejectionNumber: 22 });
  });

  it('follows a down arrow to the plan below, with that plan’s larger sample', () => {
    // G at AQL 1.0 points down to H: 50 units, Ac 1.
    expect(samplingPlan(200, 1)).toMatchObject({ codeLetter: 'G', planLetter: 'H', sampleSize: 50, acceptanceNumber: 1, rejectionNumber: 2 });
    // Q at AQL 0.025 points down to R: 2000 units, Ac 1.
    expect(samplingPlan(600_000, 0.025)).toMatchObject({ codeLetter: 'Q', planLetter: 'R', sampleSize: 2000, acceptanceNumber: 1, rejectionNumber: 2 });
  });

  it('inspects the whole lot when the plan’s sample is as large as the lot', () => {
    // A at AQL 0.65 falls through five down arrows to F (20 units) for a lot of 5.
    expect(samplingPlan(5, 0.65)).toMatchObject({ codeLetter: 'A', planLetter: 'F', sampleSize: 5, acceptanceNumber: 0, rejectionNumber: 1 });
    expect(samplingPlan(1, 6.5)).toMatchObject({ codeLetter: 'A', planLetter: 'A', sampleSize: 1, acceptanceNumber: 0 });
  });

  it('takes letter A’s plan for A’s up arrow, which has no plan above it', () => {
    expect(samplingPlan(8, 10)).toMatchObject({ codeLetter: 'A', planLetter: 'A', sampleSize: 2, acceptanceNumber: 0, rejectionNumber: 1 });
  });

  it('accepts at Ac nonconforming units and rejects at Re', () => {
    const plan = samplingPlan(1000, 2.5);
    expect(lotAccepted(plan, 5)).toBe(true);
    expect(lotAccepted(plan, 6)).toBe(false);
  });

  it.each([
    [0, 1, 'lotSize'],
    [2.5, 1, 'lotSize'],
    [100, 0.3, 'aql'],
    [100, 2000, 'aql'],
  ])('refuses lot size %s with AQL %s as bad input', (lotSize, aql, field) => {
    const attempt = () => samplingPlan(lotSize, aql);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    }
  });
});
