import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';

/**
 * Runs `work` under V8's sampling CPU profiler and writes the profile to `file` (Chrome DevTools'
 * `.cpuprofile` format, as `node --cpu-prof` writes). Unlike `--cpu-prof`, which profiles a
 * whole process, this profiles only the part asked for: the bench child's warm rounds, without
 * loading the index or meeting each question for the first time.
 */
export async function profiled<T>(
  file: string,
  work: () => Promise<T>,
  intervalMicroseconds = 100,
): Promise<T> {
  const session = new Session();
  session.connect();
  const post = (method: string, parameters?: object): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, parameters, (error, result) => (error ? reject(error) : resolve(result))),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: intervalMicroseconds });
    await post('Profiler.start');
    const result = await work();
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    await writeFile(file, JSON.stringify(profile));
    return result;
  } finally {
    session.disconnect();
  }
}
