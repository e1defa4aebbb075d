/**
 * A PostgreSQL array literal for one bound parameter (`= ANY(?::uuid[])`):
 * MikroORM spreads a JS array into one placeholder per element, which `ANY`
 * cannot take, so arrays travel as their text form.
 */
export function sqlArray(values: readonly (string | number)[]): string {
  return `{${values.map((value) => `"${String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
