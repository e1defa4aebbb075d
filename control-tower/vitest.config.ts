import { defineProject } from 'vitest/config';

// Unit specs run in plain Node; the browser spec builds and serves the real app itself.
export default defineProject({
  test: { name: 'control-tower', include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
});
