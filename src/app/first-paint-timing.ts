/*
 * The app moves the build's first paint of the events into its own tree (AdoptedElement). Chrome gives a text
 * its paint time only once the frame is on screen, and forgets the text if its node leaves the document before
 * then: moved too soon, the events a reader saw at first paint count as painted when the app started, and the
 * page's Largest Contentful Paint says the reader waited for the scripts. So the app starts once that first
 * paint has been timed: about a frame, never longer than `limitMs`, and no wait where nothing would time it.
 * Never rejects: whatever goes wrong here, the app still starts.
 */
export function whenFirstPaintTimed(firstPaint: Element | null, limitMs = 500): Promise<void> {
  const timed =
    firstPaint !== null &&
    document.visibilityState === 'visible' &&
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint');
  if (!timed) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(limit);
      resolve();
    };
    const limit = setTimeout(done, limitMs);
    try {
      // The first entry is the first frame with content, which holds the whole first paint; `buffered`, as
      // that frame has usually been timed before this script runs.
      observer = new PerformanceObserver(done);
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      done();
    }
  });
}
