import { createRequire } from 'node:module';

/** This article-qa's version, from package.json (two levels above both src/app and dist/app). */
export const APP_VERSION: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
