/**
 * Runs a build command to its end with its output in a log file, and times it. The log
 * keeps the table readable; on failure its tail is in the error, so nothing is lost.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Resolves with the wall-clock time in ms; rejects with the exit code and the log's tail. */
export function run(command: string, args: readonly string[], options: { cwd: string; log: string }): Promise<number> {
  const started = performance.now();
  const log = fs.openSync(options.log, 'w');
  // Next's telemetry would phone home from the build; a benchmark should not.
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', log, log],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(log);
      if (code === 0) return resolve(performance.now() - started);
      const tail = fs.readFileSync(options.log, 'utf8').split('\n').slice(-30).join('\n');
      reject(new Error(`${command} ${args.join(' ')} exited with ${code} (log: ${options.log}):\n${tail}`));
    });
  });
}
