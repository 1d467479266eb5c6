import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../analysis/types';
import { toContract, type ContractAnalysis, type InputDocument } from '../cli/contractJson';
import { textReport } from '../cli/textReport';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';

// The editor's exports speak the CLI's formats: the contract JSON of one article, the text report of all.

/** One article's analysis: its document, the entities it names and the conflicts it is part of. */
export function provideAnalysisJson(index: WorkspaceIndex, folders: readonly string[], uri: string): ContractAnalysis | null {
  const id = normalizeUri(uri);
  if (!index.corpus.get(id)) return null;
  const { contract: all, inputs } = workspaceContract(index, folders, [id]);
  // Two roots may hold the same relative path: the input's position names the document, not its path.
  const document = all.documents[inputs.findIndex((d) => d.id === id)];
  const named = new Set(document.mentions.map((m) => m.entity));
  return {
    version: 1,
    documents: [document],
    entities: all.entities.filter((e) => named.has(e.id)),
    conflicts: all.conflicts.filter((c) => c.claims.some((claim) => claim.path === document.path)),
  };
}

/** The text report of every indexed article, as `article-lens analyze --format text` prints it. */
export function provideReport(index: WorkspaceIndex, folders: readonly string[]): string {
  return textReport(workspaceContract(index, folders, index.corpus.ids()).contract);
}

/** The contract over the whole workspace (so entity ids and counts are the workspace's), with the diagnostics of `withFindings`. */
function workspaceContract(index: WorkspaceIndex, folders: readonly string[], withFindings: readonly string[]): { contract: ContractAnalysis; inputs: InputDocument[] } {
  const documents: InputDocument[] = index.all().map((a) => (a.error ? { path: contractPath(folders, a.uri), error: a.error } : { id: a.uri, path: contractPath(folders, a.uri) }));
  documents.sort((a, b) => a.path.localeCompare(b.path));
  const findings = new Map<string, Finding[]>(withFindings.map((id) => [id, index.findings(id)]));
  return { contract: toContract(index.corpus, documents, index.conflicts(), findings), inputs: documents };
}

/** As the CLI reports a folder's files: the path inside the workspace folder, with forward slashes. */
export function contractPath(folders: readonly string[], uri: string): string {
  const file = filePath(uri);
  if (!file) return uri;
  for (const folder of folders) {
    const root = filePath(folder);
    if (root && file.startsWith(root + path.sep)) return path.relative(root, file).split(path.sep).join('/');
  }
  return file;
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
