import ExcelJS from 'exceljs';
import { exportFormat, XLSX_MEDIA_TYPE } from './export-format.js';
import { sheet, sheetCsv, workbook } from './spreadsheet.js';

interface Row {
  readonly id: string;
  readonly at: string | null;
  readonly minutes: number;
  readonly ok: boolean;
}

const table = sheet<Row>(
  '记录',
  [
    { key: 'id', header: '编号', kind: 'text', width: 12, value: (row) => row.id },
    { key: 'at', header: '时间', kind: 'instant', width: 18, value: (row) => row.at },
    { key: 'minutes', header: '分钟', kind: 'number', width: 8, value: (row) => row.minutes },
    { key: 'ok', header: '达标', kind: 'yesNo', width: 6, value: (row) => row.ok },
  ],
  [
    { id: '=SUM(A1:A9)', at: '2026-03-09T23:30:00Z', minutes: 90, ok: true },
    { id: '-3', at: null, minutes: 0, ok: false },
  ],
);

async function read(timeZone: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbook([table], timeZone)) as unknown as ArrayBuffer);
  const found = book.getWorksheet('记录');
  if (!found) throw new Error('no sheet');
  return found;
}

describe('spreadsheet exports', () => {
  it('writes instants on the clock of the zone asked for, a day later in Shanghai than in UTC here', async () => {
    expect((await read('Asia/Shanghai')).getCell('B2').value).toEqual(new Date('2026-03-10T07:30:00Z'));
    expect((await read('UTC')).getCell('B2').value).toEqual(new Date('2026-03-09T23:30:00Z'));
    expect((await read('America/New_York')).getCell('B2').value).toEqual(new Date('2026-03-09T19:30:00Z'));
  });

  it('keeps formula-like text as text, numbers as numbers, yes and no in Chinese, an empty cell empty', async () => {
    const written = await read('Asia/Shanghai');
    expect(written.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(written.getCell('A2').value).toBe('=SUM(A1:A9)');
    expect(written.getCell('A3').value).toBe('-3');
    expect(written.getCell('A2').numFmt).toBe('@');
    expect(written.getCell('C2').value).toBe(90);
    expect(written.getCell('D2').value).toBe('是');
    expect(written.getCell('D3').value).toBe('否');
    expect(written.getCell('B3').value).toBeNull();
    expect(written.getRow(1).font?.bold).toBe(true);
    expect(written.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes the same table as CSV with machine names and apostrophe-prefixed formula-like cells', () => {
    expect(sheetCsv(table)).toBe(
      "\uFEFFid,at,minutes,ok\r\n'=SUM(A1:A9),2026-03-09T23:30:00Z,90,true\r\n'-3,,0,false\r\n",
    );
  });

  it('takes the format from the query first, then the Accept header, else JSON', () => {
    expect(exportFormat('csv', XLSX_MEDIA_TYPE)).toBe('csv');
    expect(exportFormat(undefined, `text/html, ${XLSX_MEDIA_TYPE};q=0.9`)).toBe('xlsx');
    expect(exportFormat(undefined, 'text/csv; charset=utf-8')).toBe('csv');
    expect(exportFormat(undefined, 'application/json, */*')).toBe('json');
    expect(exportFormat(undefined, 'text/csvx')).toBe('json');
    expect(exportFormat(undefined, undefined)).toBe('json');
  });
});
