import { useId, useState } from 'react';
import { categoryLabel, KNOWN_CATEGORIES } from '../../domain/categories';
import { eventFieldId } from './field-ids';

// Not a slug, so never a category's own value.
const ANOTHER = '__another';

interface CategoryFieldProps {
  readonly value: string;
  /** Categories the draft uses already, offered beside the common ones. */
  readonly used: readonly string[];
  readonly onChange: (category: string) => void;
}

/** Category: one of the common ones (which keep their colour in every dataset), one in use, or a new one. */
export function CategoryField({ value, used, onChange }: CategoryFieldProps) {
  const choices = [...new Set([...KNOWN_CATEGORIES, ...used])];
  const [another, setAnother] = useState(value !== '' && !choices.includes(value));
  const newId = useId();
  return (
    <div className="editor-field">
      <label htmlFor={eventFieldId('category')}>Category</label>
      <select
        id={eventFieldId('category')}
        value={another ? ANOTHER : value}
        onChange={(event) => {
          const chosen = event.target.value;
          setAnother(chosen === ANOTHER);
          onChange(chosen === ANOTHER ? '' : chosen);
        }}
      >
        <option value="" disabled>
          Choose a category
        </option>
        {choices.map((category) => (
          <option key={category} value={category}>
            {categoryLabel(category)}
          </option>
        ))}
        <option value={ANOTHER}>Another category…</option>
      </select>
      {another && (
        <>
          <label htmlFor={newId}>New category</label>
          <input id={newId} type="text" value={value} onChange={(event) => onChange(event.target.value)} />
        </>
      )}
    </div>
  );
}
