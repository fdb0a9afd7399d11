import { type SqlClient } from '@vl/sql';

/**
 * What happens to one transaction: it runs, it is refused before any work (a lost connection), or it does
 * its work and dies before the commit (a process killed mid-batch), so everything in it rolls back.
 */
export type TransactionFault = 'none' | 'refused' | 'dies-before-commit';

export class InjectedTransactionFault extends Error {
  override readonly name = 'InjectedTransactionFault';
}

/** A SQL client that asks `faultFor(n)` what befalls its n-th transaction; queries outside pass through. */
export function faultyTransactions(
  sql: SqlClient,
  faultFor: (attempt: number) => TransactionFault,
  message = 'transaction lost before its commit',
): SqlClient {
  let attempts = 0;
  return {
    dialect: sql.dialect,
    schema: sql.schema,
    query: (text, params) => sql.query(text, params),
    exec: (script) => sql.exec(script),
    close: () => sql.close(),
    transaction: (fn) => {
      attempts += 1;
      const fault = faultFor(attempts);
      if (fault === 'refused') return Promise.reject(new InjectedTransactionFault(message));
      if (fault === 'none') return sql.transaction(fn);
      return sql.transaction(async (tx) => {
        await fn(tx);
        throw new InjectedTransactionFault(message);
      });
    },
  } as SqlClient;
}
