import { describe, expect, it, vi } from 'vitest';
import {
  deferDrawingOfAddedItems,
  deferItemSetRedraws,
  itemSetPrototype,
  visGroupPrototype,
  type ItemGroup,
} from './batched-item-drawing';

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

describe('deferItemSetRedraws', () => {
  type Listener = (
    event: 'add' | 'update' | 'remove',
    params: { items: readonly (string | number)[] },
  ) => void;

  function fakeItemSet() {
    const listeners = new Map<string, Set<Listener>>();
    const data = {
      on: (event: string, listener: Listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
      },
      off: (event: string, listener: Listener) => listeners.get(event)?.delete(listener),
      emit: (event: 'add' | 'update' | 'remove', items: (string | number)[]) =>
        listeners.get(event)?.forEach((listener) => listener(event, { items })),
    };
    const redraw = vi.fn();
    const itemSet = {
      itemsData: data,
      _onAdd: vi.fn(),
      _onUpdate: vi.fn(),
      _onRemove: vi.fn(),
      itemListeners: {} as Record<'add' | 'update' | 'remove', Listener>,
    };
    // What vis-timeline registers: handle the change, then redraw at once.
    for (const change of ['add', 'update', 'remove'] as const) {
      const handler = { add: '_onAdd', update: '_onUpdate', remove: '_onRemove' } as const;
      itemSet.itemListeners[change] = (_event, { items }) => {
        itemSet[handler[change]](items);
        redraw();
      };
      data.on(change, itemSet.itemListeners[change]);
    }
    return { itemSet, data, redraw };
  }

  it('hands every change to the item set without redrawing it at once', () => {
    const { itemSet, data, redraw } = fakeItemSet();
    deferItemSetRedraws(itemSet);
    data.emit('remove', ['a']);
    data.emit('add', ['b', 'c']);
    data.emit('update', ['d']);
    expect(itemSet._onRemove).toHaveBeenCalledExactlyOnceWith(['a']);
    expect(itemSet._onAdd).toHaveBeenCalledExactlyOnceWith(['b', 'c']);
    expect(itemSet._onUpdate).toHaveBeenCalledExactlyOnceWith(['d']);
    expect(redraw).not.toHaveBeenCalled();
  });
});

describe('the vis-timeline item set this relies on', () => {
  // Its handlers must still queue the redraw that the deferred listeners leave out.
  it('queues a redraw from the handlers the listeners call', () => {
    const prototype = itemSetPrototype();
    for (const handler of ['_onUpdate', '_onRemove'] as const) {
      expect(prototype[handler].toString()).toContain('"_change", { queue: true }');
    }
    expect(prototype._onAdd.toString()).toContain('_onUpdate(');
  });
});
