import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { workspaceDirs } from '@plexus/host';

/**
 * `npm run typecheck`: every workspace package with a tsconfig.json, found
 * from the root package.json, so a new system is checked without being
 * listed; the control tower through svelte-check. Packages whose tsconfig
 * only extends the root one and says what it includes are checked as one
 * program: checked one by one, each re-checked the shared packages it
 * imports (db, events, host …), and the 18 programs took 99 s on two cores
 * (175 s of CPU) against 28 s with svelte-check beside the one program.
 * A package with options of its own is checked alone. Runs as many checks
 * at once as there are cores and reports every failure, not just the first.
 */
const root = resolve(new URL('..', import.meta.url).pathname);
const rootConfig = join(root, 'tsconfig.json');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** The folders a package's tsconfig includes, when it adds nothing else to the root one. */
function includedWithRootOptions(dir: string): string[] | null {
  let config: { extends?: unknown; include?: unknown };
  try {
    config = JSON.parse(readFileSync(join(root, dir, 'tsconfig.json'), 'utf8')) as typeof config;
  } catch {
    return null;
  }
  const onlyIncludes = Object.keys(config).every((key) => key === 'extends' || key === 'include');
  if (!onlyIncludes || typeof config.extends !== 'string' || resolve(root, dir, config.extends) !== rootConfig || !Array.isArray(config.include)) return null;
  return config.include.map((path) => resolve(root, dir, String(path)));
}

const packages = workspaceDirs().filter((dir) => existsSync(join(root, dir, 'tsconfig.json')));
const byPackage = packages.map((dir) => ({ dir, include: dir === 'control-tower' ? null : includedWithRootOptions(dir) }));
const together = byPackage.filter((entry): entry is { dir: string; include: string[] } => entry.include !== null);
// Inside the repository, so the root's `types` resolve from its node_modules as they do for each package.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const combinedConfig = join(mkdtempSync(join(root, 'node_modules/.cache/typecheck-')), 'tsconfig.json');
writeFileSync(combinedConfig, JSON.stringify({ extends: rootConfig, include: together.flatMap((entry) => entry.include) }));
const checks = [
  ...(together.length ? [{ dir: together.map((entry) => entry.dir).join(', '), command: process.execPath, args: [tsc, '-p', combinedConfig] }] : []),
  ...byPackage
    .filter((entry) => entry.include === null)
    .map(({ dir }) => (dir === 'control-tower' ? { dir, command: 'npm', args: ['run', 'check', '-w', dir] } : { dir, command: process.execPath, args: [tsc, '-p', dir] })),
];

function run({ dir, command, args }: (typeof checks)[number]): Promise<{ dir: string; ok: boolean; output: string }> {
  return new Promise((settle) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => settle({ dir, ok: code === 0, output }));
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
rmSync(dirname(combinedConfig), { recursive: true, force: true });
if (failed.length) {
  console.error(`type errors in ${failed.join(', ')}`);
  process.exit(1);
}
