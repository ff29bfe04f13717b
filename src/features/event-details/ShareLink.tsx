import { useState } from 'react';
import { selectAddress } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { EmbedCode } from './EmbedCode';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * The link to exactly what the reader sees: this event (its own page, for the built-in dataset), the filters
 * and the window.
 */
function useShareUrl(): string {
  const address = useAppState((state) => selectAddress(state));
  return `${window.location.origin}${address}`;
}

/** Button "Copy link", a share sheet where the browser has one, and a selectable link where copying is refused. */
export function ShareLink({ title }: { title: string }) {
  const url = useShareUrl();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [outcomeUrl, setOutcomeUrl] = useState(url);
  if (outcomeUrl !== url) {
    // A confirmation belongs to the link it copied; a new selection or filter makes a new link.
    setOutcomeUrl(url);
    setOutcome({ kind: 'idle' });
  }
  const canShare = typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', url });
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The reader closing the sheet is not a failure; anything else falls back to copying.
      if ((error as DOMException).name !== 'AbortError') await copy();
    }
  };

  return (
    <div className="share-link">
      <button type="button" className="action-button" onClick={copy}>
        Copy link
      </button>
      {canShare && (
        <button type="button" className="action-button" onClick={share}>
          Share…
        </button>
      )}
      <EmbedCode title={title} />
      <p className="share-outcome" role="status">
        {outcome.kind === 'copied' && 'Link copied. It opens this event with the same filters and dates.'}
      </p>
      {outcome.kind === 'manual' && (
        <div className="share-manual" role="alert">
          <label htmlFor="share-url">Copying was blocked by the browser. Select the link and copy it:</label>
          <input
            id="share-url"
            type="text"
            readOnly
            value={outcome.url}
            onFocus={(event) => event.target.select()}
            autoFocus
          />
        </div>
      )}
    </div>
  );
}
