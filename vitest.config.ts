import { existsSync, readdirSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Every package's tests run on the embedded database. When TEST_DATABASE_URL
 * names a PostgreSQL server, the integration specs run a second time against
 * it, in the same run, so one summary covers both databases.
 */
const packageDirs = ['db', 'events', 'host', 'analytics', 'router', 'control-tower', ...readdirSync('subgraphs').map((name) => `subgraphs/${name}`)].filter(
  (dir) => existsSync(`${dir}/vitest.config.ts`),
);

const serverUrl = process.env.TEST_DATABASE_URL;

const embedded: TestProjectInlineConfiguration[] = packageDirs.map((dir) => ({
  extends: `./${dir}/vitest.config.ts`,
  root: `./${dir}`,
  test: { name: dir.split('/').at(-1), env: { TEST_DATABASE_URL: '' } },
}));

const onServer: TestProjectInlineConfiguration[] = serverUrl
  ? packageDirs
      .filter((dir) => existsSync(`${dir}/test`) && readdirSync(`${dir}/test`).some((file) => file.endsWith('.int.spec.ts')))
      .map((dir) => ({
        root: `./${dir}`,
        test: {
          name: `${dir.split('/').at(-1)} on postgresql`,
          include: ['test/**/*.int.spec.ts'],
          env: { TEST_DATABASE_URL: serverUrl },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      }))
  : [];

export default defineConfig({
  test: { projects: [...embedded, ...onServer] },
});
