import { getPath } from './dotted-paths.js';
import { SECRET_SETTINGS, URL_SETTINGS, type AppConfig } from './schema.js';

/** Credentials written into a URL setting, e.g. the key in `https://user:key@host/v1`. */
function urlCredentials(value: unknown): string[] {
  if (typeof value !== 'string' || !value.includes('@')) return [];
  try {
    const url = new URL(value);
    return [decodeURIComponent(url.username), decodeURIComponent(url.password)];
  } catch {
    return [];
  }
}

/** The secret values in a raw or parsed configuration: secret settings and URL credentials. */
export function secretValues(config: Record<string, unknown> | AppConfig): string[] {
  const source = config as Record<string, unknown>;
  return [
    ...SECRET_SETTINGS.map((key) => getPath(source, key)).filter((value): value is string => typeof value === 'string'),
    ...URL_SETTINGS.flatMap((key) => urlCredentials(getPath(source, key))),
  ];
}
