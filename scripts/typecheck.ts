import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { workspaceDirs } from '@plexus/host';

/**
 * `npm run typecheck`: every workspace package with a tsconfig.json, found
 * from the root package.json, so a new system is checked without being
 * listed; the control tower through svelte-check. Runs as many at once as
 * there are cores and reports every failure, not just the first.
 */
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
const checks = workspaceDirs()
  .filter((dir) => existsSync(`${dir}/tsconfig.json`))
  .map((dir) => (dir === 'control-tower' ? { dir, command: 'npm', args: ['run', 'check', '-w', dir] } : { dir, command: process.execPath, args: [tsc, '-p', dir] }));

function run({ dir, command, args }: (typeof checks)[number]): Promise<{ dir: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ dir, ok: code === 0, output }));
  });
}

const queue = [...checks];
const failed: string[] = [];
await Promise.all(
  Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const result = await run(check);
      console.log(`${result.ok ? 'ok    ' : 'FAILED'} ${result.dir}`);
      if (!result.ok) {
        failed.push(result.dir);
        console.log(result.output);
      }
    }
  }),
);
if (failed.length) {
  console.error(`type errors in ${failed.join(', ')}`);
  process.exit(1);
}
