/* Paths into a JSON value, for property tests that change one field of a file anywhere. */

export type JsonPath = (string | number)[];

/** Every path into a JSON value, as lists of keys; iterative, as the value could be deep. */
export function pathsOf(root: unknown): JsonPath[] {
  const paths: JsonPath[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() ?? { value: undefined, path: [] };
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value))
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return paths;
}

/** A copy of `root` with the value at `path` replaced, or removed where `replacement` is `REMOVE`. */
export const REMOVE = Symbol('remove');

export function replaceAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    parent = parent[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1);
  if (last === undefined) return copy;
  if (replacement === REMOVE) delete parent[last];
  else parent[last] = replacement;
  return copy;
}
