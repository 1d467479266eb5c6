import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GlobFilter } from './glob';

/**
 * The article files under a folder, as absolute paths in sorted order. Unreadable folders and symbolic-link
 * loops are skipped, never fatal.
 */
export async function findArticleFiles(root: string, filter: GlobFilter): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(folder);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = await fs.stat(full);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (!filter.excludesFolder(relative)) await walk(full);
      } else if (isFile && filter.matches(relative)) {
        found.push(full);
      }
    }
  };
  await walk(root);
  return found.sort();
}
