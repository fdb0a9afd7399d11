import { assertUnreachable } from '../shared/errors.js';
import { type AnomalyFinding } from './anomalies.js';

export interface AnomalyReason {
  readonly zh: string;
  readonly en: string;
}

/** A finding's reason in both languages, with its figures, so a printed report explains itself. */
export function anomalyReason(finding: AnomalyFinding): AnomalyReason {
  const f = (name: string): string => String(finding.figures[name] ?? '');
  switch (finding.kind) {
    case 'IMPOSSIBLE_TRAVEL': {
      const speed = finding.figures.kmPerHour === -1 ? '∞' : f('kmPerHour');
      return {
        zh: `两次定位签到的场地相距 ${f('distanceKm')} 公里，间隔 ${f('minutes')} 分钟，时速约 ${speed} 公里，超过 ${f('limitKmPerHour')} 公里上限`,
        en: `two location check-ins ${f('distanceKm')} km apart within ${f('minutes')} minutes: about ${speed} km/h, above the ${f('limitKmPerHour')} km/h limit`,
      };
    }
    case 'SELF_CONFIRMATION':
      return {
        zh: '组织者确认了自己的服务时长',
        en: 'an organiser confirmed their own session',
      };
    case 'MANUAL_ABOVE_USUAL':
      return {
        zh: `补录时长 ${f('minutes')} 分钟，超过 4 小时且超过志愿者或活动通常时长（中位数）的 ${f('factor')} 倍`,
        en: `a manual session of ${f('minutes')} minutes: over 4 hours and over ${f('factor')}× the volunteer's or the activity's median`,
      };
    case 'LONGER_THAN_PEERS':
      return {
        zh: `时长 ${f('minutes')} 分钟，超过同一活动其他记录中位数 ${f('activityMedianMinutes')} 分钟的 ${f('factor')} 倍`,
        en: `${f('minutes')} minutes: over ${f('factor')}× the median (${f('activityMedianMinutes')} minutes) of the activity's other sessions`,
      };
    case 'CHECK_IN_AFTER_END':
      return {
        zh: `活动结束 ${f('minutesAfterEnd')} 分钟后才签到`,
        en: `checked in ${f('minutesAfterEnd')} minutes after the activity ended`,
      };
    default:
      return assertUnreachable(finding.kind);
  }
}
