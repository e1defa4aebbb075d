import { badInput } from '@plexus/errors';

/**
 * ISO 2859-1 single sampling for normal inspection at general inspection
 * level II: the lot size gives a sample size code letter (Table 1), the code
 * letter and the AQL give the sample size with its acceptance number Ac and
 * rejection number Re (Table 2-A). A lot is accepted when the sample holds
 * at most Ac nonconforming units and rejected when it holds Re or more.
 */

/** Table 1, general inspection level II: the largest lot size of each code letter (Q has no upper bound). */
const codeLetterLotSizes: readonly (readonly [number, CodeLetter])[] = [
  [8, 'A'],
  [15, 'B'],
  [25, 'C'],
  [50, 'D'],
  [90, 'E'],
  [150, 'F'],
  [280, 'G'],
  [500, 'H'],
  [1200, 'J'],
  [3200, 'K'],
  [10000, 'L'],
  [35000, 'M'],
  [150000, 'N'],
  [500000, 'P'],
  [Infinity, 'Q'],
];

export const codeLetters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof codeLetters)[number];

/** Table 2-A: the sample size of each code letter. */
const sampleSizes: Record<CodeLetter, number> = { A: 2, B: 3, C: 5, D: 8, E: 13, F: 20, G: 32, H: 50, J: 80, K: 125, L: 200, M: 315, N: 500, P: 800, Q: 1250, R: 2000 };

/** The AQL columns of Table 2-A, in percent nonconforming (up to 10) or nonconformities per hundred units. */
export const acceptanceQualityLimits = [
  0.01, 0.015, 0.025, 0.04, 0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10, 15, 25, 40, 65, 100, 150, 250, 400, 650, 1000,
] as const;

/**
 * Table 2-A runs diagonally: each code letter's plans are the same sequence
 * of acceptance numbers, shifted one AQL column left per letter. In a row,
 * the column of Ac 0 is followed by an up arrow, then a down arrow, then the
 * plans with these acceptance numbers (Re = Ac + 1); past a row's last plan
 * every column is an up arrow, before its Ac 0 column a down arrow.
 */
const acceptanceNumbers = [1, 2, 3, 5, 7, 10, 14, 21, 30, 44] as const;

/** Per code letter: the AQL column (index into `acceptanceQualityLimits`) holding Ac 0, and the last column with a plan. */
const diagonal: Record<CodeLetter, { zeroColumn: number; lastColumn: number }> = {
  A: { zeroColumn: 14, lastColumn: 25 },
  B: { zeroColumn: 13, lastColumn: 25 },
  C: { zeroColumn: 12, lastColumn: 24 },
  D: { zeroColumn: 11, lastColumn: 23 },
  // From E on, the table stops at Ac 21 (30 and 44 appear only for samples of 2 to 8 units).
  E: { zeroColumn: 10, lastColumn: 20 },
  F: { zeroColumn: 9, lastColumn: 19 },
  G: { zeroColumn: 8, lastColumn: 18 },
  H: { zeroColumn: 7, lastColumn: 17 },
  J: { zeroColumn: 6, lastColumn: 16 },
  K: { zeroColumn: 5, lastColumn: 15 },
  L: { zeroColumn: 4, lastColumn: 14 },
  M: { zeroColumn: 3, lastColumn: 13 },
  N: { zeroColumn: 2, lastColumn: 12 },
  P: { zeroColumn: 1, lastColumn: 11 },
  Q: { zeroColumn: 0, lastColumn: 10 },
  // R's Ac 0 would lie left of the first column; its first plan (Ac 1 at AQL 0.025) and every column before it point up.
  R: { zeroColumn: -1, lastColumn: 9 },
};

/** One cell of Table 2-A: a plan, or an arrow to the first plan below (DOWN) or above (UP) in the same column. */
export type TableCell = { plan: { acceptanceNumber: number; rejectionNumber: number } } | { arrow: 'UP' | 'DOWN' };

export function tableCell(letter: CodeLetter, column: number): TableCell {
  const { zeroColumn, lastColumn } = diagonal[letter];
  if (column > lastColumn) return { arrow: 'UP' };
  if (column === zeroColumn) return { plan: { acceptanceNumber: 0, rejectionNumber: 1 } };
  if (column < zeroColumn) return { arrow: 'DOWN' };
  const step = column - zeroColumn;
  if (step === 1) return { arrow: 'UP' };
  // The last row has nothing below it: where the diagonal would point down, it points up.
  if (step === 2) return { arrow: letter === 'R' ? 'UP' : 'DOWN' };
  const acceptanceNumber = acceptanceNumbers[step - 3]!;
  return { plan: { acceptanceNumber, rejectionNumber: acceptanceNumber + 1 } };
}

export function codeLetterFor(lotSize: number): CodeLetter {
  validateLotSize(lotSize);
  return codeLetterLotSizes.find(([largest]) => lotSize <= largest)![1];
}

export interface SamplingPlan {
  lotSize: number;
  aql: number;
  /** The code letter of the lot size (Table 1). */
  codeLetter: CodeLetter;
  /** The code letter whose plan applies after following the table's arrows. */
  planLetter: CodeLetter;
  /** Units to inspect: the plan's sample size, or the whole lot when that is as large (ISO 2859-1: 100 % inspection). */
  sampleSize: number;
  acceptanceNumber: number;
  rejectionNumber: number;
}

export function validateLotSize(lotSize: number): void {
  if (!Number.isInteger(lotSize) || lotSize < 1) throw badInput('Lot size must be a whole number of at least 1', { field: 'lotSize' });
}

export function validateAql(aql: number): void {
  if (!acceptanceQualityLimits.includes(aql as never)) {
    throw badInput(`AQL must be one of the preferred values of ISO 2859-1: ${acceptanceQualityLimits.join(', ')}`, { field: 'aql' });
  }
}

/**
 * The single sampling plan for normal inspection, level II. Arrows are
 * followed to the first plan below or above in the AQL's column, and that
 * plan's sample size comes with it. A lot of one unit (below Table 1's
 * smallest range) is inspected whole under letter A's plan.
 */
export function samplingPlan(lotSize: number, aql: number): SamplingPlan {
  validateLotSize(lotSize);
  validateAql(aql);
  const column = acceptanceQualityLimits.indexOf(aql as never);
  const codeLetter = codeLetterFor(lotSize);
  const plan = (planLetter: CodeLetter, cell: { acceptanceNumber: number; rejectionNumber: number }): SamplingPlan => ({
    lotSize,
    aql,
    codeLetter,
    planLetter,
    sampleSize: Math.min(sampleSizes[planLetter], lotSize),
    ...cell,
  });
  let row = codeLetters.indexOf(codeLetter);
  for (;;) {
    const cell = tableCell(codeLetters[row]!, column);
    if ('plan' in cell) return plan(codeLetters[row]!, cell.plan);
    row += cell.arrow === 'DOWN' ? 1 : -1;
    // Letter A's up arrow (AQL 10) has no plan above it: the smallest plan there is, A's Ac 0, is what it points to.
    if (row < 0) return plan('A', { acceptanceNumber: 0, rejectionNumber: 1 });
  }
}

export const sampleSizeOf = (letter: CodeLetter) => sampleSizes[letter];

/** ISO 2859-1 acceptance: at most Ac nonconforming units accept the lot, Re or more reject it. */
export function lotAccepted(plan: Pick<SamplingPlan, 'acceptanceNumber'>, nonconformingUnits: number): boolean {
  return nonconformingUnits <= plan.acceptanceNumber;
}
