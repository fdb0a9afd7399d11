import { randomBytes } from 'node:crypto';
import { keyRing, newDataKey, open, seal } from './envelope-cipher.js';

describe('envelope cipher', () => {
  it('opens what it sealed, with the same key and label', () => {
    const key = newDataKey();
    const sealed = seal(key, Buffer.from('张小青'), 'person:v1');
    expect(sealed.includes(Buffer.from('张小青'))).toBe(false);
    expect(open(key, sealed, 'person:v1').toString()).toBe('张小青');
  });

  it('refuses another key, another label and a flipped bit', () => {
    const key = newDataKey();
    const sealed = seal(key, Buffer.from('2008-03-14'), 'person:v1');
    expect(() => open(newDataKey(), sealed, 'person:v1')).toThrow();
    expect(() => open(key, sealed, 'person:v2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => open(key, tampered, 'person:v1')).toThrow();
  });

  it('names master keys by a digest, the same for the same key', () => {
    const raw = randomBytes(32);
    expect(keyRing(raw).active.id).toBe(keyRing(Buffer.from(raw)).active.id);
    expect(keyRing(raw).active.id).not.toBe(keyRing(randomBytes(32)).active.id);
    expect(() => keyRing(randomBytes(16))).toThrow(/32 bytes/);
  });
});
