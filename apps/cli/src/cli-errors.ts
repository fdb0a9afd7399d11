/**
 * The command line's exit codes, as the README's CLI section documents them:
 * 0 done; 1 a check found a problem (an inconsistent ledger, an invalid certificate); 2 bad input (an
 * argument, a file, the configuration); 3 the ledger is busy or unreachable (DATA_DIR open in another
 * process, the database down); 4 an unexpected failure.
 */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, unavailable: 3, failure: 4 } as const;

/** Bad input from the operator: printed as one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
