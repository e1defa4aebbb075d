/**
 * Numbers as a drill-down shows them: sums of binary floating point carry
 * noise (2307037.5099999993) that no person wrote, so money is given to the
 * cent and quantities to six decimals, in the label and in the numbers
 * beside it alike, so the two always agree.
 */
export const roundMoney = (value: number) => Math.round(value * 100) / 100;

export const roundQuantity = (value: number) => Math.round(value * 1e6) / 1e6;
