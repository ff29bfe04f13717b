import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { formatCount } from '../../domain/count-format';
import { articleOfHtml, paragraphsOfPlainText, readArticleFile } from '../../domain/editor/article-text';
import { addSource, type SourceInput } from '../../domain/editor/draft';
import { newSourceProblems } from '../../domain/editor/draft-check';
import { SOURCE_FIELD_LABELS, type SourceField } from '../../domain/editor/problem-fields';
import type { Problem } from '../../domain/types';
import { DateField } from './DateField';
import { useStores } from './editor-context';
import { sourceFieldId } from './field-ids';
import { Refusal } from './ProblemLink';

const EMPTY: SourceInput = { title: '', publisher: '', url: '', published: '', text: '' };

/** A .txt or .html file as the article's text (and a page's title); a message where it is not text. */
async function readFile(file: File): Promise<Partial<SourceInput> | string> {
  const read = readArticleFile(file.name, file.type, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return read.message;
  if (read.format === 'text') return { text: paragraphsOfPlainText(read.text) };
  return articleOfHtml(read.text);
}

function Field({
  field,
  value,
  onChange,
}: {
  field: Exclude<SourceField, 'published' | 'text'>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="editor-field">
      <label htmlFor={sourceFieldId(field)}>{SOURCE_FIELD_LABELS[field]}</label>
      <input
        id={sourceFieldId(field)}
        type={field === 'url' ? 'url' : 'text'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** "Add source": the article's details and its text, pasted or opened from a file. */
export function SourceForm() {
  const { editor, workspace } = useStores();
  const [input, setInput] = useState<SourceInput>(EMPTY);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [fileMessage, setFileMessage] = useState<{ refused: boolean; text: string } | null>(null);
  const fileId = useId();
  const set = (patch: Partial<SourceInput>) => setInput((current) => ({ ...current, ...patch }));

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readFile(file);
    if (typeof read === 'string') return setFileMessage({ refused: true, text: read });
    setFileMessage({
      refused: false,
      text: `Read “${file.name}”: ${formatCount(read.text?.length ?? 0)} characters.`,
    });
    // What the page says about itself fills only the boxes still empty.
    setInput((current) => {
      const filled = Object.entries(read).filter(
        ([key, value]) => value && !current[key as keyof SourceInput].trim(),
      );
      return { ...current, ...Object.fromEntries(filled), text: read.text ?? current.text };
    });
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const found = newSourceProblems(editor.getState().draft, input);
    setProblems(found);
    if (found.length > 0) return;
    const added = addSource(editor.getState().draft, input);
    editor.getState().change(() => added.draft);
    flushSync(() => {
      workspace.getState().showSource(added.id);
      editor
        .getState()
        .tell(`Added the source “${input.title.trim()}”. Select a passage of it to make an event.`);
    });
    setInput(EMPTY);
    setFileMessage(null);
    document.querySelector<HTMLElement>('.editor-article')?.focus();
  };

  return (
    <form className="source-form" aria-label="New source" onSubmit={add} noValidate>
      <Field field="title" value={input.title} onChange={(title) => set({ title })} />
      <Field field="publisher" value={input.publisher} onChange={(publisher) => set({ publisher })} />
      <Field field="url" value={input.url} onChange={(url) => set({ url })} />
      <DateField
        id={sourceFieldId('published')}
        label={SOURCE_FIELD_LABELS.published}
        value={input.published}
        onChange={(published) => set({ published })}
      />
      <div className="editor-field">
        <label htmlFor={sourceFieldId('text')}>{SOURCE_FIELD_LABELS.text}</label>
        <textarea
          id={sourceFieldId('text')}
          rows={8}
          value={input.text}
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => set({ text: event.target.value })}
        />
        <p id={`${fileId}-hint`} className="field-hint">
          Paste the article as published, or open a .txt or .html file. The text is stored exactly as it
          stands here, and quotes are matched against it character for character.
        </p>
        <label className="action-button file-button">
          Open a text file
          <input
            id={fileId}
            type="file"
            className="visually-hidden"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(event) => void openFile(event)}
          />
        </label>
        {fileMessage && (
          <p
            className={fileMessage.refused ? 'file-refused' : 'field-hint'}
            role={fileMessage.refused ? 'alert' : 'status'}
          >
            {fileMessage.text}
          </p>
        )}
      </div>
      <Refusal problems={problems} what="added" />
      <button type="submit" className="action-button is-primary">
        Add source
      </button>
    </form>
  );
}
