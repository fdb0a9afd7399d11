import {
  formatDateZh,
  formatDurationEn,
  formatDurationZh,
  formatHours,
  formatServiceDates,
  minutesToHours,
} from './service-time.format.js';

describe('service time formatting', () => {
  it('converts whole minutes to hours with two decimals at most', () => {
    expect(minutesToHours(750)).toBe(12.5);
    expect(minutesToHours(20)).toBe(0.33);
    expect(minutesToHours(1)).toBe(0.02);
    expect(formatHours(720)).toBe('12');
    expect(formatHours(0)).toBe('0');
  });

  it('states durations exactly in both languages', () => {
    expect(formatDurationZh(750)).toBe('12 小时 30 分钟');
    expect(formatDurationZh(720)).toBe('12 小时');
    expect(formatDurationZh(45)).toBe('45 分钟');
    expect(formatDurationEn(750)).toBe('12 h 30 min');
    expect(formatDurationEn(45)).toBe('45 min');
  });

  it('writes Chinese dates without leading zeros', () => {
    expect(formatDateZh('2025-03-01')).toBe('2025年3月1日');
  });

  it('lists a few service dates and summarises many', () => {
    expect(formatServiceDates(['2025-03-01'], 'zh')).toBe('2025-03-01');
    expect(formatServiceDates(['2025-03-01', '2025-03-08'], 'zh')).toBe('2025-03-01、2025-03-08');
    const weekly = ['2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22'];
    expect(formatServiceDates(weekly, 'zh')).toBe('2025-03-01 至 2025-03-22（4 天）');
    expect(formatServiceDates(weekly, 'en')).toBe('2025-03-01 to 2025-03-22 (4 days)');
    expect(formatServiceDates([], 'en')).toBe('');
  });
});
