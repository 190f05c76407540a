import type { AppConfig } from '../config/schema.js';
import { createLogger, type Logger } from '../logging/logger.js';

/** Pretty logs in development, JSON lines in production (NODE_ENV=production or LOG_FORMAT=json). */
export function createLoggerFromConfig(config: AppConfig, environment: NodeJS.ProcessEnv = process.env): Logger {
  const pretty = config.log.format === 'pretty' || (config.log.format === 'auto' && environment.NODE_ENV !== 'production');
  return createLogger({ level: config.log.level, pretty });
}
