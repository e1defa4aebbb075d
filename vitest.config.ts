import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Reporter, TestModule } from 'vitest/node';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Every package's tests run on the embedded database (PGlite + TimescaleDB).
 * The integration specs run again, in the same run, on each server named:
 * TEST_DATABASE_URL (PostgreSQL) and TEST_TIMESCALEDB_URL (PostgreSQL with
 * TimescaleDB preloaded), so one summary covers every database. When both are
 * named, each pass checks that its server is what its name says
 * (TEST_DATABASE_TIMESCALE): `.ci/run` gives 5432 without and 5433 with.
 */
const packageDirs = ['db', 'events', 'host', 'analytics', 'router', 'control-tower', ...readdirSync('subgraphs').map((name) => `subgraphs/${name}`)].filter(
  (dir) => existsSync(`${dir}/vitest.config.ts`),
);
const integrationDirs = packageDirs.filter((dir) => existsSync(`${dir}/test`) && readdirSync(`${dir}/test`).some((file) => file.endsWith('.int.spec.ts')));
const packageName = (dir: string) => dir.split('/').at(-1)!;

const postgresqlUrl = process.env.TEST_DATABASE_URL;
const timescaleUrl = process.env.TEST_TIMESCALEDB_URL;

/**
 * How every project runs its files. Two workers: vitest's default (one fewer than cores) is one on two cores, yet
 * integration specs spend part of their time waiting on a PostgreSQL server, a child process or Chromium. Each project
 * says so itself, since one that extends a package's config takes vitest's default, not the root's. And no isolation:
 * a worker runs its project's files one after another in one module graph, so a file neither imports the graph, the
 * ORM and Apollo anew nor pays a cold stack start (4.5 s the first time in a process, 1.7 s after); the PostgreSQL
 * pass took 254 s instead of 316 s. Specs leave nothing behind for the next file: each opens its own database and
 * stack and closes them, and what a module keeps is per database or per stack (event-projection.ts).
 * A poll waits up to 15 s for what it expects: with two files at a time on two cores, a page's answer to a click
 * (SvelteKit, the router, a subgraph) took longer than expect.poll's default second in CI.
 */
const runFiles = { maxWorkers: Math.max(2, availableParallelism() - 1), isolate: false, expect: { poll: { timeout: 15_000, interval: 100 } } };

const embedded: TestProjectInlineConfiguration[] = packageDirs.map((dir) => ({
  extends: `./${dir}/vitest.config.ts`,
  root: `./${dir}`,
  test: { name: packageName(dir), ...runFiles, env: { TEST_DATABASE_URL: '', TEST_DATABASE_TIMESCALE: '' } },
}));

const servers = [
  { url: postgresqlUrl, label: 'postgresql', timescale: timescaleUrl ? 'absent' : '' },
  { url: timescaleUrl, label: 'timescaledb', timescale: 'required' },
];

const onServers: TestProjectInlineConfiguration[] = servers.flatMap(({ url, label, timescale }) =>
  url
    ? integrationDirs.map((dir) => ({
        root: `./${dir}`,
        test: {
          name: `${packageName(dir)} on ${label}`,
          ...runFiles,
          include: ['test/**/*.int.spec.ts'],
          env: { TEST_DATABASE_URL: url, TEST_DATABASE_TIMESCALE: timescale },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      }))
    : [],
);

/** After vitest's own summary, the tests per database, so a log shows each pass ran and what it counted. */
const passesPerDatabase: Reporter = {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const databases = [
      { name: 'embedded PGlite + TimescaleDB (and unit specs)', suffix: '' },
      { name: `PostgreSQL server (${postgresqlUrl ?? 'TEST_DATABASE_URL unset'})`, suffix: ' on postgresql' },
      { name: `PostgreSQL + TimescaleDB server (${timescaleUrl ?? 'TEST_TIMESCALEDB_URL unset'})`, suffix: ' on timescaledb' },
    ];
    const lines = databases.map(({ name, suffix }) => {
      const counts = { files: 0, failedFiles: 0, passed: 0, failed: 0, skipped: 0 };
      for (const module of testModules) {
        const project = module.project.name;
        if (suffix ? !project.endsWith(suffix) : project.includes(' on ')) continue;
        counts.files += 1;
        if (module.state() === 'failed') counts.failedFiles += 1;
        for (const test of module.children.allTests()) {
          const state = test.result().state;
          if (state === 'passed') counts.passed += 1;
          else if (state === 'failed') counts.failed += 1;
          else counts.skipped += 1;
        }
      }
      return `  ${name}: ${counts.files} files (${counts.failedFiles} failed), tests ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    });
    console.log(`\nTests per database\n${lines.join('\n')}\n`);
  },
};

export default defineConfig({
  test: {
    projects: [...embedded, ...onServers],
    reporters: ['default', passesPerDatabase],
    ...runFiles,
  },
});
