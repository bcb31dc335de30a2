/**
 * out/ served exactly as the end-to-end tests serve it (playwright.config.ts): the repo's
 * pinned `serve` with its serve.json (clean URLs, trailing slashes, headers), on 127.0.0.1.
 * Started from node_modules directly, not through npx, so the PID we hold is the server's
 * own and stopping it stops the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface StaticServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the static server exited with ${child.exitCode} before serving ${url} (is the port taken?)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the static server did not answer ${url} within ${timeoutMs / 1000} s`);
}

export async function startStaticServer(repoRoot: string, port: number): Promise<StaticServer> {
  const main = path.join(repoRoot, 'node_modules', 'serve', 'build', 'main.js');
  // `--config` is resolved against the served directory, so ../serve.json is the repo's.
  const args = [
    main,
    'out',
    '--config',
    '../serve.json',
    '--listen',
    `tcp://127.0.0.1:${port}`,
    '--no-port-switching',
    '--no-clipboard',
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the static server');
  // If the bench dies some other way (an exception, Ctrl+C), the server must not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    process.kill(pid, 'SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${origin}/en/`, child, 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr.trim()}`);
  }
  return { origin, pid, stop };
}
