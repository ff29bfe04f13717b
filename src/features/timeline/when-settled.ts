/**
 * Calls `then` with the element `find` returns once the element has kept its place from one frame to the
 * next: vis-timeline draws new items over several frames, placing them only after it has fitted its window.
 * Gives up after `maxFrames`. Returns the function that cancels the wait.
 */
export function whenSettled<T extends Element>(
  find: () => T | null,
  then: (element: T) => void,
  maxFrames = 60,
): () => void {
  let frames = 0;
  let lastPlace: string | undefined;
  const check = () => {
    const element = find();
    const box = element?.getBoundingClientRect();
    const place = box && `${box.left} ${box.width}`;
    if (element && place === lastPlace) return then(element);
    lastPlace = place;
    frames += 1;
    if (frames < maxFrames) frame = requestAnimationFrame(check);
  };
  let frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}
