'use strict';
// One screenshot per scenario, taken in one VS Code window opened on 004 of the seed copy. Each scenario
// puts the window in the state to show, checks in the DOM that it is really there (a hover that has
// loaded, a peek with references, a Problems row), then takes the picture. A scenario that fails still
// leaves its picture, as <name>.failed.png, and the run goes on with the next one.
const fs = require('node:fs');
const path = require('node:path');
const { log } = require('./install');
const { openWorkbench } = require('./workbench');

const WAIT_MS = 30_000;

/** The editor of the open article (not an editor embedded in a peek view). */
const MAIN_EDITOR = '.editor-group-container .editor-instance .monaco-editor';

/**
 * The screen box of `word` inside the first screen row of the main editor containing `context`, found with a
 * DOM Range over the row's text nodes (Monaco splits a row into one span per token).
 */
async function wordBox(page, context, word = context) {
  const box = await page.evaluate(
    ({ editorSelector, context, word }) => {
      const editor = document.querySelector(editorSelector);
      if (!editor) return null;
      const rows = [...editor.querySelectorAll('.view-lines .view-line')]
        .filter((row) => row.closest('.monaco-editor') === editor)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const row of rows) {
        const text = row.textContent.replace(/\u00a0/g, ' ');
        const at = text.indexOf(context);
        if (at < 0) continue;
        const start = at + context.indexOf(word);
        const end = start + word.length;
        const range = document.createRange();
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent.length;
          if (start >= offset && start < offset + length) range.setStart(node, start - offset);
          if (end > offset && end <= offset + length) {
            range.setEnd(node, end - offset);
            break;
          }
          offset += length;
        }
        const rect = range.getBoundingClientRect();
        const color = getComputedStyle(range.startContainer.parentElement).color;
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, width: rect.width, height: rect.height, color };
      }
      return null;
    },
    { editorSelector: MAIN_EDITOR, context, word },
  );
  if (!box || box.width === 0) throw new Error(`"${word}" ("${context}") is not on screen in the editor`);
  return box;
}

/** Polls `check` (which throws while the state is not reached) until it passes or the time is up. */
async function until(page, check, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await page.waitForTimeout(250);
  }
}

async function textOf(page, selector) {
  return page.$$eval(selector, (elements) => elements.map((e) => e.textContent.replace(/\u00a0/g, ' ')));
}

/** Runs a command by its palette label ("View: Hide Panel"), once the palette offers it first. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(`>${label}`);
  await until(page, async () => {
    const [first = ''] = await textOf(page, '.quick-input-widget .monaco-list-row');
    if (!first.startsWith(label)) throw new Error(`the palette offers "${first}" for "${label}"`);
  });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Puts the cursor on a word by clicking it. */
async function clickWord(page, context, word) {
  const box = await wordBox(page, context, word);
  await page.mouse.click(box.x, box.y);
  await page.waitForTimeout(300);
}

const SCENARIOS = [
  {
    name: 'semantic-colours',
    what: 'the editor on 004, people, places, organizations and dates coloured by the semantic tokens',
    async run(page) {
      await until(page, async () => {
        const person = await wordBox(page, 'Sergei Lavrov');
        const place = await wordBox(page, 'New Delhi');
        const date = await wordBox(page, 'November 27');
        const plain = await wordBox(page, 'political dialogue');
        const colours = { person: person.color, place: place.color, date: date.color, plain: plain.color };
        if (new Set(Object.values(colours)).size !== 4) throw new Error(`colours not all distinct: ${JSON.stringify(colours)}`);
        return colours;
      });
    },
  },
  {
    name: 'hover',
    what: 'the hover on "Lavrov" in 004: canonical name, type, titles, spellings and the 5 articles',
    async run(page, { seedNames }) {
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents', { hasText: 'Also written' }).first();
      // A hover starts on a mouse move; one that comes while the editor redraws is lost, so move again.
      await until(page, async () => {
        const box = await wordBox(page, 'interests," Lavrov', 'Lavrov');
        await page.mouse.move(box.x - 3, box.y);
        await page.mouse.move(box.x, box.y);
        await hover.waitFor({ timeout: 3000 });
      });
      const text = (await hover.textContent()).replace(/\u00a0/g, ' ');
      for (const name of ['Sergey Lavrov', 'Sergei Lavrov', ...seedNames]) if (!text.includes(name)) throw new Error(`the hover lacks ${name}: ${text}`);
      await page.waitForTimeout(600); // the fade-in
    },
    async reset(page) {
      await page.mouse.move(5, 790);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'definition',
    what: 'after F12 on "Lavrov" (paragraph 2 of 004): the cursor on "Sergei Lavrov" in the first paragraph',
    async run(page, { text004 }) {
      await clickWord(page, 'interests," Lavrov', 'Lavrov');
      await page.keyboard.press('F12');
      const column = text004.split('\n')[0].indexOf('Sergei Lavrov') + 1;
      await until(page, async () => {
        const [selection = ''] = await textOf(page, '#status\\.editor\\.selection');
        if (!selection.includes(`Ln 1, Col ${column}`)) throw new Error(`cursor at "${selection}", not Ln 1, Col ${column}`);
      });
    },
  },
  {
    name: 'references',
    what: 'the references peek after Shift+F12 on "Lavrov": mentions in all 5 articles',
    async run(page, { seedNames }) {
      await clickWord(page, 'interests," Lavrov', 'Lavrov');
      await page.keyboard.press('Shift+F12');
      await until(page, async () => {
        const rows = await textOf(page, '.reference-zone-widget .ref-tree .monaco-list-row');
        const files = seedNames.filter((name) => rows.some((row) => row.includes(name)));
        if (files.length < 5) throw new Error(`the peek lists ${files.length} of 5 articles: ${rows.join(' | ')}`);
      });
      await page.waitForTimeout(500);
    },
    async reset(page) {
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'problems',
    what: 'the Problems panel (Ctrl+Shift+M): the Putin-visit date conflict in 004 with its related locations',
    async run(page) {
      await page.keyboard.press('Control+Shift+M');
      await until(page, async () => {
        const rows = await textOf(page, '.markers-panel .monaco-list-row');
        const conflict = rows.findIndex((row) => /Putin visit/.test(row) && row.includes('early 2025'));
        if (conflict < 0) throw new Error(`no Putin-visit conflict row: ${rows.join(' | ')}`);
        const related = rows.slice(conflict + 1).filter((row) => /^\s*\d{3}_/.test(row) || /00[013]_/.test(row));
        if (related.length === 0) throw new Error(`no related location rows after the conflict: ${rows.slice(conflict).join(' | ')}`);
      });
      await page.waitForTimeout(500);
    },
    async reset(page) {
      await runCommand(page, 'View: Hide Panel');
    },
  },
];

async function takeScreenshots(browser, server, workspace, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir)) if (name.endsWith('.png')) fs.rmSync(path.join(outDir, name));
  const seedNames = fs.readdirSync(workspace).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();
  const file004 = path.join(workspace, seedNames.find((name) => name.startsWith('004')));
  const context = { seedNames, text004: fs.readFileSync(file004, 'utf8') };

  const workbench = await openWorkbench(browser, server, workspace, [['openFile', file004]]);
  const { page } = workbench;
  const failures = [];
  try {
    const opened = Date.now();
    await page.waitForSelector(`${MAIN_EDITOR} .view-lines .view-line`, { timeout: 60_000 });
    // The folder is indexed once 004's diagnostics are drawn.
    await page.waitForSelector(`${MAIN_EDITOR} .squiggly-warning`, { timeout: 60_000 });
    log(`004 open, with its diagnostics, after ${((Date.now() - opened) / 1000).toFixed(1)} s`);
    for (const scenario of SCENARIOS) {
      const started = Date.now();
      try {
        await scenario.run(page, context);
        await page.screenshot({ path: path.join(outDir, `${scenario.name}.png`) });
        log(`screenshot ${scenario.name}.png (${((Date.now() - started) / 1000).toFixed(1)} s): ${scenario.what}`);
      } catch (error) {
        failures.push(scenario.name);
        console.error(`[e2e] screenshot ${scenario.name} FAILED: ${error.message}`);
        await page.screenshot({ path: path.join(outDir, `${scenario.name}.failed.png`) }).catch(() => {});
      } finally {
        await scenario.reset?.(page).catch((error) => console.error(`[e2e] reset after ${scenario.name}: ${error.message}`));
      }
    }
  } finally {
    await workbench.close();
  }
  return failures;
}

module.exports = { takeScreenshots };
