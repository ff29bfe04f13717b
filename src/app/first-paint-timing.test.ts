import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenFirstPaintTimed } from './first-paint-timing';

/** A stand-in for the browser's PerformanceObserver: `deliver` hands the observers an entry, as Chrome does. */
class FakeObserver {
  static supportedEntryTypes: readonly string[] | undefined = ['largest-contentful-paint'];
  static live = new Set<FakeObserver>();
  static observeFails = false;
  /** Hands an entry timed before anyone observed: only to observers that asked for buffered entries. */
  static deliverBuffered() {
    for (const observer of FakeObserver.live) if (observer.buffered) observer.callback();
  }
  private buffered = false;
  constructor(private readonly callback: () => void) {}
  observe({ type, buffered }: PerformanceObserverInit) {
    if (FakeObserver.observeFails) throw new TypeError('observe is not allowed here');
    if (type !== 'largest-contentful-paint') return;
    this.buffered = buffered === true;
    FakeObserver.live.add(this);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
}

const firstPaint = {} as Element;

/** Whether the promise has settled by now (after the microtasks queued so far). */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenFirstPaintTimed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('document', { visibilityState: 'visible' });
    FakeObserver.supportedEntryTypes = ['largest-contentful-paint'];
    FakeObserver.observeFails = false;
  });
  afterEach(() => {
    FakeObserver.live.clear();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until the browser has timed the first paint (often before it asked), then stops watching', async () => {
    const timed = whenFirstPaintTimed(firstPaint);
    expect(await settled(timed)).toBe(false);
    FakeObserver.deliverBuffered();
    expect(await settled(timed)).toBe(true);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('waits no longer than its limit when no timing comes', async () => {
    const timed = whenFirstPaintTimed(firstPaint, 500);
    vi.advanceTimersByTime(499);
    expect(await settled(timed)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(timed)).toBe(true);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('does not wait when the page has no first paint (the dev server’s page)', async () => {
    expect(await settled(whenFirstPaintTimed(null))).toBe(true);
  });

  it('does not wait in a tab opened in the background, which Chrome does not time', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
  });

  it('does not wait in a browser without Largest Contentful Paint', async () => {
    FakeObserver.supportedEntryTypes = ['paint'];
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
    FakeObserver.supportedEntryTypes = undefined;
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
  });

  it('starts the app at once when the browser refuses to observe', async () => {
    FakeObserver.observeFails = true;
    expect(await settled(whenFirstPaintTimed(firstPaint))).toBe(true);
    expect(FakeObserver.live.size).toBe(0);
  });
});
