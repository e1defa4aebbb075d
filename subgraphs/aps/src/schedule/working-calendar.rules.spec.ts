import { describe, expect, it } from 'vitest';
import { defaultSiteCalendar, machineWindows, validateSiteCalendar, workingMinutes } from './working-calendar.rules.ts';

// Monday 2026-11-30, 00:00 UTC.
const epoch = new Date('2026-11-30T00:00:00Z');
const at = (iso: string) => new Date(iso);

describe('a machine’s working windows', () => {
  it('are the site’s shifts, joined where one shift ends as the next starts', () => {
    const windows = machineWindows(epoch, 7, defaultSiteCalendar, [], []);
    expect(windows).toHaveLength(5);
    expect(windows[0]).toEqual({ start: 6 * 60, end: 22 * 60 });
    expect(windows[4]).toEqual({ start: 4 * 1440 + 6 * 60, end: 4 * 1440 + 22 * 60 });
    expect(workingMinutes(windows, 0, 7 * 1440)).toBe(5 * 16 * 60);
  });

  it('skip holidays, lose downtime and gain extra shifts', () => {
    const windows = machineWindows(
      epoch,
      7,
      { ...defaultSiteCalendar, holidays: ['2026-12-01'] },
      [{ from: at('2026-12-02T10:00:00Z'), to: at('2026-12-02T12:00:00Z') }],
      [{ from: at('2026-12-05T06:00:00Z'), to: at('2026-12-05T14:00:00Z') }],
    );
    expect(windows).toEqual([
      { start: 360, end: 1320 },
      { start: 2 * 1440 + 360, end: 2 * 1440 + 600 },
      { start: 2 * 1440 + 720, end: 2 * 1440 + 1320 },
      { start: 3 * 1440 + 360, end: 3 * 1440 + 1320 },
      { start: 4 * 1440 + 360, end: 4 * 1440 + 1320 },
      { start: 5 * 1440 + 360, end: 5 * 1440 + 840 },
    ]);
  });

  it('carry a night shift over midnight', () => {
    const windows = machineWindows(epoch, 2, { shifts: [{ weekday: 1, start: '22:00', end: '06:00' }], holidays: [], frozenHours: 8 }, [], []);
    expect(windows).toEqual([{ start: 1320, end: 1440 + 360 }]);
  });

  it('refuse shifts that are not clock times', () => {
    expect(() => validateSiteCalendar({ shifts: [{ weekday: 8, start: '06:00', end: '14:00' }], holidays: [], frozenHours: 8 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateSiteCalendar({ shifts: [{ weekday: 1, start: '6am', end: '14:00' }], holidays: [], frozenHours: 8 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('refuse a frozen horizon that is not 0 to 168 hours, and keep one that is', () => {
    for (const frozenHours of [-1, 168.5, Number.NaN]) {
      expect(() => validateSiteCalendar({ ...defaultSiteCalendar, frozenHours })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
    expect(validateSiteCalendar({ ...defaultSiteCalendar, frozenHours: 0 }).frozenHours).toBe(0);
    expect(validateSiteCalendar({ ...defaultSiteCalendar, frozenHours: 168 }).frozenHours).toBe(168);
  });
});
