import { buildCertificate, type CertificateInput } from '../content/build-certificate.js';
import { type Certificate } from '../content/certificate.model.js';

const tianyuanTeam = { id: 'org-tianyuan-team', name: '天元区青年志愿服务队' };
const heTangCommunity = { id: 'org-hetang-comm', name: '荷塘区月塘街道新塘社区团支部' };

/** A volunteer with two activities from two organisers, one of them on three dates. */
export function certificateInput(overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    number: 'ZYFW-20250705-000042',
    code: 'K7M2Q9RXH4TD',
    volunteer: {
      id: 'vol-1',
      name: '张小三',
      volunteerNumber: 'ZZ2025000123',
      identityNumber: '430102200501011234',
    },
    period: { from: '2025-03-01', to: '2025-06-30' },
    services: [
      {
        activityId: 'act-class',
        title: '七彩课堂：小学生暑期作业辅导',
        category: '七彩课堂',
        organization: tianyuanTeam,
        serviceDate: '2025-06-14',
        minutes: 180,
      },
      {
        activityId: 'act-clean',
        title: '社区环境清洁行动',
        category: '环境保护',
        organization: heTangCommunity,
        serviceDate: '2025-03-15',
        minutes: 150,
      },
      {
        activityId: 'act-class',
        title: '七彩课堂：小学生暑期作业辅导',
        category: '七彩课堂',
        organization: tianyuanTeam,
        serviceDate: '2025-06-21',
        minutes: 240,
      },
      {
        activityId: 'act-class',
        title: '七彩课堂：小学生暑期作业辅导',
        category: '七彩课堂',
        organization: tianyuanTeam,
        serviceDate: '2025-06-28',
        minutes: 180,
      },
    ],
    issuedAt: '2025-07-04T17:30:00Z',
    issuer: {
      organizationId: 'org-zhuzhou-league',
      name: '共青团株洲市委员会',
      contact: '0731-2882 0000',
      personInCharge: '李明',
      handler: '王芳',
    },
    ...overrides,
  };
}

export function sampleCertificate(overrides: Partial<CertificateInput> = {}): Certificate {
  return buildCertificate(certificateInput(overrides));
}
