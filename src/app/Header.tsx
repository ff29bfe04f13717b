import { formatCount } from '../domain/count-format';
import { formatEdtf } from '../domain/date-format';
import type { Dataset, Source } from '../domain/types';
import { DataMenu } from '../features/datasets/DataMenu';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { ThemeSelect } from '../features/theme/ThemeSelect';
import { FiltersDialog } from './FiltersDialog';
import './header.css';

/** Beyond this many sources the credits name the first few and count the rest. */
const LISTED_SOURCES = 3;

function SourceCredit({ source }: { source: Source }) {
  return (
    <>
      {source.publisher},{' '}
      {source.url !== undefined ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          “{source.title}”<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <>“{source.title}”</>
      )}{' '}
      <span className="source-date">({formatEdtf(source.published)})</span>
    </>
  );
}

function SourceCredits({ sources }: { sources: readonly Source[] }) {
  const listed = sources.slice(0, LISTED_SOURCES);
  const unlisted = sources.length - listed.length;
  return (
    <p className="dataset-sources">
      {sources.length === 1 ? 'Source: ' : `Sources (${formatCount(sources.length)}): `}
      {listed.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <SourceCredit source={source} />
        </span>
      ))}
      {unlisted > 0 && `; and ${formatCount(unlisted)} more`}
    </p>
  );
}

interface HeaderProps {
  readonly dataset: Dataset;
  /** What is being opened in place of the dataset, or null. */
  readonly opening: string | null;
  /** Narrow screens: the filters open from the header, in a dialog, and the source credit is in "About". */
  readonly narrow: boolean;
}

/**
 * One compact bar: the app's name, the dataset's title on one line with its source, and the page's tools (the
 * Data menu, the theme, the shortcuts). The description waits in "About this dataset", so the timeline starts
 * near the top of the first screen.
 */
export function Header({ dataset, opening, narrow }: HeaderProps) {
  const credits = <SourceCredits sources={dataset.sources} />;
  return (
    <header className="site-header">
      <p className="site-name visually-hidden-when-narrow">Conflict timeline</p>
      <div className="site-tools">
        {narrow && opening === null && <FiltersDialog />}
        <DataMenu />
        <ThemeSelect />
        <ShortcutsHelp />
      </div>
      {opening === null ? (
        <div className="dataset-heading">
          <h1 className="dataset-title" title={dataset.title}>
            {dataset.title}
          </h1>
          <div className="dataset-about-line">
            {!narrow && credits}
            {(dataset.description || narrow) && (
              <details className="dataset-about">
                <summary>
                  About<span className="visually-hidden-when-narrow"> this dataset</span>
                </summary>
                <div className="dataset-about-body">
                  {dataset.description && <p className="dataset-description">{dataset.description}</p>}
                  {narrow && credits}
                </div>
              </details>
            )}
          </div>
        </div>
      ) : (
        <div className="dataset-heading">
          <h1 className="dataset-title">Opening {opening}…</h1>
        </div>
      )}
    </header>
  );
}
