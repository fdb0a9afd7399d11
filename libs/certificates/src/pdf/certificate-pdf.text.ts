import { type Certificate } from '../content/certificate.model.js';
import { CERTIFICATE_RULE } from '../content/certificate-rule.js';
import {
  formatDateZh,
  formatDurationEn,
  formatDurationZh,
  formatHours,
} from '../content/service-time.format.js';
import { formatVerificationCode } from '../content/verification-code.js';

/** The wording of the certificate, kept apart from the layout so both can change on their own. */
export interface CertificateWording {
  zh: {
    title: string;
    body: string;
    organizationsLabel: string;
    organizations: string;
    closing: string;
    /** The rule the certificate is issued under, in one line. */
    issuedUnder: string;
    issuerLines: string[];
    seal: string;
    code: string;
    verify: string;
    remarks?: string;
  };
  en: { title: string; body: string; issuedUnder: string; verify: string };
}

export function certificateWording(
  certificate: Certificate,
  options: { displayName: string; verificationUrl?: string },
): CertificateWording {
  const { volunteer, period, issuer } = certificate;
  const hours = formatHours(certificate.totalMinutes);
  const code = formatVerificationCode(certificate.code);
  const count = certificate.activities.length;
  const identity = [
    `志愿者编号：${volunteer.volunteerNumber}`,
    ...(volunteer.maskedIdentityNumber ? [`身份证件号码：${volunteer.maskedIdentityNumber}`] : []),
  ].join('，');
  const where = options.verificationUrl ? `访问 ${options.verificationUrl} ` : '访问本系统证明核验页面';
  const whereEn = options.verificationUrl ? `open ${options.verificationUrl}` : 'use the verification page';

  return {
    zh: {
      title: '志愿服务证明',
      body:
        `兹证明 ${options.displayName}（${identity}）于 ${formatDateZh(period.from)} 至 ${formatDateZh(period.to)}` +
        ` 期间参加志愿服务活动 ${count} 项，经活动组织单位确认的志愿服务时长共计 ${hours} 小时` +
        `（${certificate.totalMinutes} 分钟${
          certificate.totalMinutes % 60 === 0 ? '' : `，即 ${formatDurationZh(certificate.totalMinutes)}`
        }）。服务内容如下：`,
      organizationsLabel: '出具单位（谁组织谁记录，谁记录谁证明）：',
      organizations: certificate.issuingOrganizations.map((organization) => organization.name).join('；'),
      closing: '特此证明。',
      issuedUnder: CERTIFICATE_RULE.zh,
      issuerLines: [
        issuer.name,
        ...(issuer.personInCharge || issuer.handler
          ? [
              [
                issuer.personInCharge && `负责人：${issuer.personInCharge}`,
                issuer.handler && `经办人：${issuer.handler}`,
              ]
                .filter(Boolean)
                .join('    '),
            ]
          : []),
        ...(issuer.contact ? [`联系方式：${issuer.contact}`] : []),
        `出具日期：${formatDateZh(certificate.issuedOn)}`,
      ],
      seal: '（盖章）',
      code: `验证码：${code}`,
      verify:
        `核验方式：用手机扫描二维码，或${where}，输入验证码 ${code}，即可查询本证明是否有效。` +
        '本证明附有数字签名（Ed25519），也可用本系统公布的公钥（/.well-known/jwks.json）离线核验；' +
        '所列时长如被撤销或更正，核验结果将显示“无效”。',
      ...(certificate.remarks ? { remarks: `备注：${certificate.remarks}` } : {}),
    },
    en: {
      title: 'Volunteer Service Certificate',
      body:
        `This is to certify that ${options.displayName} (volunteer no. ${volunteer.volunteerNumber}` +
        `${volunteer.maskedIdentityNumber ? `, ID no. ${volunteer.maskedIdentityNumber}` : ''}) took part in ` +
        `${count} volunteer service ${count === 1 ? 'activity' : 'activities'} from ${period.from} to ${period.to}, ` +
        `for a total of ${hours} hours (${certificate.totalMinutes} minutes, ${formatDurationEn(certificate.totalMinutes)}) ` +
        `confirmed by the organisations that organised and recorded them: ` +
        `${certificate.issuingOrganizations.map((organization) => organization.name).join('; ')}. ` +
        `Issued by ${issuer.name} on ${certificate.issuedOn}. Certificate no. ${certificate.number}.`,
      issuedUnder: CERTIFICATE_RULE.en,
      verify:
        `To verify, scan the QR code or ${whereEn} and enter the code ${code}. The certificate carries an ` +
        'Ed25519 digital signature that can also be checked offline against the published keys ' +
        '(/.well-known/jwks.json). If its hours are later revoked or corrected, verification shows it as not valid.',
    },
  };
}
