import { describe, expect, it } from 'vitest';
import { isShown, scrollDelta } from './scroll-geometry';

const viewport = { top: 0, bottom: 800 };
const margin = 20;

describe('scrollDelta', () => {
  it('leaves a passage that already shows where it is', () => {
    expect(scrollDelta({ top: 100, bottom: 700 }, { top: 300, bottom: 340 }, viewport, margin)).toBeNull();
  });

  it('scrolls down to a passage below the pane’s visible part, resting it near that part’s top', () => {
    expect(scrollDelta({ top: 100, bottom: 700 }, { top: 1000, bottom: 1040 }, viewport, margin)).toBe(880);
  });

  it('scrolls up to a passage above the pane’s top', () => {
    expect(scrollDelta({ top: 100, bottom: 700 }, { top: -400, bottom: -360 }, viewport, margin)).toBe(-520);
  });

  it('counts only the part of a pane inside the window as visible', () => {
    // The pane runs from 500 to 1300, but the window ends at 800: a passage at 900 is out of sight.
    const pane = { top: 500, bottom: 1300 };
    expect(scrollDelta(pane, { top: 900, bottom: 940 }, viewport, margin)).toBe(380);
    expect(scrollDelta(pane, { top: 600, bottom: 640 }, viewport, margin)).toBeNull();
  });

  it('rests a passage near the top of the visible part when the pane starts above the window', () => {
    expect(scrollDelta({ top: -300, bottom: 500 }, { top: -200, bottom: -160 }, viewport, margin)).toBe(-220);
  });

  it('leaves a passage inside a pane that is off screen: it shows when the pane comes on screen', () => {
    expect(scrollDelta({ top: 900, bottom: 1600 }, { top: 1000, bottom: 1040 }, viewport, margin)).toBeNull();
  });

  it('rests a passage outside an off-screen pane near the pane’s own top', () => {
    expect(scrollDelta({ top: 900, bottom: 1600 }, { top: 1700, bottom: 1740 }, viewport, margin)).toBe(780);
  });

  it('treats a pane with only a sliver on screen as off screen', () => {
    expect(scrollDelta({ top: 790, bottom: 1500 }, { top: 1000, bottom: 1040 }, viewport, margin)).toBeNull();
  });

  it('is satisfied with the start of a passage taller than the visible part', () => {
    const pane = { top: 0, bottom: 300 };
    expect(scrollDelta(pane, { top: 50, bottom: 600 }, viewport, margin)).toBeNull();
    expect(scrollDelta(pane, { top: 290, bottom: 900 }, viewport, margin)).toBe(270);
  });

  it('works for the window as the scroller', () => {
    expect(scrollDelta(viewport, { top: 1200, bottom: 1260 }, viewport, 96)).toBe(1104);
    expect(scrollDelta(viewport, { top: 200, bottom: 260 }, viewport, 96)).toBeNull();
  });
});

describe('isShown', () => {
  it('agrees with scrollDelta', () => {
    expect(isShown({ top: 0, bottom: 800 }, { top: 10, bottom: 20 }, viewport, margin)).toBe(true);
    expect(isShown({ top: 0, bottom: 800 }, { top: 900, bottom: 920 }, viewport, margin)).toBe(false);
  });
});
