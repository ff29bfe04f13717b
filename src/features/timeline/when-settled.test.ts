import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from './when-settled';

/** Frames run by hand: each `nextFrame()` runs the callbacks asked for so far. */
let frames: (() => void)[] = [];
const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback();
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** An element whose box is wherever `place.left` says. */
function elementAt(place: { left: number }) {
  return { getBoundingClientRect: () => ({ left: place.left, width: 100 }) } as unknown as Element;
}

describe('whenSettled', () => {
  it('waits for the element to be drawn, then for it to keep its place for a frame', () => {
    const place = { left: 0 };
    let element: Element | null = null;
    const then = vi.fn();
    whenSettled(() => element, then);
    nextFrame(); // not drawn yet
    element = elementAt(place);
    nextFrame(); // drawn, not yet placed
    place.left = 300;
    nextFrame(); // placed
    expect(then).not.toHaveBeenCalled();
    nextFrame(); // still there
    expect(then).toHaveBeenCalledExactlyOnceWith(element);
    nextFrame();
    expect(then).toHaveBeenCalledOnce();
  });

  it('gives up after the frames it was given', () => {
    const then = vi.fn();
    whenSettled(() => null, then, 3);
    for (let frame = 0; frame < 5; frame += 1) nextFrame();
    expect(frames).toEqual([]);
    expect(then).not.toHaveBeenCalled();
  });

  it('can be cancelled', () => {
    const then = vi.fn();
    const element = elementAt({ left: 10 });
    const cancel = whenSettled(() => element, then);
    nextFrame();
    cancel();
    nextFrame();
    expect(then).not.toHaveBeenCalled();
  });
});
