import { useCallback, useSyncExternalStore } from 'react';

/**
 * The wide layout from this width: the filters in a column, details and source side by side below the events.
 * Below it the filters open in a dialog and the details and source are a bottom sheet with two tabs.
 */
export const WIDE_LAYOUT = '(min-width: 960px)';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether a media query matches, updated when it starts or stops matching (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
