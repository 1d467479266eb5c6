import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NO_CORRECTIONS, type Corrections } from '../analysis/entities/corrections';
import type { EntityType } from '../analysis/types';

// `.article-lens.json` at the root of a workspace folder: the user's corrections. Today it holds the
// conflicts the user chose to ignore. A broken file is reported and treated as empty, never fatal.

export const PROJECT_CONFIG_FILE = '.article-lens.json';

export interface ProjectConfig {
  ignoredConflicts: string[];
  corrections: Corrections;
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { ignoredConflicts: [], corrections: NO_CORRECTIONS };

const TYPES = new Set<EntityType>(['person', 'place', 'organization']);

/** The file's content as a ProjectConfig, keeping only well-formed entries. */
export function parseProjectConfig(value: unknown): ProjectConfig {
  const v = (value ?? {}) as Record<string, unknown>;
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((k): k is string => typeof k === 'string') : []);
  const aliases: Record<string, string[]> = {};
  if (v.aliases && typeof v.aliases === 'object') for (const [name, others] of Object.entries(v.aliases as Record<string, unknown>)) aliases[name] = strings(others);
  const types: Record<string, EntityType> = {};
  if (v.types && typeof v.types === 'object') for (const [name, type] of Object.entries(v.types as Record<string, unknown>)) if (TYPES.has(type as EntityType)) types[name] = type as EntityType;
  return { ignoredConflicts: strings(v.ignoredConflicts), corrections: { aliases, types, ignoredNames: strings(v.ignoredNames) } };
}

export async function readProjectConfig(folder: string): Promise<{ config: ProjectConfig; error?: string }> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(folder, PROJECT_CONFIG_FILE), 'utf8');
  } catch {
    return { config: EMPTY_PROJECT_CONFIG };
  }
  try {
    return { config: parseProjectConfig(JSON.parse(raw)) };
  } catch (err) {
    return { config: EMPTY_PROJECT_CONFIG, error: `${PROJECT_CONFIG_FILE} is not valid JSON (${err instanceof Error ? err.message : String(err)}); it is ignored` };
  }
}

/** Changes the folder's `.article-lens.json` with `edit`, keeping whatever else the file holds. */
async function editProjectConfig(folder: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const file = path.join(folder, PROJECT_CONFIG_FILE);
  let value: Record<string, unknown> = {};
  let raw: string | undefined;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (raw !== undefined) {
    // A file the user broke is never overwritten: the error is shown and nothing is lost.
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${PROJECT_CONFIG_FILE} does not hold a JSON object`);
    value = parsed as Record<string, unknown>;
  }
  edit(value);
  await fs.writeFile(file, JSON.stringify(value, null, 2) + '\n', 'utf8');
}

const addTo = (value: Record<string, unknown>, field: string, item: string) => {
  const list = Array.isArray(value[field]) ? (value[field] as unknown[]).filter((k) => typeof k === 'string') : [];
  if (!list.includes(item)) list.push(item);
  value[field] = list;
};

/** Records a conflict the user chose to ignore. */
export function ignoreConflict(folder: string, key: string): Promise<void> {
  return editProjectConfig(folder, (value) => addTo(value, 'ignoredConflicts', key));
}

/** Records a name that is no entity. */
export function ignoreName(folder: string, name: string): Promise<void> {
  return editProjectConfig(folder, (value) => addTo(value, 'ignoredNames', name));
}

/** Records the type a name always has. */
export function forceType(folder: string, name: string, type: EntityType): Promise<void> {
  return editProjectConfig(folder, (value) => {
    const types = value.types && typeof value.types === 'object' ? (value.types as Record<string, unknown>) : {};
    types[name] = type;
    value.types = types;
  });
}
