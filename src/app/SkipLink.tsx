/**
 * "Skip to main content", the first stop of the Tab key. It moves focus itself rather than following `#main`,
 * which would add a fragment to the address that the URL sync then carries into every shared link.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        const main = document.getElementById('main');
        if (!main) return;
        event.preventDefault();
        // Focusable by script only, so Tab does not stop on the whole of <main>.
        main.tabIndex = -1;
        main.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
