import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

// The extension test entry point (the contract of VS Code's extensionTestsPath, used by the code-server
// runner and by @vscode/test-electron alike): runs every *.e2e.js scenario file next to this one, in name
// order, inside the extension host. Scenario files are not named *.test.js so that `npm test` leaves them out.

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  const only = process.env.ARTICLE_LENS_E2E_GREP;
  if (only) mocha.grep(only);
  for (const name of fs.readdirSync(__dirname).filter((n) => n.endsWith('.e2e.js')).sort()) mocha.addFile(path.join(__dirname, name));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed`);
}
