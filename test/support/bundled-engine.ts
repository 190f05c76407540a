import { createEngine } from '../../src/app/create-engine.js';
import { loadConfig, type ConfigOverrides } from '../../src/config/load-config.js';
import type { QaEngine } from '../../src/core/engine.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { temporaryWorkspace } from './temporary-corpus.js';

/**
 * An engine over the bundled article with the real bundled model, in a scratch index directory;
 * `settings` as config paths, and `articles` (file name → text) added to the corpus beside the article.
 */
export async function bundledEngine(settings: ConfigOverrides = {}, articles: Record<string, string> = {}): Promise<{ engine: QaEngine; cleanup: () => void }> {
  const workspace = temporaryWorkspace();
  for (const [name, text] of Object.entries(articles)) workspace.write(`corpus/${name}`, text);
  const config = loadConfig({ overrides: { corpus: workspace.corpusDir, indexDir: workspace.indexDir, ...settings }, environment: {} });
  const { engine } = await createEngine(config, createSilentLogger());
  return { engine, cleanup: workspace.cleanup };
}
