import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { crossCheckRows } from './cross-check-rows.js';
import { decodeText } from './decode-text.js';
import { parseRows } from './parse-rows.js';
import { readTable } from './read-table.js';

const NOW = Date.parse('2024-06-30T12:00:00+08:00');
const options = { timeZone: 'Asia/Shanghai', now: NOW };
const HEADER = '志愿者编号,活动编号,日期,开始时间,结束时间,时长（分钟）,原记录编号,备注';

async function parse(bytes: Uint8Array, encoding?: 'utf8' | 'gbk') {
  return parseRows(await readTable(bytes, encoding ? { encoding } : {}), options);
}

describe('reading an import file', () => {
  it('reads UTF-8 with or without a BOM, and GBK when the bytes are not UTF-8', () => {
    const text = `${HEADER}\n`;
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf8' });
    expect(decodeText(Buffer.from(`\ufeff${text}`))).toEqual({ text, encoding: 'utf8' });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gbk' });
  });

  it('refuses bytes that are neither, UTF-16, and GBK bytes read as UTF-8 when asked', () => {
    for (const bytes of [
      Buffer.from([0x81, 0x20, 0xff, 0x41]),
      Buffer.from('\ufeffa', 'utf16le'),
      Buffer.from([0x61, 0x00, 0x62]),
    ]) {
      const decoded = decodeText(bytes);
      expect('problem' in decoded && decoded.problem.code).toBe('ENCODING_INVALID');
    }
    const forced = decodeText(iconv.encode(HEADER, 'gbk'), 'utf8');
    expect('problem' in forced && forced.problem.message.en).toMatch(/not valid UTF-8/);
  });

  it('turns a row into the instants of the programme zone, minutes defaulting to the interval', async () => {
    const parsed = await parse(Buffer.from(`${HEADER}\nv1,a1,2024/3/2,9:00,11:30,,R-1,旧表\n`));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 2,
        volunteerId: 'v1',
        activityId: 'a1',
        organizationId: null,
        date: '2024-03-02',
        startedAt: Date.parse('2024-03-02T01:00:00Z'),
        endedAt: Date.parse('2024-03-02T03:30:00Z'),
        minutes: 150,
        recordId: 'R-1',
        note: '旧表',
      },
    ]);
  });

  it('names the row and column of each problem in Chinese and English', async () => {
    const parsed = await parse(
      Buffer.from(
        [
          HEADER,
          ',a1,2024-03-02,09:00,10:00,60,R-1,',
          'v1,a1,2024-02-30,09:00,10:00,60,R-2,',
          'v1,a1,1999-12-31,09:00,10:00,60,R-3,',
          'v1,a1,2024-03-02,10:00,09:00,,R-4,',
          'v1,a1,2024-03-02,09:00,10:00,61,R-5,',
          'v1,a1,2024-03-02,9h,10:00,60,R-6,',
          'v1,a1,2024-03-02,09:00,10:00,60',
        ].join('\n'),
      ),
    );
    expect(parsed.problems.map((found) => [found.row, found.column, found.code])).toEqual([
      [2, 'volunteerId', 'VALUE_REQUIRED'],
      [3, 'date', 'VALUE_INVALID'],
      [4, 'date', 'DATE_OUT_OF_RANGE'],
      [5, 'end', 'END_NOT_AFTER_START'],
      [6, 'minutes', 'MINUTES_MISMATCH'],
      [7, 'start', 'VALUE_INVALID'],
      [8, null, 'CELL_COUNT'],
    ]);
    for (const found of parsed.problems) {
      expect(found.message.zh).toMatch(/[\u4e00-\u9fff]/);
      // English but for the file's own header, quoted as the file spells it.
      expect(found.message.en.replace(/"[^"]*"/g, '')).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(parsed.rows).toEqual([]);
  });

  it('refuses unknown and missing columns in the header', async () => {
    const parsed = await parse(
      Buffer.from('volunteer id,date,start,finish,record id\nv1,2024-03-02,09:00,10:00,R\n'),
    );
    expect(parsed.problems.map((found) => [found.row, found.column, found.code])).toEqual([
      [1, 'finish', 'COLUMN_UNKNOWN'],
      [1, 'end', 'COLUMN_MISSING'],
    ]);
  });

  it('finds duplicate record ids and overlapping rows of one volunteer', async () => {
    const parsed = await parse(
      Buffer.from(
        [
          HEADER,
          'v1,a1,2024-03-02,09:00,10:00,60,R-1,',
          'v1,a1,2024-03-02,10:00,11:00,60,R-2,',
          'v1,a1,2024-03-02,10:30,11:30,60,R-3,',
          'v2,a1,2024-03-02,09:00,10:00,60,R-1,',
        ].join('\n'),
      ),
    );
    expect(crossCheckRows(parsed.rows).map((found) => [found.row, found.code])).toEqual([
      [5, 'RECORD_ID_DUPLICATE'],
      [4, 'ROWS_OVERLAP'],
    ]);
  });

  it('reads XLSX date and time cells, and refuses formulas', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('hours');
    sheet.addRow(['volunteer id', 'organisation id', 'date', 'start', 'end', 'minutes', 'record id']);
    sheet.addRow(['v1', 'o1', new Date(Date.UTC(2024, 2, 2)), 0.375, '10:00', 60, 'R-1']);
    sheet.addRow(['v1', 'o1', '2024-03-03', '09:00', '10:00', { formula: 'B2*2' }, 'R-2']);
    const parsed = await parse(Buffer.from(await book.xlsx.writeBuffer()));
    expect(parsed.problems.map((found) => [found.row, found.column, found.code])).toEqual([
      [3, 'minutes', 'FORMULA_IN_CELL'],
    ]);
    expect(parsed.rows.map((row) => [row.row, row.date, row.startedAt])).toEqual([
      [2, '2024-03-02', Date.parse('2024-03-02T01:00:00Z')],
    ]);
  });

  it('refuses a CSV that does not parse, naming the line', async () => {
    const parsed = await parse(Buffer.from(`${HEADER}\n"v1,a1\n`));
    expect(parsed.problems.map((found) => [found.row, found.code])).toEqual([[2, 'FILE_MALFORMED']]);
  });
});
