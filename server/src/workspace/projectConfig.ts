import { promises as fs } from 'node:fs';
import * as path from 'node:path';

// `.article-lens.json` at the root of a workspace folder: the user's corrections. Today it holds the
// conflicts the user chose to ignore. A broken file is reported and treated as empty, never fatal.

export const PROJECT_CONFIG_FILE = '.article-lens.json';

export interface ProjectConfig {
  ignoredConflicts: string[];
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { ignoredConflicts: [] };

export async function readProjectConfig(folder: string): Promise<{ config: ProjectConfig; error?: string }> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(folder, PROJECT_CONFIG_FILE), 'utf8');
  } catch {
    return { config: EMPTY_PROJECT_CONFIG };
  }
  try {
    const value = JSON.parse(raw) as { ignoredConflicts?: unknown };
    const ignored = Array.isArray(value.ignoredConflicts) ? value.ignoredConflicts.filter((k): k is string => typeof k === 'string') : [];
    return { config: { ignoredConflicts: ignored } };
  } catch (err) {
    return { config: EMPTY_PROJECT_CONFIG, error: `${PROJECT_CONFIG_FILE} is not valid JSON (${err instanceof Error ? err.message : String(err)}); it is ignored` };
  }
}

/** Adds a conflict key to the folder's `.article-lens.json`, keeping whatever else the file holds. */
export async function ignoreConflict(folder: string, key: string): Promise<void> {
  const file = path.join(folder, PROJECT_CONFIG_FILE);
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    value = {};
  }
  const ignored = Array.isArray(value.ignoredConflicts) ? (value.ignoredConflicts as unknown[]).filter((k) => typeof k === 'string') : [];
  if (!ignored.includes(key)) ignored.push(key);
  value.ignoredConflicts = ignored;
  await fs.writeFile(file, JSON.stringify(value, null, 2) + '\n', 'utf8');
}
