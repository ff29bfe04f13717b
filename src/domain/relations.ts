import type { RelationKind } from './types';

/** How a relation reads from the event that states it: "Responds to: North Korean troops deployed to Kursk". */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  'responds-to': 'Responds to',
  'goes-further-than': 'Goes further than',
  follows: 'Follows',
  background: 'Background',
  context: 'Context',
  'contrasts-with': 'Contrasts with',
  'caused-by': 'Caused by',
};
