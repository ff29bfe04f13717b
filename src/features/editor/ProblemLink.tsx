import type { MouseEvent, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { fieldProblem, problemTarget, type ProblemTarget } from '../../domain/editor/problem-fields';
import type { Problem } from '../../domain/types';
import { useEditor, useStores } from './editor-context';
import { eventFieldId, sourceFieldId, TIMELINE_DESCRIPTION_ID, TIMELINE_TITLE_ID } from './field-ids';

/**
 * A problem as a link to the field that fixes it. An event's field is in the form: the event is opened there
 * first. A problem no field of the editor can fix (an opened dataset's actor colour) is plain text.
 */
export function ProblemLink({ problem, children }: { problem: Problem; children: ReactNode }) {
  const { editor, workspace } = useStores();
  const target = problemTarget(problem.path);
  const sourcesAdded = useEditor((state) => state.draft.sources.length);
  const id = fieldIdOf(target, sourcesAdded);
  if (id === null) return <>{children}</>;

  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (target.record === 'event') {
      const { draft } = editor.getState();
      const { form } = workspace.getState();
      const eventId = draft.events[target.index]?.id;
      const inForm =
        form !== null &&
        (form.eventId === null ? target.index === draft.events.length : form.eventId === eventId);
      if (!inForm && eventId !== undefined) flushSync(() => workspace.getState().openEvent(draft, eventId));
    }
    document.getElementById(id)?.focus();
  };
  return (
    <a href={`#${id}`} onClick={go}>
      {children}
    </a>
  );
}

/** The field a problem is fixed in; a source's only while it is being added (the sources already added keep theirs). */
function fieldIdOf(target: ProblemTarget, sourcesAdded: number): string | null {
  switch (target.record) {
    case 'dataset':
      return target.field === 'description' ? TIMELINE_DESCRIPTION_ID : TIMELINE_TITLE_ID;
    case 'source':
      return target.index === sourcesAdded && target.field !== null ? sourceFieldId(target.field) : null;
    case 'actor':
      return null;
    case 'event':
      return eventFieldId(target.field ?? 'title');
  }
}

/** Why a form refused: "Not saved: fix these first", each problem a link to its field. */
export function Refusal({ problems, what }: { problems: readonly Problem[]; what: 'saved' | 'added' }) {
  if (problems.length === 0) return null;
  return (
    <div className="editor-refusal" role="alert">
      <p>
        Not {what}: fix {problems.length === 1 ? 'this' : 'these'} first.
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}: ${problem.message}`}>
            <ProblemLink problem={problem}>{fieldProblem(problem)}</ProblemLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
