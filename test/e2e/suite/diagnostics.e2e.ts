import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, eventually, fileName, openSeed, seedArticles, textAt } from './workspace';

// 004 quotes Ushakov for a visit "early 2025"; 000, 001 and 003 date the same visit in December 2025.

function code(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

describe('Date conflict on the Putin visit', () => {
  let document: vscode.TextDocument;
  let seeds: vscode.Uri[];

  before(async () => {
    await activateExtension();
    seeds = await seedArticles();
    document = await openSeed('004');
  });

  it('004 has a date-conflict diagnostic whose related information points at the other sources', async () => {
    // Diagnostics are published as the folder is indexed: wait for the complete picture.
    await eventually(async () => {
      const conflict = vscode.languages.getDiagnostics(document.uri).find((d) => code(d) === 'date-conflict' && /Putin visit/.test(d.message));
      assert.ok(conflict, `no Putin-visit date conflict in 004: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))}`);
      assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(document.getText(conflict.range), 'early 2025');
      assert.match(conflict.message, /"early 2025"/);
      assert.match(conflict.message, /early December/);

      const related = conflict.relatedInformation ?? [];
      const files = new Set(related.map((r) => fileName(r.location.uri)));
      for (const prefix of ['000', '001', '003']) {
        assert.ok([...files].some((f) => f.startsWith(prefix)), `no related location in ${prefix}: ${[...files].join(', ')}`);
      }
      assert.ok(!files.has(fileName(document.uri)), 'related information points at other sources only');
      for (const info of related) {
        const text = await textAt(info.location);
        assert.match(text, /December/, `related location ${fileName(info.location.uri)} ${JSON.stringify(info.location.range)} is "${text}"`);
      }
    });
  });

  it('each December source has the conflict too, pointing back at 004', async () => {
    const december = seeds.filter((uri) => /^00[013]/.test(fileName(uri)));
    await eventually(() => {
      for (const uri of december) {
        const conflicts = vscode.languages.getDiagnostics(uri).filter((d) => code(d) === 'date-conflict' && /Putin visit/.test(d.message));
        assert.ok(conflicts.length > 0, `no conflict diagnostic in ${fileName(uri)}`);
        for (const d of conflicts) {
          assert.ok(d.relatedInformation?.some((r) => r.location.uri.toString() === document.uri.toString()), `${fileName(uri)}: ${d.message}`);
        }
      }
    });
  });
});
