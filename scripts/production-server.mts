import { spawn, type ChildProcess } from 'node:child_process';

/** `next start` on loopback of the project, or of a copy of it at `dir` (the ablation serves several builds at once), once it answers. */
export async function startProductionServer(port: number, dir?: string): Promise<ChildProcess> {
  // Run in the copy, not with the copy as an argument: proxy.ts reads the build's page policies from the working
  // directory, and Next 16 started on a directory elsewhere answered every page with its 404.
  const args = ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'];
  const server = spawn(process.execPath, args, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error(`server at ${url} did not start`);
}
