import { useLayoutEffect, useRef } from 'react';

/**
 * An element the page already has, moved as it is into React's tree: the build's first paint of the events
 * (scripts/site/first-paint.ts) stays in place, untouched, until the timeline is ready to replace it. Moved
 * before the browser paints, so the reader never sees it go.
 */
export function AdoptedElement({ element }: { element: HTMLElement }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(element);
  }, [element]);
  return <div ref={ref} />;
}
