import { parsePolicy, type Policy, PolicySet } from '@vl/domain';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export class PolicyFileError extends Error {
  override readonly name = 'PolicyFileError';
}

/**
 * Reads every `*.json` policy file of a directory and validates it; a bad file stops start-up with a
 * message naming the file and the field at fault. A file must name the documents its rule comes from
 * (`sources`) and say why (`rationale`): an award or a credit has to be defensible.
 */
export async function loadPolicyDirectory(directory: string): Promise<PolicySet> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new PolicyFileError(`POLICIES_DIR ${directory}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new PolicyFileError(`POLICIES_DIR ${directory} holds no policy files`);
  const policies: Policy[] = [];
  for (const name of names) {
    const path = join(directory, name);
    const source = relative(process.cwd(), path) || name;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new PolicyFileError(`${source}: not valid JSON (${(error as Error).message})`);
    }
    try {
      policies.push(parsePolicy(json, source, { requireSources: true }));
    } catch (error) {
      throw new PolicyFileError((error as Error).message);
    }
  }
  try {
    return PolicySet.of(policies);
  } catch (error) {
    throw new PolicyFileError(`${directory}: ${(error as Error).message}`);
  }
}
