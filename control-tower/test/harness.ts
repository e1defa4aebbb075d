import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type DemoOptions, type Stack } from '@plexus/scripts/stack';
// Test set-up only (as bench:kpi does): the KPI pages need the simulated history projected before the first page.
import { catchUpProjections } from '../../analytics/src/projection/event-projection.ts';
import { openAnalytics } from '../../analytics/src/subgraph.ts';

/**
 * The control tower as people use it: the built app, served by node, talking
 * to the real router over HTTP (the demo company's history simulated first),
 * driven by Debian's Chromium. Each Chromium spec starts one and shares it.
 */

const appDir = new URL('..', import.meta.url).pathname;

/** Building, simulating and starting share two cores with everyone else: give them time. */
export const startTimeoutMs = 1_800_000;

export interface ControlTower {
  baseUrl: string;
  stack: Stack;
  browser: Browser;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the app's server says it is listening (`serve.mjs` prints `Listening on …`); fails if it exits first. */
function listening(app: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    createInterface({ input: app.stdout! }).on('line', (line) => {
      console.log(line);
      if (line.startsWith('Listening on')) resolve();
    });
    app.once('exit', (code) => reject(new Error(`the control tower exited with ${code} before listening`)));
  });
}

/** Builds the control tower and serves it against a stack's router, signing in with its token issuer; resolves once it listens. */
export async function serveControlTower(stack: Pick<Stack, 'routerUrl' | 'issuerUrl'>): Promise<{ baseUrl: string; stop(): void }> {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: appDir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`control tower build failed:\n${build.stderr}`);
  const port = await freePort();
  const app = spawn(process.execPath, ['serve.mjs'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PLEXUS_ROUTER_URL: stack.routerUrl, PLEXUS_ISSUER_URL: stack.issuerUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await listening(app);
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => app.kill('SIGTERM') };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Nothing polls while the browser drives the pages (the systems' consumers and
 * analytics' projector are paused); with `project`, analytics' projections are
 * brought up to the simulated history once, before the first page.
 */
export async function startControlTower(demo: DemoOptions = {}, options: { project?: boolean } = {}): Promise<ControlTower> {
  // The exception inbox still hears the stack's own writes at once: its live page is what the browser tests.
  const stack = await startStack({ seed: 'demo', demo, pollIntervalMs: 3_600_000, reactToWrites: true });
  if (options.project) {
    const analytics = await openAnalytics(stack.database);
    try {
      await catchUpProjections(analytics.em, undefined, { waitMs: 600_000 });
    } finally {
      await analytics.close();
    }
  }
  const app = await serveControlTower(stack);
  const browser = await launchChromium();
  return {
    baseUrl: app.baseUrl,
    stack,
    browser,
    async stop() {
      await browser.close();
      app.stop();
      await stack.stop();
    },
  };
}

/** Opens a page and waits until it is hydrated: the app's handlers are attached only then. */
export async function open(page: Page, baseUrl: string, path: string) {
  const response = await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('html[data-hydrated]');
  return response;
}
