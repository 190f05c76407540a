/**
 * Settings named by dotted paths ("model.dir"), as the environment table, flags and the schema's
 * secret and URL lists name them, read from and written into a raw configuration object.
 */

/** Sets a dotted path's value, creating the sections on the way. */
export function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1] as string] = value;
}

/** A dotted path's value, or undefined when a section on the way is missing. */
export function getPath(source: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}
