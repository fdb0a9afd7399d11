import { maskIdentityNumber, maskName } from './personal-data.masking.js';

describe('maskName', () => {
  it('keeps only the surname of a two-character Chinese name', () => {
    expect(maskName('李四')).toBe('李*');
  });

  it('个人信息保护法 (2021), names shown masked: keeps the first and last character of a three-character Chinese name', () => {
    expect(maskName('张小三')).toBe('张*三');
  });

  it('hides every middle character of a four-character Chinese name', () => {
    expect(maskName('欧阳小明')).toBe('欧**明');
  });

  it('keeps the separator of a transliterated minority name', () => {
    expect(maskName('阿依古丽·买买提')).toBe('阿***·**提');
  });

  it('hides a one-character name entirely', () => {
    expect(maskName('王')).toBe('*');
  });

  it('counts a character outside the basic plane as one', () => {
    expect(maskName('𠮷野家')).toBe('𠮷*家');
  });

  it('keeps the initial of each part of a Latin name', () => {
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskName("  Mary-Jane   O'Neil ")).toBe("M***-J*** O'N***");
  });

  it('keeps a single Latin name recognisable by its initial only', () => {
    expect(maskName('Ana')).toBe('A**');
  });

  it('gives an empty string for an empty name', () => {
    expect(maskName('   ')).toBe('');
  });
});

describe('maskIdentityNumber', () => {
  it('keeps the region and the last four characters of an 18-character identity card', () => {
    expect(maskIdentityNumber('430102200501011234')).toBe('4301**********1234');
  });

  it('upper-cases the check character and ignores spaces', () => {
    expect(maskIdentityNumber('4301 0220 0501 01123x')).toBe('4301**********123X');
  });

  it('masks a 15-character first-generation card the same way', () => {
    expect(maskIdentityNumber('430102050101123')).toBe('4301*******1123');
  });

  it('keeps two characters at each end of a passport number', () => {
    expect(maskIdentityNumber('E12345678')).toBe('E1*****78');
  });

  it('keeps only the last character of a very short number', () => {
    expect(maskIdentityNumber('A123')).toBe('***3');
    expect(maskIdentityNumber('12')).toBe('**');
  });
});
