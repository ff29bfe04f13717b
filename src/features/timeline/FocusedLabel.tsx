import { useEffect, useState, type RefObject } from 'react';

/**
 * While an item's label has keyboard focus, its whole name (title and date) in a caption over the foot of the
 * timeline: the label itself may be cut with an ellipsis, and growing it in place would move what the reader
 * is looking at. Pointer focus shows nothing (the label's title attribute serves a resting pointer); screen
 * readers hear the label's own name, so the caption is hidden from them.
 */
export function FocusedLabel({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      const label = target.dataset.eventId !== undefined && target.matches(':focus-visible');
      setName(label ? target.getAttribute('aria-label') : null);
    };
    const onFocusOut = () => setName(null);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    };
  }, [containerRef]);
  if (name === null) return null;
  return (
    <p className="timeline-focus-caption" aria-hidden="true">
      {name}
    </p>
  );
}
