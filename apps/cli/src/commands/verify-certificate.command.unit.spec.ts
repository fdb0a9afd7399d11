import { jest } from '@jest/globals';
import { CertificateKeyRing, generateSigningKey } from '@vl/certificates';
import { sampleCertificate } from '../../../../libs/certificates/src/testing/certificate.fixture.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyCertificateCommand } from './verify-certificate.command.js';

describe('verify-certificate', () => {
  let directory: string;
  let output: string[];
  let signedForm: string;
  let jwksFile: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'vl-cli-'));
    output = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.push(String(chunk));
      return true;
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const ring = new CertificateKeyRing([(await generateSigningKey('2026-01')).key]);
    signedForm = await ring.sign(sampleCertificate());
    jwksFile = join(directory, 'jwks.json');
    await writeFile(jwksFile, JSON.stringify(ring.jwks()));
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(directory, { recursive: true, force: true });
  });

  it('accepts a genuine signed form and prints what it certifies', async () => {
    expect(await verifyCertificateCommand.run([signedForm, '--jwks', jwksFile])).toBe(0);
    expect(JSON.parse(output.join(''))).toMatchObject({
      valid: true,
      kid: '2026-01',
      payload: { minutes: 750 },
    });
  });

  it('reads the signed form from a saved verification answer', async () => {
    const answer = join(directory, 'answer.json');
    await writeFile(answer, JSON.stringify({ valid: true, signedForm }));
    expect(await verifyCertificateCommand.run([answer, '--jwks', jwksFile])).toBe(0);
  });

  it('exits 1 for a cut signature and 2 without a key set', async () => {
    expect(await verifyCertificateCommand.run([signedForm.slice(0, -8), '--jwks', jwksFile])).toBe(1);
    expect(JSON.parse(output.join(''))).toMatchObject({ valid: false, error: { code: 'BAD_SIGNATURE' } });
    expect(await verifyCertificateCommand.run([signedForm])).toBe(2);
    expect(await verifyCertificateCommand.run([signedForm, '--jwks', join(directory, 'missing.json')])).toBe(
      2,
    );
  });
});
