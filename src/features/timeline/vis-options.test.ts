import { describe, expect, it } from 'vitest';
import { byTime } from './vis-options';
import type { TimelineItem } from './vis-items';

function item(id: string, start: string, end?: string): TimelineItem {
  return {
    id,
    kind: 'event',
    start: new Date(start),
    ...(end && { end: new Date(end) }),
    type: end ? 'range' : 'point',
    className: '',
    content: '',
    label: id,
    accessibleName: id,
    marker: '',
  };
}

describe('byTime: the order items are stacked in', () => {
  it('puts earlier items first, the shorter of two that start together first, then sorts by id', () => {
    const items = [
      item('trump-plans', '2024-11-06T00:00:00Z', '2024-11-18T00:00:00Z'),
      item('strike', '2024-11-17T12:00:00Z'),
      item('authorization', '2024-11-17T12:00:00Z'),
      item('may', '2024-05-01T00:00:00Z', '2024-06-01T00:00:00Z'),
      item('hesitation', '2024-10-18T00:00:00Z', '2024-11-18T00:00:00Z'),
      item('requests', '2024-10-18T00:00:00Z', '2024-11-18T00:00:00Z'),
      item('short', '2024-10-18T00:00:00Z', '2024-10-20T00:00:00Z'),
    ];
    expect([...items].sort(byTime).map(({ id }) => id)).toEqual([
      'may',
      'short',
      'hesitation',
      'requests',
      'trump-plans',
      'authorization',
      'strike',
    ]);
  });

  it('gives the same order whatever order the items arrive in', () => {
    const items = [
      item('b', '2024-11-17T12:00:00Z'),
      item('a', '2024-11-17T12:00:00Z'),
      item('c', '2024-11-17T12:00:00Z'),
    ];
    const sorted = [...items].sort(byTime).map(({ id }) => id);
    expect(
      [...items]
        .reverse()
        .sort(byTime)
        .map(({ id }) => id),
    ).toEqual(sorted);
  });
});
