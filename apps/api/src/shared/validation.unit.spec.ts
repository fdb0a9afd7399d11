import { type ArgumentMetadata } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import fc from 'fast-check';
import { HttpProblem } from './problem.js';
import { toInteger } from './query-params.js';
import { createValidationPipe, isCalendarDate, isInstant, isPlainText } from './validation.js';

describe('isPlainText', () => {
  it('accepts Chinese, other scripts and emoji', () => {
    expect(isPlainText('莲花社区·七彩课堂 (Zhuzhou) — ok 👍')).toBe(true);
    expect(isPlainText("Robert'); DROP TABLE es_events;--")).toBe(true);
  });

  it.each([
    ['a NUL byte', 'a\u0000b'],
    ['an escape sequence', 'name\u001b[31m'],
    ['a C1 control', 'x\u0085y'],
    ['DEL', 'x\u007f'],
    ['a right-to-left override', '张\u202E三'],
    ['an isolate', 'a\u2066b'],
    ['a byte-order mark', '\uFEFFname'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate', 'a\uDC4Db'],
  ])('refuses %s', (_, text) => {
    expect(isPlainText(text)).toBe(false);
    expect(isPlainText(text, true)).toBe(false);
  });

  it('allows line breaks and tabs only in multi-line text', () => {
    expect(isPlainText('第一行\n第二行')).toBe(false);
    expect(isPlainText('第一行\r\n第二行\t备注', true)).toBe(true);
  });

  it('refuses what is not a string', () => {
    expect(isPlainText(42)).toBe(false);
    expect(isPlainText(null)).toBe(false);
    expect(isPlainText(['a'])).toBe(false);
  });
});

describe('isInstant and isCalendarDate', () => {
  it('accept real instants with an offset and real dates', () => {
    expect(isInstant('2024-07-10T09:00:00+08:00')).toBe(true);
    expect(isInstant('2024-02-29T23:59:59.123Z')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it.each([
    '2024-02-30T00:00:00Z',
    '2024-07-10T09:00:00',
    '0000-01-01T00:00:00Z',
    '0999-12-31T00:00:00Z',
    '9999-12-31T23:59:59-12:00',
  ])('refuses the instant %s', (value) => {
    expect(isInstant(value)).toBe(false);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-00-10',
    '0000-01-01',
    '2024-1-01',
    '2024-07-10T00:00:00Z',
  ])('refuses the date %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isCalendarDate against the calendar of JS dates', () => {
  const digits = (length: number, max: number) =>
    fc.integer({ min: 0, max }).map((value) => String(value).padStart(length, '0'));

  it('accepts exactly the dates a JS date writes back unchanged, from the year 1000 on', () => {
    fc.assert(
      fc.property(digits(4, 9999), digits(2, 13), digits(2, 32), (year, month, day) => {
        const value = `${year}-${month}-${day}`;
        const date = new Date(`${value}T00:00:00Z`);
        const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        expect(isCalendarDate(value)).toBe(real && Number(year) >= 1000);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes an instant by the UTC year it falls in', () => {
    expect(isInstant('1000-01-01T00:00:00Z')).toBe(true);
    expect(isInstant('1000-01-01T07:00:00+08:00')).toBe(false);
    expect(isInstant('9999-12-31T23:59:59.999Z')).toBe(true);
    expect(isInstant('2024-07-10T25:00:00Z')).toBe(false);
  });
});

class PageQuery {
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  limit?: number;

  @IsOptional()
  @IsString()
  cursor?: string;

  @IsIn(['json', 'csv'])
  format = 'json';
}

class TaggedQuery {
  @IsOptional()
  @IsString({ each: true })
  tags: string[] = [];
}

class NamedQuery {
  @IsString()
  name!: string;
}

describe('the validation pipe and empty queries', () => {
  const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

  it('answers every empty query with a fresh instance of the class, as a full validation makes it', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform({}, query(PageQuery))) as PageQuery;
    expect(first).toBeInstanceOf(PageQuery);
    expect({ ...first }).toEqual({ format: 'json' });
    first.limit = 7;
    first.format = 'csv';
    for (const empty of [{}, Object.create(null) as object]) {
      const next = (await pipe.transform(empty, query(PageQuery))) as PageQuery;
      expect(next).toBeInstanceOf(PageQuery);
      expect(next).not.toBe(first);
      expect({ ...next }).toEqual({ format: 'json' });
      next.format = 'csv';
    }
  });

  it('never shares a field holding an object between empty queries', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform({}, query(TaggedQuery))) as TaggedQuery;
    first.tags.push('changed');
    const next = (await pipe.transform({}, query(TaggedQuery))) as TaggedQuery;
    expect(next.tags).toEqual([]);
    expect(next.tags).not.toBe(first.tags);
  });

  it('still validates a query with anything in it, after empty ones', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({}, query(PageQuery));
    expect({ ...((await pipe.transform({ limit: '20' }, query(PageQuery))) as PageQuery) }).toEqual({
      format: 'json',
      limit: 20,
    });
    for (const bad of [{ limit: '0' }, { limit: 'many' }, { extra: '1' }]) {
      await expect(pipe.transform(bad, query(PageQuery))).rejects.toBeInstanceOf(HttpProblem);
    }
  });

  it('refuses an empty query every time where the class requires a field', async () => {
    const pipe = createValidationPipe();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(pipe.transform({}, query(NamedQuery))).rejects.toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect({ ...((await pipe.transform({ name: '张三' }, query(NamedQuery))) as NamedQuery) }).toEqual({
      name: '张三',
    });
  });
});
