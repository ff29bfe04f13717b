import { describe, expect, it, vi } from 'vitest';
import { deferDrawingOfAddedItems, visGroupPrototype, type ItemGroup } from './batched-item-drawing';

function fakeItem(visible: boolean, displayed: boolean) {
  return { displayed, isVisible: () => visible, hide: vi.fn(), show: vi.fn(), redraw: vi.fn() };
}

describe('deferDrawingOfAddedItems', () => {
  const group = {} as ItemGroup;
  deferDrawingOfAddedItems(group);

  it('marks an added item in the window as visible without drawing it', () => {
    const item = fakeItem(true, false);
    const visibleItems: unknown[] = [];
    group._checkIfVisible(item, visibleItems as never[], {});
    expect(visibleItems).toEqual([item]);
    expect(item.show).not.toHaveBeenCalled();
    expect(item.redraw).not.toHaveBeenCalled();
  });

  it('hides an added item outside the window if it was on screen', () => {
    const item = fakeItem(false, true);
    const visibleItems: unknown[] = [];
    group._checkIfVisible(item, visibleItems as never[], {});
    expect(visibleItems).toEqual([]);
    expect(item.hide).toHaveBeenCalledOnce();
  });
});

describe('the vis-timeline this relies on', () => {
  // An upgrade that renames or stops calling the method would silently undo the batching: fail instead.
  it('still draws an added item through the patched method', () => {
    const prototype = visGroupPrototype();
    expect(prototype.add.toString()).toContain('_checkIfVisible(');
    const item = fakeItem(true, false);
    const visibleItems: unknown[] = [];
    prototype._checkIfVisible(item, visibleItems as never[], {});
    expect(item.show).not.toHaveBeenCalled();
    expect(visibleItems).toEqual([item]);
  });
});
