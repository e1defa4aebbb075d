import { describe, expect, it } from 'vitest';
import { formatPpm, orderabilityWords, promiseWords, scorecardReasons } from './purchasing-words.ts';

describe('purchasing words', () => {
  it('says whether a supplier is orderable, and why not', () => {
    expect(orderabilityWords({ orderable: true, reasons: [] })).toBe('yes');
    expect(orderabilityWords({ orderable: false, reasons: ['BLOCKED', 'CERTIFICATE_EXPIRED'] })).toBe('no: blocked, certificate expired');
    expect(orderabilityWords({ orderable: false, reasons: [] })).toBe('no');
  });

  it('measures a promise against the requested date in whole days', () => {
    expect(promiseWords('2026-03-10', null)).toBe('not promised yet');
    expect(promiseWords('2026-03-10', '2026-03-10')).toBe('on the requested date');
    expect(promiseWords('2026-03-10', '2026-03-11')).toBe('1 day after requested');
    expect(promiseWords('2026-03-10', '2026-03-07')).toBe('3 days before requested');
    expect(promiseWords('2026-03-28', '2026-04-02')).toBe('5 days after requested');
  });

  it('names scorecard failures in buyers’ words', () => {
    expect(scorecardReasons(['LATE', 'SHORT'])).toBe('late, short');
    expect(scorecardReasons(['NOT_RECEIVED'])).toBe('not received');
    expect(scorecardReasons(['DAMAGED_IN_TRANSIT'])).toBe('damaged in transit');
    expect(scorecardReasons([])).toBe('—');
  });

  it('writes PPM as a whole number, and says so when nothing was received', () => {
    expect(formatPpm(1234.56, 'en-GB')).toBe('1,235 ppm');
    expect(formatPpm(0, 'en-GB')).toBe('0 ppm');
    expect(formatPpm(null)).toBe('no receipts');
  });
});
