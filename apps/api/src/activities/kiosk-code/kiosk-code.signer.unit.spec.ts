import { loadConfig } from '@vl/config';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KioskCodeSigner, loadKioskCodeSigner } from './kiosk-code.signer.js';

const claim = { activityId: 'class-0710', issuedAt: Date.parse('2024-07-10T01:30:00.000Z') };

describe('kiosk code signer', () => {
  it('reads back the activity and issue time of a code it signed', () => {
    const signer = new KioskCodeSigner(Buffer.alloc(32, 7));
    expect(signer.read(signer.sign(claim))).toEqual(claim);
  });

  it('refuses a code signed with another key, or with its activity swapped', () => {
    const code = new KioskCodeSigner(Buffer.alloc(32, 1)).sign(claim);
    const signer = new KioskCodeSigner(Buffer.alloc(32, 7));
    expect(() => signer.read(code)).toThrow(expect.objectContaining({ code: 'KIOSK_CODE_INVALID' }));
    const [, issued, mac] = signer.sign(claim).split('.');
    const swapped = `${Buffer.from('other').toString('base64url')}.${issued}.${mac}`;
    expect(() => signer.read(swapped)).toThrow(expect.objectContaining({ code: 'KIOSK_CODE_INVALID' }));
  });

  it('refuses a code whose MAC is spelled another way, though it decodes to the same bytes', () => {
    const signer = new KioskCodeSigner(Buffer.alloc(32, 7));
    const code = signer.sign(claim);
    const [body, issued, mac = ''] = code.split('.');
    // 16 bytes are 22 base64url characters; the last one carries two bits, and its low four are dropped.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(mac.slice(-1));
    const respelled = `${body}.${issued}.${mac.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(respelled.split('.')[2] ?? '', 'base64url')).toEqual(Buffer.from(mac, 'base64url'));
    expect(() => signer.read(respelled)).toThrow(expect.objectContaining({ code: 'KIOSK_CODE_INVALID' }));
    expect(signer.read(code)).toEqual(claim);
  });

  it('creates its key in DATA_DIR on first start and keeps it across restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const first = await loadKioskCodeSigner(config);
      const stored = await readFile(join(dataDir, 'kiosk-code.key'), 'utf8');
      const second = await loadKioskCodeSigner(config);
      expect(second.read(first.sign(claim))).toEqual(claim);
      expect(await readFile(join(dataDir, 'kiosk-code.key'), 'utf8')).toBe(stored);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
