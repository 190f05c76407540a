import { UserError } from '../../core/errors.js';

/** Why a download was refused or failed; a user error, shown as it is. */
export class FetchRefusedError extends UserError {
  override readonly name = 'FetchRefusedError';
}

/** A size in megabytes, as refusals state the limit. */
export const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
