import { verifyCertificateOffline } from '@vl/certificates';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli-errors.js';
import { type JSONWebKeySet } from 'jose';

const USAGE =
  'verify-certificate needs a signed form (the JWS, a file holding it or the verification answer, or - for stdin) and --jwks <file or URL>';

/**
 * Checks a certificate's signed form against a published key set with no ledger at hand: what a school
 * does offline. A valid signature proves what was issued; whether it still stands is the online route's.
 */
export const verifyCertificateCommand = {
  summary: 'verify a certificate’s signed form offline: <jws | file | -> --jwks <file | url>',
  /** From argument words, as a script calls it; 2 for bad input. */
  async run(args: string[]): Promise<number> {
    try {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { jwks: { type: 'string' } },
      });
      return await this.check(positionals[0], values);
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
  },
  async check(source: string | undefined, values: { readonly jwks?: string }): Promise<number> {
    if (source === undefined || values.jwks === undefined) throw new UsageError(USAGE);
    let jwks: JSONWebKeySet;
    let signedForm: string;
    try {
      jwks = parseJwks(await readSource(values.jwks));
      signedForm = signedFormOf(await readInput(source));
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0] ?? 'unreadable input');
    }
    const result = await verifyCertificateOffline(signedForm, jwks);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.valid ? 0 : 1;
  },
};

async function readInput(source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return existsSync(source) ? readFile(source, 'utf8') : source;
}

async function readSource(location: string): Promise<string> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location);
    if (!response.ok) throw new Error(`${location} answered ${response.status}`);
    return response.text();
  }
  return readFile(location, 'utf8');
}

function parseJwks(text: string): JSONWebKeySet {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { keys?: unknown }).keys)) {
    throw new Error('The key set is not a JWKS ({"keys": [...]})');
  }
  return parsed as JSONWebKeySet;
}

/** The JWS itself, or the `signedForm` of a saved verification answer. */
function signedFormOf(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  const parsed = JSON.parse(trimmed) as { signedForm?: unknown };
  if (typeof parsed.signedForm !== 'string') throw new Error('The JSON holds no signedForm');
  return parsed.signedForm;
}
