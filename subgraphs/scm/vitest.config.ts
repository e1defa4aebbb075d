import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'scm', include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 300_000, hookTimeout: 600_000 },
});
