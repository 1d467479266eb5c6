import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GlobFilter } from './glob';

/**
 * The article files under a folder, as absolute paths in sorted order. Nothing in the folder makes the walk
 * fail or run forever: unreadable folders, entries deleted or renamed while it runs and broken links are
 * skipped; symbolic links are followed at most once per real folder and real file (so link loops end, and a
 * file linked twice is one article), and never to the folder itself or a folder that contains it (a link to
 * `..` or `/` would leave the workspace). Excluded folders (node_modules, .git by default) are not entered.
 */
export async function findArticleFiles(root: string, filter: GlobFilter): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const realFiles = new Set<string>();
  const linkedFiles: Array<{ full: string; target: string }> = [];
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return [];
  }
  const containsRoot = (real: string) => realRoot === real || realRoot.startsWith(real.endsWith(path.sep) ? real : real + path.sep);
  const walk = async (folder: string, real: string): Promise<void> => {
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
      if (entry.isSymbolicLink()) {
        let target: string;
        let stat: import('node:fs').Stats;
        try {
          target = await fs.realpath(full);
          stat = await fs.stat(target);
        } catch {
          continue;
        }
        if (stat.isDirectory()) {
          if (!containsRoot(target) && !filter.excludesFolder(relative)) await walk(full, target);
        } else if (stat.isFile() && filter.matches(relative)) {
          linkedFiles.push({ full, target });
        }
      } else if (entry.isDirectory()) {
        if (!filter.excludesFolder(relative)) await walk(full, path.join(real, entry.name));
      } else if (entry.isFile() && filter.matches(relative)) {
        realFiles.add(path.join(real, entry.name));
        found.push(full);
      }
    }
  };
  await walk(root, realRoot);
  // A linked file counts once, and not at all when the file itself is in the folder.
  for (const { full, target } of linkedFiles) {
    if (realFiles.has(target)) continue;
    realFiles.add(target);
    found.push(full);
  }
  return found.sort();
}
