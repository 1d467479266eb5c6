// The settings that decide which files are articles; shared by the language server and the CLI so both
// index the same files. package.json documents them for the editor.

export interface ArticleLensSettings {
  include: string[];
  exclude: string[];
}

export const DEFAULT_SETTINGS: ArticleLensSettings = {
  include: ['**/*.article', '**/*.news', '**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'],
};

export function normalizeSettings(raw: unknown): ArticleLensSettings {
  const value = (raw ?? {}) as Partial<Record<keyof ArticleLensSettings, unknown>>;
  const strings = (x: unknown, fallback: string[]) => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : fallback);
  return { include: strings(value.include, DEFAULT_SETTINGS.include), exclude: strings(value.exclude, DEFAULT_SETTINGS.exclude) };
}
