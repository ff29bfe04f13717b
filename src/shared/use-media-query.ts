import { useCallback, useSyncExternalStore } from 'react';

/** Details and source side by side below the events from this width; a bottom sheet with two tabs below it. */
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
