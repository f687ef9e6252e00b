// The policy documents the project ships, read from seeds/policies/*.md.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicyDocument, type PolicyDocument } from './policy-documents.js';

export const POLICY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/policies');

/** Every `*.md` in `dir`, parsed, in file-name order (so section order, and ties in search, are stable). */
export async function loadPolicyDocuments(dir: string = POLICY_DIR): Promise<PolicyDocument[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  if (files.length === 0) throw new Error(`no policy documents (*.md) in ${dir}`);
  return Promise.all(files.map(async (f) => parsePolicyDocument(f.slice(0, -'.md'.length), await readFile(path.join(dir, f), 'utf8'))));
}
