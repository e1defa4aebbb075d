import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from './quality.ts';

/** A solid 10 × 10 image, with some pixels painted another colour. */
function image(painted: number, width = 10) {
  const png = new PNG({ width, height: 10 });
  png.data.fill(255);
  for (let pixel = 0; pixel < painted; pixel++) png.data.set([200, 30, 30, 255], pixel * 4);
  return PNG.sync.write(png);
}

describe('screenshot comparison against a baseline', () => {
  const folder = mkdtempSync(join(tmpdir(), 'baselines-'));
  const folders = { baselines: `${folder}/baselines/`, differences: `${folder}/differences/` };

  it('refuses to pass without a committed baseline', () => {
    expect(() => compareWithBaseline('missing', image(0), folders)).toThrow(/no baseline/);
  });

  it('measures the share of pixels that differ, and writes where', () => {
    process.env.UPDATE_BASELINES = '1';
    expect(compareWithBaseline('page', image(0), folders)).toBe(0);
    delete process.env.UPDATE_BASELINES;
    expect(compareWithBaseline('page', image(0), folders)).toBe(0);
    expect(existsSync(`${folders.differences}page.diff.png`)).toBe(false);
    expect(compareWithBaseline('page', image(5), folders)).toBeCloseTo(0.05);
    expect(existsSync(`${folders.differences}page.diff.png`)).toBe(true);
  });

  it('counts a change of size as entirely different', () => {
    expect(compareWithBaseline('page', image(0, 12), folders)).toBe(1);
  });
});
