import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

/** Checks every Chromium spec applies to a page: accessibility (axe-core), width, and its look against a committed baseline. */

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA, and best practice). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
  });
}

/** How far the document reaches past the viewport's width, in CSS pixels (0: nothing overflows). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const baselines = new URL('./baselines/', import.meta.url).pathname;
const differences = new URL('./screenshots/', import.meta.url).pathname;

/**
 * Share of pixels that may differ from the baseline. The demo data is
 * simulated up to today, so dates and a few figures move from day to day;
 * a layout or chart that breaks moves far more than this.
 */
export const screenshotTolerance = 0.04;

/**
 * Compares a screenshot with its committed baseline (`test/baselines/<name>.png`)
 * and returns the share of pixels that differ; writes the difference image
 * beside the screenshots when any do. `UPDATE_BASELINES=1` records new baselines.
 */
export function compareWithBaseline(name: string, screenshot: Buffer, folders = { baselines, differences }): number {
  const path = `${folders.baselines}${name}.png`;
  if (process.env.UPDATE_BASELINES === '1') {
    mkdirSync(folders.baselines, { recursive: true });
    writeFileSync(path, screenshot);
    return 0;
  }
  if (!existsSync(path)) throw new Error(`no baseline ${path}: run the spec with UPDATE_BASELINES=1 and commit it`);
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) return 1;
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > 0) {
    mkdirSync(folders.differences, { recursive: true });
    writeFileSync(`${folders.differences}${name}.diff.png`, PNG.sync.write(diff));
  }
  return differing / (actual.width * actual.height);
}

/**
 * The two checks every section runs on its pages, over the paths `paths`
 * gives when they run: axe-core finds no serious or critical violation, and
 * at 390 px wide nothing overflows.
 */
export function itIsAccessibleAndNarrow(page: () => Page, open: (path: string) => Promise<unknown>, paths: () => readonly string[]): void {
  it('has no serious or critical axe-core violation', async () => {
    for (const path of paths()) {
      await open(path);
      expect({ path, violations: await seriousViolations(page()) }).toEqual({ path, violations: [] });
    }
  });

  it('is usable at 390 px without overflowing the page', async () => {
    const wide = page().viewportSize();
    await page().setViewportSize({ width: 390, height: 844 });
    try {
      for (const path of paths()) {
        await open(path);
        expect({ path, overflow: await horizontalOverflow(page()) }).toEqual({ path, overflow: 0 });
      }
    } finally {
      if (wide) await page().setViewportSize(wide);
    }
  });
}
