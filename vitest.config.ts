import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['db', 'events', 'subgraphs/*', 'analytics', 'router', 'control-tower'],
  },
});
