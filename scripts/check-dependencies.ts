import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceDirs } from '@plexus/host';

/**
 * Fails when a workspace package imports a package it does not declare in
 * its own package.json: each package must say what it needs, not borrow
 * what a neighbour happens to have installed at the root. Tooling every
 * package shares (the test runner, the TypeScript toolchain) is the root's.
 */
const rootTooling = new Set(['vitest', 'typescript', 'tsx']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'build' || entry.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte|mjs)$/.test(entry) ? [path] : [];
  });
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const missing: string[] = [];
for (const dir of workspaceDirs()) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const declared = new Set([manifest.name as unknown as string, ...Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies })]);
  const imported = new Map<string, string>();
  for (const file of sources(dir)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)) {
      if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('#') || specifier.startsWith('$')) continue;
      const name = packageOf(specifier);
      if (!declared.has(name) && !rootTooling.has(name) && !imported.has(name)) imported.set(name, file);
    }
  }
  for (const [name, file] of imported) missing.push(`${dir}: ${name} (imported by ${file})`);
}
if (missing.length) {
  console.error(`Packages import what they do not declare in their package.json:\n${missing.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('every package declares what it imports');
