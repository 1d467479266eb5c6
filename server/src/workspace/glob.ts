// Workspace globs ("**/*.txt", "**/node_modules/**", "*.{article,news}") as regular expressions over
// '/'-separated relative paths.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inBraces = true;
      out += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else if (c === ',' && inBraces) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export class GlobFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  /** Whether a path relative to the workspace folder is an article to index. */
  matches(relativePath: string): boolean {
    const p = relativePath.replace(/\\/g, '/');
    return this.include.some((r) => r.test(p)) && !this.excludesPath(p);
  }

  /** Whether a folder's contents are excluded as a whole ("**\/node_modules/**"). */
  excludesFolder(relativeFolder: string): boolean {
    return this.excludesPath(relativeFolder.replace(/\\/g, '/') + '/x');
  }

  private excludesPath(p: string): boolean {
    return this.exclude.some((r) => r.test(p));
  }
}
