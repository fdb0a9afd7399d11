import { maskRecord } from './masked-record.js';
import { maskBirthDate, maskIdentityNumber, maskName, maskPhone } from './masking.js';

describe('masking', () => {
  it('keeps the first and last character of a Chinese name of three or more', () => {
    expect(maskName('张小青')).toBe('张*青');
    expect(maskName('欧阳小青')).toBe('欧**青');
    expect(maskName('张三')).toBe('张*');
  });

  it('keeps only the first letter of a Latin name', () => {
    expect(maskName('Alice Wong')).toBe('A*********');
  });

  it('masks phones, identity numbers and birth dates', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdentityNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskBirthDate('2008-03-14')).toBe('2008-**-**');
  });

  it('masks every field of a record, the guardian included', () => {
    const masked = maskRecord({
      name: '张小青',
      birthDate: '2010-05-01',
      phone: null,
      identityNumber: '11010519491231002X',
      guardian: { name: '张大山', phone: '13912345678', relation: '父亲', consentedOn: '2026-11-01' },
    });
    expect(masked).toEqual({
      name: '张*青',
      birthDate: '2010-**-**',
      phone: null,
      identityNumber: '1101**********002X',
      guardian: { name: '张*山', phone: '139****5678', relation: '父亲' },
    });
    expect(JSON.stringify(masked)).not.toMatch(/小青|大山|12345678|19491231/);
  });
});
