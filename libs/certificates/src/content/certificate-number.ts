/**
 * A certificate number that sorts by issue date and reads aloud easily: PREFIX-YYYYMMDD-NNNNNN, where the
 * sequence is the caller's counter for that day (a certificate stream's position, for example).
 */
export function formatCertificateNumber(issuedOn: string, sequence: number, prefix = 'ZYFW'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) throw new RangeError(`"${issuedOn}" is not a YYYY-MM-DD date`);
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`Certificate sequence must be a non-negative integer, got ${sequence}`);
  }
  return `${prefix}-${issuedOn.replaceAll('-', '')}-${String(sequence).padStart(6, '0')}`;
}
