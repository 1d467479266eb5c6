import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, eventually, openSeed, positionOf } from './workspace';

// Semantic tokens as the editor receives them: a person, a place and a date in 004 get different types.

interface Token {
  range: vscode.Range;
  type: string;
  modifiers: string[];
}

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const result: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    result.push({ range: new vscode.Range(line, character, line, character + length), type: legend.tokenTypes[type], modifiers });
  }
  return result;
}

describe('Semantic tokens in 004', () => {
  let document: vscode.TextDocument;
  let tokens: Token[];

  const tokenAt = (context: string, word = context): Token => {
    const position = positionOf(document, context, word);
    const token = tokens.find((t) => t.range.contains(position));
    assert.ok(token, `no semantic token on "${word}"`);
    return token;
  };

  before(async () => {
    await activateExtension();
    document = await openSeed('004');
    tokens = await eventually(async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
      assert.ok(legend && result && result.data.length > 0, 'no semantic tokens yet');
      return decode(result, legend);
    });
  });

  it('a person and a place have different token types', () => {
    assert.equal(tokenAt('Sergei Lavrov').type, 'person');
    assert.equal(tokenAt('Vladimir Putin').type, 'person');
    assert.equal(tokenAt('Moscow, November 27', 'Moscow').type, 'place');
    assert.equal(tokenAt('New Delhi').type, 'place');
  });

  it('dates are tokens too', () => {
    assert.equal(tokenAt('November 27').type, 'date');
    assert.equal(tokenAt('early 2025').type, 'date');
  });

  it('a date in conflict carries the conflict modifier, a date in no conflict does not', () => {
    const early = tokenAt('early 2025');
    assert.ok(early.modifiers.includes('conflict'), `modifiers of "early 2025": ${early.modifiers.join(', ')}`);
    assert.ok(!tokenAt('November 27').modifiers.includes('conflict'));
  });
});
