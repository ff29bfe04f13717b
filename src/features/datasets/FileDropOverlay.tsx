import { useEffect, useState } from 'react';
import { useDatasetLoading } from './loading-context';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * A file dragged anywhere over the page shows "Drop the file to open it"; dropped, it opens like a file chosen
 * in the picker. The window listeners live here because the overlay is what they drive.
 */
export function FileDropOverlay() {
  const { openFile } = useDatasetLoading();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [openFile]);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      Drop the file to open it
    </div>
  );
}
