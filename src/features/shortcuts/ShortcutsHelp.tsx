import { useRef } from 'react';
import { SHORTCUTS } from '../../domain/shortcuts';
import { useShortcut } from '../../shared/use-shortcut';
import './shortcuts.css';

/** Button "Keyboard shortcuts" and its dialog, also opened with "?". Esc and "Close" shut it. */
export function ShortcutsHelp() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const open = () => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  };
  useShortcut('help', open);
  return (
    <>
      <button type="button" className="tool-button shortcuts-button" aria-haspopup="dialog" onClick={open}>
        <span className="visually-hidden-when-narrow">Keyboard shortcuts</span>
      </button>
      <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="shortcuts-note">Shortcuts wait while you type in the search box.</p>
        {/* A form with method "dialog" closes its dialog without script. */}
        <form method="dialog">
          <button type="submit" className="tool-button" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
