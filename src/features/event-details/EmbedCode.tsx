import { useState } from 'react';
import { viewFromChoices } from '../../state/app-store';
import { useAppState } from '../../state/store-context';
import { embedSnippet } from '../../url/embed-snippet';
import { embedAddressOf } from '../../url/page-address';

/** The `<iframe>` that shows what the reader sees (this event, the filters and the window) in a host's page. */
function useSnippet(eventTitle: string): string {
  return useAppState((state) =>
    embedSnippet(
      `${window.location.origin}${embedAddressOf(viewFromChoices(state), state.site.base)}`,
      `${eventTitle} — ${state.dataset.title}`,
    ),
  );
}

/** Button "Embed", beside "Copy link": shows the snippet to paste into a page, selected, with a copy button. */
export function EmbedCode({ title }: { title: string }) {
  const snippet = useSnippet(title);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(snippet);
    } catch {
      // Refused: the snippet stays selected in its box, to copy by hand.
      setCopied(null);
    }
  };

  return (
    <>
      <button
        type="button"
        className="action-button"
        aria-expanded={open}
        aria-controls="embed-code"
        onClick={() => setOpen(!open)}
      >
        Embed
      </button>
      {open && (
        <div id="embed-code" className="share-manual">
          <label htmlFor="embed-code-text">
            To show this event in your page, paste this code where it should appear:
          </label>
          <textarea
            id="embed-code-text"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(event) => event.target.select()}
            autoFocus
          />
          <div className="share-link">
            <button type="button" className="action-button" onClick={copy}>
              Copy embed code
            </button>
            <p className="share-outcome" role="status">
              {copied === snippet && 'Embed code copied.'}
            </p>
          </div>
        </div>
      )}
    </>
  );
}
