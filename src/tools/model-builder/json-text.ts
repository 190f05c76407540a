/**
 * A tiny JSON writer whose output depends only on the value, never on engine key-ordering rules.
 *
 * `JSON.stringify` enumerates integer-like keys ("1", "2000") before other keys, which would scramble a
 * tokenizer vocabulary that must stay in id order. Ordered objects are therefore passed as `Map`s and written
 * in insertion order; plain objects are written in their own key order (callers only use non-numeric keys).
 */

/** A JSON value; `Map` stands for an object whose key order must be preserved exactly. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | ReadonlyMap<string, JsonValue>
  | { readonly [key: string]: JsonValue };

/**
 * Serialises `value` with two-space indentation and a trailing newline, like `JSON.stringify(value, null, 2)`
 * but with `Map` support.
 */
export function toJsonText(value: JsonValue): string {
  return `${write(value, '')}\n`;
}

function write(value: JsonValue, indentation: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`Cannot write non-finite number ${value} as JSON`);
    }
    return JSON.stringify(value);
  }
  const inner = `${indentation}  `;
  if (isArray(value)) {
    if (value.length === 0) {
      return '[]';
    }
    const items = value.map((item) => `${inner}${write(item, inner)}`);
    return `[\n${items.join(',\n')}\n${indentation}]`;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  if (entries.length === 0) {
    return '{}';
  }
  const members = entries.map(([key, member]) => `${inner}${JSON.stringify(key)}: ${write(member, inner)}`);
  return `{\n${members.join(',\n')}\n${indentation}}`;
}

// Array.isArray does not narrow readonly arrays out of a union, hence the explicit guard.
function isArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}
