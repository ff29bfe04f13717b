import * as vis from 'vis-timeline/esnext';

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

/** vis-timeline's Group class, which its typings do not declare. */
export function visGroupPrototype(): ItemGroup & { add(item: unknown): void } {
  return (
    vis as unknown as {
      timeline: { components: { Group: { prototype: ItemGroup & { add(item: unknown): void } } } };
    }
  ).timeline.components.Group.prototype;
}

deferDrawingOfAddedItems(visGroupPrototype());
