import type { Notice } from '../../state/app-store';
import { useAppState } from '../../state/store-context';
import './notices.css';

/**
 * Things the reader should know: errors that need attention (a file refused, a link's dataset unreachable) in
 * an alert, the rest (a bad link parameter) in a status. Both regions are always there, so that what is added
 * to them is announced.
 */
export function NoticeList() {
  const notices = useAppState((state) => state.notices);
  return (
    <>
      <NoticeRegion
        role="alert"
        label="Errors"
        notices={notices.filter((notice) => notice.kind === 'error')}
      />
      <NoticeRegion
        role="status"
        label="Notices"
        notices={notices.filter((notice) => notice.kind !== 'error')}
      />
    </>
  );
}

function NoticeRegion({
  role,
  label,
  notices,
}: {
  role: 'alert' | 'status';
  label: string;
  notices: readonly Notice[];
}) {
  const dismissNotice = useAppState((state) => state.dismissNotice);
  return (
    <div className={`notices notices-${role}`} role={role} aria-label={label}>
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice.id} className="notice-box">
              <span>{notice.message}</span>
              <button
                type="button"
                onClick={() => dismissNotice(notice.id)}
                aria-label={`Dismiss: ${notice.message}`}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
