import { describe, expect, it } from 'vitest';
import { assessLine, scorecardOf } from './scorecard.rules.ts';

const line = (overrides: Partial<Parameters<typeof assessLine>[0]> = {}) => ({
  lineId: 'l1',
  purchaseOrderId: 'po1',
  quantity: 100,
  requestedDate: '2026-11-10',
  confirmedDate: '2026-11-12',
  receipts: [],
  ...overrides,
});

describe('a purchase order line’s delivery', () => {
  it('is due on the first confirmed date, else the requested date', () => {
    expect(assessLine(line()).dueDate).toBe('2026-11-12');
    expect(assessLine(line({ confirmedDate: null })).dueDate).toBe('2026-11-10');
  });

  it('is late only for the part that arrived after the due date', () => {
    const delivery = assessLine(line({ receipts: [{ day: '2026-11-12', accepted: 60, rejected: 0 }, { day: '2026-11-14', accepted: 40, rejected: 0 }] }));
    expect(delivery).toMatchObject({ received: 100, receivedOnTime: 60, onTimeQuantity: 60, onTimeInFull: false, reasons: ['LATE'] });
  });

  it('counts quantity refused at the dock as delivered', () => {
    expect(assessLine(line({ receipts: [{ day: '2026-11-11', accepted: 90, rejected: 10 }] }))).toMatchObject({ onTimeQuantity: 100, onTimeInFull: true, reasons: [] });
  });

  it('caps on-time quantity at the ordered quantity and does not fail an over-delivery', () => {
    expect(assessLine(line({ receipts: [{ day: '2026-11-11', accepted: 104, rejected: 0 }] }))).toMatchObject({ onTimeQuantity: 100, onTimeInFull: true, reasons: [] });
  });

  it('names short and never-received lines', () => {
    expect(assessLine(line({ receipts: [{ day: '2026-11-11', accepted: 70, rejected: 0 }] })).reasons).toEqual(['SHORT']);
    expect(assessLine(line()).reasons).toEqual(['NOT_RECEIVED']);
  });
});

describe('a scorecard', () => {
  it('adds up lines due and receipts of the window, listing the failures by due date', () => {
    const scorecard = scorecardOf(
      { from: '2026-11-01', to: '2026-11-30' },
      [
        line({ lineId: 'on-time', receipts: [{ day: '2026-11-12', accepted: 100, rejected: 0 }] }),
        line({ lineId: 'late', confirmedDate: '2026-11-05', quantity: 50, receipts: [{ day: '2026-11-08', accepted: 40, rejected: 10 }] }),
        line({ lineId: 'missing', confirmedDate: '2026-11-20', quantity: 50 }),
      ],
      { accepted: 140, rejected: 10 },
    );
    expect(scorecard).toMatchObject({
      linesDue: 3,
      linesOnTimeInFull: 1,
      onTimeInFull: 1 / 3,
      orderedQuantity: 200,
      onTimeQuantity: 100,
      onTimeDelivery: 0.5,
      receivedQuantity: 150,
      rejectedQuantity: 10,
      ppm: (10 / 150) * 1_000_000,
    });
    expect(scorecard.failedLines.map((failed) => [failed.lineId, failed.reasons])).toEqual([
      ['late', ['LATE']],
      ['missing', ['NOT_RECEIVED']],
    ]);
  });

  it('has no ratios without lines due or receipts', () => {
    expect(scorecardOf({ from: '2026-11-01', to: '2026-11-30' }, [], { accepted: 0, rejected: 0 })).toMatchObject({ onTimeDelivery: null, onTimeInFull: null, ppm: null });
  });
});
