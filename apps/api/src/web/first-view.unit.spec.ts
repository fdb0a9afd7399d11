import { escapeHtml, firstViewMarkup, formatMinutes, scriptJson, type FirstViewText } from './first-view.js';

const zh: FirstViewText = {
  title: '我的志愿时长',
  confirmed: '已确认时长',
  pending: '待确认时长',
  points: '积分',
  pointsValue: '{points} 分',
  thisYear: '{year} 年时长',
  hoursAndMinutes: '{hours} 小时 {minutes} 分钟',
  hours: '{hours} 小时',
  minutes: '{minutes} 分钟',
  appName: '青春志愿时长',
};

describe('the home page first view the api app draws', () => {
  it('writes minutes as the app does', () => {
    expect(formatMinutes(zh, 405)).toBe('6 小时 45 分钟');
    expect(formatMinutes(zh, 120)).toBe('2 小时');
    expect(formatMinutes(zh, 0)).toBe('0 分钟');
    expect(formatMinutes(zh, -30)).toBe('-30 分钟');
  });

  it('draws the four figures, the confirmed total leading', () => {
    const markup = firstViewMarkup(
      zh,
      { volunteerId: 'v1', confirmedMinutes: 405, pendingMinutes: 0, points: 46.5, byYear: { '2026': 60 } },
      '2026',
    );
    expect(markup).toContain(
      '<div class="vl-card vl-figure-lead" data-first-view-figure="confirmed">' +
        '<p class="vl-figure" id="vl-first-view-lead">' +
        '<span class="vl-figure-label">已确认时长</span><br><span class="vl-figure-value">6 小时 45 分钟</span>',
    );
    expect(markup).toContain('<span class="vl-figure-value">46.5 分</span>');
    expect(markup).toContain(
      '<span class="vl-figure-label">2026 年时长</span><br><span class="vl-figure-value">1 小时</span>',
    );
  });

  it('escapes every word it writes into the page, and JSON cannot leave its script element', () => {
    expect(escapeHtml(`<b a="1" b='2'>&`)).toBe('&#60;b a=&#34;1&#34; b=&#39;2&#39;&#62;&#38;');
    const markup = firstViewMarkup(
      { ...zh, title: '<script>x</script>', confirmed: '"><img>' },
      { volunteerId: 'v1', confirmedMinutes: 1, pendingMinutes: 0, points: 0, byYear: {} },
      '2026',
    );
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img>');
    const json = scriptJson({ displayName: '</script><script>alert(1)</script>', note: '<!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({
      displayName: '</script><script>alert(1)</script>',
      note: '<!-- & \u2028',
    });
  });
});
