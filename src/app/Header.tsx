import { formatEdtf } from '../domain/date-format';
import type { Dataset, Source } from '../domain/types';
import { ShortcutsHelp } from '../features/shortcuts/ShortcutsHelp';
import { ThemeSelect } from '../features/theme/ThemeSelect';

/** Beyond this many sources the header names the first few and counts the rest. */
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

/** The open dataset's title and sources, or, while another is being opened, what is being opened. */
export function Header({ dataset, opening }: { dataset: Dataset; opening: string | null }) {
  return (
    <header className="site-header">
      <div className="site-bar">
        <p className="site-name">Conflict timeline</p>
        <div className="site-tools">
          <ThemeSelect />
          <ShortcutsHelp />
        </div>
      </div>
      {opening === null ? (
        <DatasetCredits dataset={dataset} />
      ) : (
        <h1 className="dataset-title">Opening {opening}…</h1>
      )}
    </header>
  );
}

function DatasetCredits({ dataset }: { dataset: Dataset }) {
  const { sources } = dataset;
  const listed = sources.slice(0, LISTED_SOURCES);
  const unlisted = sources.length - listed.length;
  return (
    <>
      <h1 className="dataset-title">{dataset.title}</h1>
      {dataset.description && <p className="dataset-description">{dataset.description}</p>}
      <p className="dataset-sources">
        {sources.length === 1 ? 'Source: ' : `Sources (${sources.length.toLocaleString('en')}): `}
        {listed.map((source, index) => (
          <span key={source.id}>
            {index > 0 && '; '}
            <SourceCredit source={source} />
          </span>
        ))}
        {unlisted > 0 && `; and ${unlisted.toLocaleString('en')} more`}
      </p>
    </>
  );
}
