/**
 * Schema names go into search_path and DDL, where they cannot be bound as parameters, so only plain
 * identifiers are accepted.
 */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _ (at most 63)`);
  }
  return schema;
}
