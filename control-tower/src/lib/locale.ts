/**
 * The reader's locale, from the browser's Accept-Language: dates, numbers and
 * currency follow it (issue 13, item 8). The server formats with it too, so the
 * first paint and the hydrated page agree.
 */
export const defaultLocale = 'en-GB';

export function negotiateLocale(acceptLanguage: string | null | undefined): string {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^q=([\d.]+)$/.exec(parameter.trim())?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter(({ tag, quality }) => tag && tag !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality);
  for (const { tag } of wanted) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // A malformed tag is the sender's problem; the next one may do.
    }
  }
  return defaultLocale;
}
