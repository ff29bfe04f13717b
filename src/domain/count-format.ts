/**
 * A count as an English reader writes it: 1234567 → "1,234,567". Written out rather than through
 * `toLocaleString`, because a page's first Intl call loads the locale data: about 60 ms of a phone's start-up,
 * spent on the first "Showing N of M events".
 */
export function formatCount(count: number): string {
  const [whole = '', fraction] = String(count).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
