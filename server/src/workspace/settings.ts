// The settings of Article Lens as the server and the CLI use them; shared so both index the same files.
// package.json documents them for the editor.

export interface ArticleLensSettings {
  include: string[];
  exclude: string[];
  /** Inlay hints after relative date expressions, showing what they resolve to. */
  dateInlayHints: boolean;
  /** Diagnostics on names spelled differently from the other articles. */
  entityVariants: boolean;
  /** Hints on people an article names by surname only. */
  entityUnintroduced: boolean;
  /** Diagnostics on people given incompatible titles by different sources. */
  entityRoleConflicts: boolean;
  /** Characters of one file that are analysed; the rest of a larger file is skipped, and the file says so. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: ArticleLensSettings = {
  include: ['**/*.article', '**/*.news', '**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'],
  dateInlayHints: true,
  entityVariants: true,
  entityUnintroduced: true,
  entityRoleConflicts: true,
  maxFileSize: 2_000_000,
};

/** Settings from the editor's `articleLens` section, with defaults for anything missing or malformed. */
export function normalizeSettings(raw: unknown): ArticleLensSettings {
  const value = (raw ?? {}) as { maxFileSize?: unknown; include?: unknown; exclude?: unknown; inlayHints?: { resolvedDates?: unknown }; diagnostics?: { entityVariant?: unknown; entityUnintroduced?: unknown; entityRoleConflict?: unknown } };
  const flag = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);
  const strings = (x: unknown, fallback: string[]) => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : fallback);
  const hints = value.inlayHints?.resolvedDates;
  return {
    include: strings(value.include, DEFAULT_SETTINGS.include),
    exclude: strings(value.exclude, DEFAULT_SETTINGS.exclude),
    dateInlayHints: typeof hints === 'boolean' ? hints : DEFAULT_SETTINGS.dateInlayHints,
    entityVariants: flag(value.diagnostics?.entityVariant, DEFAULT_SETTINGS.entityVariants),
    entityUnintroduced: flag(value.diagnostics?.entityUnintroduced, DEFAULT_SETTINGS.entityUnintroduced),
    entityRoleConflicts: flag(value.diagnostics?.entityRoleConflict, DEFAULT_SETTINGS.entityRoleConflicts),
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}
