import * as vis from 'vis-timeline/esnext';
import type { Timeline } from 'vis-timeline/esnext';

/*
 * vis-timeline draws an item the moment it is added to a group when the item falls in the window: it writes
 * the item's DOM, then reads its size, which forces a layout of the page, once per item. Handing over a few
 * hundred aggregate bars after a filter or a zoom thus cost hundreds of forced layouts (measured: about
 * 200 layouts, over 150 ms, for one actor filter at 100,000 events). The group's next redraw, which the
 * add schedules anyway, already draws every item not yet on screen in one batch (all writes, then all reads,
 * one layout). So a newly added item is only marked as visible here, and that redraw draws it.
 */

interface GroupItem {
  readonly displayed: boolean;
  isVisible(range: unknown): boolean;
  hide(): void;
}

export interface ItemGroup {
  _checkIfVisible(item: GroupItem, visibleItems: GroupItem[], range: unknown): void;
}

/** Replaces the group's per-item drawing on add with "leave it to the next redraw". */
export function deferDrawingOfAddedItems(group: ItemGroup): void {
  group._checkIfVisible = (item, visibleItems, range) => {
    if (item.isVisible(range)) visibleItems.push(item);
    else if (item.displayed) item.hide();
  };
}

/** vis-timeline's internal classes, which its typings do not declare. */
function visComponents() {
  return (
    vis as unknown as {
      timeline: {
        components: {
          Group: { prototype: ItemGroup & { add(item: unknown): void } };
          ItemSet: { prototype: ItemSetInternals };
        };
      };
    }
  ).timeline.components;
}

export function visGroupPrototype(): ItemGroup & { add(item: unknown): void } {
  return visComponents().Group.prototype;
}

export function itemSetPrototype(): ItemSetInternals {
  return visComponents().ItemSet.prototype;
}

deferDrawingOfAddedItems(visGroupPrototype());

type DataChange = 'add' | 'update' | 'remove';
type DataListener = (event: DataChange, params: { items: readonly (string | number)[] }) => void;

interface DataEvents {
  on(event: DataChange, listener: DataListener): void;
  off(event: DataChange, listener: DataListener): void;
}

export interface ItemSetInternals {
  itemsData: DataEvents | null;
  itemListeners: Record<DataChange, DataListener>;
  _onAdd(ids: readonly (string | number)[]): void;
  _onUpdate(ids: readonly (string | number)[]): void;
  _onRemove(ids: readonly (string | number)[]): void;
}

/*
 * The item set's own listeners on its DataSet redraw the whole item set at once after every change, each
 * redraw forcing layouts: a filter's remove and add cost two full redraws inside React's commit (about 80 ms
 * at 100,000 events). The handlers they call already queue a redraw for the next animation frame, so the
 * listeners here only record the change, and that one redraw draws every change together. vis-timeline's
 * clustering, which the listeners also feed, is not used here.
 */
export function deferItemSetRedraws(itemSet: ItemSetInternals): void {
  const data = itemSet.itemsData;
  const deferred: Record<DataChange, DataListener> = {
    add: (_event, { items }) => itemSet._onAdd(items),
    update: (_event, { items }) => itemSet._onUpdate(items),
    remove: (_event, { items }) => itemSet._onRemove(items),
  };
  for (const change of ['add', 'update', 'remove'] as const) {
    data?.off(change, itemSet.itemListeners[change]);
    data?.on(change, deferred[change]);
  }
  itemSet.itemListeners = deferred;
}

/** The item set of a Timeline, which its typings do not declare. */
export function itemSetOf(timeline: Timeline): ItemSetInternals {
  return (timeline as unknown as { itemSet: ItemSetInternals }).itemSet;
}
