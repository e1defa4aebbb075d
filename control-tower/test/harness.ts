import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type DemoOptions, type Stack } from '@plexus/scripts/stack';

/**
 * The control tower as people use it: the built app, served by node, talking
 * to the real router over HTTP (the demo company's history simulated first),
 * driven by Debian's Chromium. Each Chromium spec starts one and shares it.
 */

const appDir = new URL('..', import.meta.url).pathname;

/** Building, simulating and starting share two cores with everyone else: give them time. */
export const startTimeoutMs = 900_000;

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

/** Resolves when the app's server says it is listening (adapter-node prints `Listening on …`); fails if it exits first. */
function listening(app: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    createInterface({ input: app.stdout! }).on('line', (line) => {
      console.log(line);
      if (line.startsWith('Listening on')) resolve();
    });
    app.once('exit', (code) => reject(new Error(`the control tower exited with ${code} before listening`)));
  });
}

export async function startControlTower(demo: DemoOptions = {}): Promise<ControlTower> {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: appDir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`control tower build failed:\n${build.stderr}`);
  const stack = await startStack({ seed: 'demo', demo, pollIntervalMs: 3_600_000 });
  const port = await freePort();
  const app = spawn(process.execPath, ['build/index.js'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PLEXUS_ROUTER_URL: stack.routerUrl, PLEXUS_ISSUER_URL: stack.issuerUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await listening(app);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stack,
    browser,
    async stop() {
      await browser.close();
      app.kill('SIGTERM');
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
