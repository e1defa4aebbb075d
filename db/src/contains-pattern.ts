/**
 * The ILIKE pattern of "contains this text": the reader's `%`, `_` and `\`
 * are characters to find, not wildcards (PostgreSQL's LIKE escapes with a
 * backslash by default), so searching "10%" finds "10% off", not everything
 * starting with 10.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
