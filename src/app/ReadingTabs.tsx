import type { KeyboardEvent, RefObject } from 'react';

export type Tab = 'details' | 'source';

const ORDER: readonly Tab[] = ['details', 'source'];
const NAMES: Record<Tab, string> = { details: 'Event details', source: 'Source' };

interface ReadingTabsProps {
  /** The id stem of each tab and its panel. */
  readonly ids: Record<Tab, string>;
  readonly tab: Tab;
  /** Whether the sheet shows the tab's panel, or only this bar. */
  readonly open: boolean;
  readonly tabRefs: RefObject<Partial<Record<Tab, HTMLButtonElement | null>>>;
  readonly onChoose: (tab: Tab) => void;
  readonly onClose: () => void;
}

/**
 * The top of the narrow screens' sheet: the tabs "Event details" and "Source" (WAI-ARIA tabs, arrow keys
 * move between them) and, while the sheet is open, its close button. Each tab says whether the sheet shows
 * its panel (aria-expanded), as the sheet may be down to this bar.
 */
export function ReadingTabs({ ids, tab, open, tabRefs, onChoose, onClose }: ReadingTabsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = ORDER.indexOf(tab);
    const next = {
      ArrowLeft: ORDER[(index + ORDER.length - 1) % ORDER.length],
      ArrowRight: ORDER[(index + 1) % ORDER.length],
      Home: ORDER[0],
      End: ORDER.at(-1),
    }[event.key];
    if (!next) return;
    event.preventDefault();
    onChoose(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="sheet-bar">
      <div
        className="reading-tabs"
        role="tablist"
        aria-label="Event details and source"
        onKeyDown={onKeyDown}
      >
        {ORDER.map((name) => (
          <button
            key={name}
            ref={(button) => {
              tabRefs.current[name] = button;
            }}
            type="button"
            role="tab"
            id={`${ids[name]}-tab`}
            aria-controls={`${ids[name]}-panel`}
            aria-selected={tab === name}
            aria-expanded={tab === name && open}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => onChoose(name)}
          >
            {NAMES[name]}
          </button>
        ))}
      </div>
      {open && (
        <button type="button" className="sheet-close" onClick={onClose}>
          <span aria-hidden="true">✕</span> Close
          <span className="visually-hidden"> {NAMES[tab].toLowerCase()}</span>
        </button>
      )}
    </div>
  );
}
