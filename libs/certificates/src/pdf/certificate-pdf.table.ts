import { type Certificate } from '../content/certificate.model.js';
import { formatHours, formatServiceDates } from '../content/service-time.format.js';
import { PAGE_MARGIN, type Doc } from './certificate-pdf.style.js';

type Cell = PDFKit.Mixins.CellOptions;

/** One row per activity with its minutes and hours, then the total; bilingual headings. */
export function drawActivityTable(doc: Doc, certificate: Certificate, width: number): void {
  const header = (zh: string, en: string): Cell => ({
    text: `${zh}\n${en}`,
    type: 'TH',
    backgroundColor: '#f3e9e9',
    align: { x: 'center', y: 'center' },
  });
  const number = (text: string): Cell => ({ text, align: { x: 'right', y: 'center' } });
  const rows: Array<Array<string | Cell>> = certificate.activities.map((line, index) => [
    { text: String(index + 1), align: { x: 'center', y: 'center' } },
    formatServiceDates(line.dates, 'zh'),
    `${line.title}\n[${line.category}]`,
    line.organization.name,
    number(String(line.minutes)),
    number(formatHours(line.minutes)),
  ]);
  doc.fontSize(9).fillColor('black');
  doc.table({
    position: { x: PAGE_MARGIN },
    maxWidth: width,
    columnStyles: [36, 90, '*', 116, 50, 44],
    defaultStyle: { border: 0.5, borderColor: '#999999', padding: [4, 4, 4, 4] },
    data: [
      [
        header('序号', 'No.'),
        header('服务日期', 'Dates'),
        header('活动名称 [类别]', 'Activity [category]'),
        header('组织单位', 'Organised by'),
        header('分钟', 'Minutes'),
        header('小时', 'Hours'),
      ],
      ...rows,
      [
        { text: '合计 Total', colSpan: 4, align: { x: 'right', y: 'center' }, backgroundColor: '#f7f7f7' },
        { ...number(String(certificate.totalMinutes)), backgroundColor: '#f7f7f7' },
        { ...number(formatHours(certificate.totalMinutes)), backgroundColor: '#f7f7f7' },
      ],
    ],
  });
  doc.x = PAGE_MARGIN;
}
