import { useDeferredValue, useMemo } from 'react';
import { addEvent, editEvent, type Draft } from '../../domain/editor/draft';
import { draftProblems } from '../../domain/editor/draft-check';
import { describeProblem } from '../../domain/editor/problem-fields';
import { useEditor, useWorkspace } from './editor-context';
import { ProblemLink } from './ProblemLink';
import type { EventFormState } from './workspace-store';

/** The draft as it would be with the form's event saved. */
function withForm(draft: Draft, form: EventFormState | null): Draft {
  if (!form) return draft;
  return form.eventId === null
    ? addEvent(draft, form.fields, form.excerpts).draft
    : editEvent(draft, form.eventId, form.fields);
}

/**
 * Everything `validateDataset` finds wrong with the draft, the event being written included, each a link to
 * its field. Checked in a deferred render, so typing never waits for it.
 */
export function ProblemList() {
  const draft = useDeferredValue(useEditor((state) => state.draft));
  const form = useDeferredValue(useWorkspace((state) => state.form));
  const { candidate, problems } = useMemo(() => {
    const checked = withForm(draft, form);
    return { candidate: checked, problems: draftProblems(checked) };
  }, [draft, form]);
  return (
    <section className="editor-panel" aria-labelledby="editor-problems-heading">
      <h2 id="editor-problems-heading">Problems ({problems.length})</h2>
      <p className="field-hint">
        {form ? 'The draft with the event in the form, ' : 'The draft, '}checked as “npm run validate” and the
        app check a dataset.
      </p>
      {problems.length === 0 ? (
        <p>None: the draft is a valid dataset.</p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={`${problem.path}: ${problem.message}`}>
              <ProblemLink problem={problem}>{describeProblem(problem, candidate)}</ProblemLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
