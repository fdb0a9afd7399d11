import { randomBytes } from 'node:crypto';

/**
 * 32 symbols, so each random byte maps to one symbol without bias (256 = 8 × 32). 0/O and 1/I are left out
 * because people read codes aloud and type them from paper.
 */
export const VERIFICATION_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 12 symbols of 5 bits: 60 bits, far beyond guessing through a rate-limited public route. */
export const VERIFICATION_CODE_LENGTH = 12;

/** Fills a buffer of the given size with cryptographically strong random bytes. */
export type RandomSource = (size: number) => Uint8Array;

const CODE_PATTERN = new RegExp(`^[${VERIFICATION_CODE_ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`);

export function generateVerificationCode(random: RandomSource = randomBytes): string {
  const bytes = random(VERIFICATION_CODE_LENGTH);
  if (bytes.length < VERIFICATION_CODE_LENGTH) {
    throw new RangeError(
      `The random source gave ${bytes.length} bytes, ${VERIFICATION_CODE_LENGTH} are needed`,
    );
  }
  let code = '';
  for (let index = 0; index < VERIFICATION_CODE_LENGTH; index += 1) {
    code += VERIFICATION_CODE_ALPHABET[(bytes[index] ?? 0) % VERIFICATION_CODE_ALPHABET.length];
  }
  return code;
}

export function isVerificationCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}

/**
 * The canonical code from what a person typed or scanned: case, spaces and the dashes of the printed form
 * do not matter. Undefined when what is left is not a code, so a caller can answer 404 without a lookup.
 */
export function normalizeVerificationCode(input: string): string | undefined {
  const candidate = input.replace(/[\s-]+/g, '').toUpperCase();
  return isVerificationCode(candidate) ? candidate : undefined;
}

/** The printed form, in groups of four (ABCD-EFGH-JKLM), easier to copy by hand. */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
