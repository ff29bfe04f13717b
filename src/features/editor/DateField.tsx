import { useId } from 'react';
import { DATE_FORMS_HINT, dateExplanationText, explainDate } from '../../domain/editor/date-explanation';

interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** An EDTF date box that says, as the author types, what it understood or what is wrong. */
export function DateField({ id, label, value, onChange }: DateFieldProps) {
  const hintId = useId();
  const explanationId = useId();
  const explanation = explainDate(value);
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={explanation.kind === 'problem' || undefined}
        aria-describedby={`${explanationId} ${hintId}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={explanationId} className={`date-explanation is-${explanation.kind}`} aria-live="polite">
        {dateExplanationText(explanation)}
      </p>
      <p id={hintId} className="field-hint">
        {DATE_FORMS_HINT}
      </p>
    </div>
  );
}
