import iconv from 'iconv-lite';
import { type ImportProblem, problem } from './import-problem.js';

export type TextEncoding = 'utf8' | 'gbk';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A CSV's text. Without `encoding`: a BOM or valid UTF-8 means UTF-8, anything else is read as GBK (what
 * Excel in China saves), which must then decode without a replacement character. UTF-16 and binary files
 * are refused: they are neither.
 */
export function decodeText(
  bytes: Uint8Array,
  encoding?: TextEncoding,
): DecodedText | { readonly problem: ImportProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: problem(
        'ENCODING_INVALID',
        {},
        '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为 CSV（UTF-8）或 CSV（GBK）',
        'the file is UTF-16 (Excel\'s "Unicode text"); save it as CSV in UTF-8 or GBK',
      ),
    };
  }
  if (bytes.includes(0)) {
    return {
      problem: problem(
        'ENCODING_INVALID',
        {},
        '文件含有空字节，不是文本文件（CSV）也不是 XLSX 工作簿',
        'the file holds NUL bytes: it is neither a text (CSV) file nor an XLSX workbook',
      ),
    };
  }
  if (encoding !== 'gbk') {
    const text = strictUtf8(bytes);
    if (text !== undefined) return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf8' };
    if (encoding === 'utf8' || hasUtf8Bom(bytes)) {
      return {
        problem: problem(
          'ENCODING_INVALID',
          {},
          '文件不是有效的 UTF-8 编码；若由 Excel 保存，请用 --encoding gbk（或 encoding=gbk）',
          'the file is not valid UTF-8; if Excel saved it, use --encoding gbk (or encoding=gbk)',
        ),
      };
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gbk');
  if (text.includes('\uFFFD')) {
    return {
      problem: problem(
        'ENCODING_INVALID',
        {},
        '文件既不是有效的 UTF-8，也不是有效的 GBK 编码',
        'the file is neither valid UTF-8 nor valid GBK',
      ),
    };
  }
  return { text, encoding: 'gbk' };
}
