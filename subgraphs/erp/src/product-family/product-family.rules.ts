import { badInput } from '@plexus/errors';

export interface NewProductFamily {
  code: string;
  name: string;
  unitOfMeasure: string;
}

const codePattern = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;

/** At most this many items are moved in one request: a family is a planning group, not the whole catalogue. */
export const maxItemsPerAssignment = 500;

/** Normalises and checks a new family the way items are checked: upper-case codes and units. */
export function validateNewProductFamily(input: NewProductFamily): NewProductFamily {
  const code = input.code.trim().toUpperCase();
  if (!codePattern.test(code)) throw badInput('Family code must be 2–40 letters, digits, dots, dashes or underscores', { field: 'code' });
  const name = input.name.trim();
  if (!name) throw badInput('Family name must not be empty', { field: 'name' });
  const unitOfMeasure = input.unitOfMeasure.trim().toUpperCase();
  if (!/^[A-Z0-9]{1,8}$/.test(unitOfMeasure)) throw badInput('Unit of measure must be 1–8 letters or digits, e.g. EA or KG', { field: 'unitOfMeasure' });
  return { code, name, unitOfMeasure };
}

export interface FamilyCandidate {
  id: string;
  sku: string;
  type: string;
  unitOfMeasure: string;
}

/**
 * Which items may join a family: finished goods (S&OP plans what is sold),
 * in the family's unit, since the plan adds their quantities up.
 */
export function checkFamilyMembers(family: { code: string; unitOfMeasure: string }, items: readonly FamilyCandidate[]): void {
  for (const item of items) {
    if (item.type !== 'FG') throw badInput(`${item.sku} is not a finished good: families group what is sold`, { field: 'itemIds', itemId: item.id });
    if (item.unitOfMeasure !== family.unitOfMeasure) {
      throw badInput(`${item.sku} is counted in ${item.unitOfMeasure}, family ${family.code} in ${family.unitOfMeasure}`, { field: 'itemIds', itemId: item.id });
    }
  }
}
