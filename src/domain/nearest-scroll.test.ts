import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestScroll } from './nearest-scroll';

const frame = { start: 0, end: 400 };

describe('nearestScroll', () => {
  it('leaves something already inside the frame where it is', () => {
    expect(nearestScroll({ start: 100, end: 200 }, frame)).toBe(0);
    expect(nearestScroll({ start: 0, end: 400 }, frame)).toBe(0);
  });

  it('brings something below the frame up until its bottom meets the frame’s', () => {
    // A timeline item half hidden under a sheet whose top is at 400.
    expect(nearestScroll({ start: 350, end: 450 }, frame)).toBe(50);
    expect(nearestScroll({ start: 900, end: 1000 }, frame)).toBe(600);
  });

  it('brings something above the frame down until its top meets the frame’s', () => {
    expect(nearestScroll({ start: -120, end: -20 }, frame)).toBe(-120);
    expect(nearestScroll({ start: -50, end: 50 }, frame)).toBe(-50);
  });

  it('keeps the margin clear on both sides', () => {
    expect(nearestScroll({ start: 350, end: 395 }, frame, 10)).toBe(5);
    expect(nearestScroll({ start: 5, end: 50 }, frame, 10)).toBe(-5);
    expect(nearestScroll({ start: 10, end: 390 }, frame, 10)).toBe(0);
  });

  it('shows the start of something larger than the frame', () => {
    expect(nearestScroll({ start: 300, end: 900 }, frame)).toBe(300);
    expect(nearestScroll({ start: -900, end: 200 }, frame)).toBe(-900);
  });

  it('leaves something that covers the whole frame alone', () => {
    expect(nearestScroll({ start: -100, end: 600 }, frame)).toBe(0);
  });

  it('works the same along any stretch of the axis', () => {
    expect(nearestScroll({ start: 1350, end: 1450 }, { start: 1000, end: 1400 })).toBe(50);
  });

  it('after scrolling by its answer, whatever fits lies inside the frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 0, max: 380 }),
        fc.integer({ min: 0, max: 10 }),
        (start, size, margin) => {
          const delta = nearestScroll({ start, end: start + size }, frame, margin);
          expect(start - delta).toBeGreaterThanOrEqual(frame.start + margin);
          expect(start + size - delta).toBeLessThanOrEqual(frame.end - margin);
        },
      ),
    );
  });

  it('never scrolls something already inside the frame', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, b) => {
        expect(nearestScroll({ start: Math.min(a, b), end: Math.max(a, b) }, frame)).toBe(0);
      }),
    );
  });
});
