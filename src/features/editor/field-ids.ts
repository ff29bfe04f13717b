import type { EventField, SourceField } from '../../domain/editor/problem-fields';

/*
 * The ids of the editor's fields, so a problem's link, the form and the focus after an action all name the
 * same element. The editor is one per page, so fixed ids are unique.
 */

export const eventFieldId = (field: EventField) => `editor-event-${field}`;
export const sourceFieldId = (field: SourceField) => `editor-source-${field}`;
/** An event's entry in the list of events, where focus goes once the form closes on it. */
export const eventEntryId = (eventId: string) => `editor-event-entry-${eventId}`;
export const TIMELINE_TITLE_ID = 'editor-timeline-title';
export const TIMELINE_DESCRIPTION_ID = 'editor-timeline-description';

/** Moves focus to an event field of the form (rendered already). */
export function focusField(field: EventField): void {
  document.getElementById(eventFieldId(field))?.focus();
}
