import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a poppler tool on a PDF; a missing tool fails with the Debian package that provides it. */
export async function popplerOutput(
  tool: 'pdftotext' | 'pdfinfo',
  pdf: Buffer,
  args: string[] = [],
): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'vl-pdf-'));
  try {
    const file = join(directory, 'certificate.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: apt-get install poppler-utils`);
    }
    throw error;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
