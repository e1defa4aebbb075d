export function load({ locals }) {
  return { locale: locals.locale };
}
