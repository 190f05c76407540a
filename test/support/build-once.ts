import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * vitest global setup: compiles src/ to dist/ once, and bundles the command line into dist/cli/
 * as `npm run build` does, so tests that run the real CLI or bot entry as a child process always
 * exercise the current code.
 */
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'dist', 'tools', 'bundle-cli.js')], { cwd: root, stdio: 'inherit' });
}
