/*
 * Where focus goes in an open menu for a key (WAI-ARIA APG, menu button pattern): the arrows move and wrap
 * around, Home and End go to the ends, and a printable character moves to the next item whose label starts
 * with it. Pure, so the rules are tested apart from the component that uses them.
 */

/** The index of the item to focus after `key`, or undefined when the key does not move focus. */
export function menuTarget(key: string, current: number, labels: readonly string[]): number | undefined {
  const count = labels.length;
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
    case 'PageUp':
      return 0;
    case 'End':
    case 'PageDown':
      return count - 1;
  }
  if (key.length !== 1 || key.trim() === '') return undefined;
  const letter = key.toLocaleLowerCase('en');
  for (let step = 1; step <= count; step += 1) {
    const index = (current + step) % count;
    if (labels[index]!.toLocaleLowerCase('en').startsWith(letter)) return index;
  }
  return undefined;
}
