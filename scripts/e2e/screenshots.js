'use strict';
// One screenshot per scenario, taken in one VS Code window opened on 004 of the seed copy. Each scenario
// puts the window in the state to show, checks in the DOM that it is really there (a hover that has
// loaded, a peek with references, a Problems row), then takes the picture. A scenario that fails still
// leaves its picture, as <name>.failed.png, and the run goes on with the next one.
const fs = require('node:fs');
const path = require('node:path');
const { log } = require('./project');
const { openWorkbench } = require('./workbench');

const WAIT_MS = 30_000;
/** An empty spot of the title bar, where the mouse shows no hover or tooltip. */
const AWAY = { x: 1000, y: 20 };

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
      await page.mouse.move(AWAY.x, AWAY.y);
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
      // 004's problems only (the panel lists files in name order, 004 last): More Filters › Show Active File Only.
      await page.locator('[aria-label^="More Filters"]').first().click({ timeout: WAIT_MS });
      await page.locator('.monaco-menu .action-item', { hasText: 'Show Active File Only' }).click({ timeout: WAIT_MS });
      await page.mouse.move(AWAY.x, AWAY.y); // no tooltip over the rows
      await until(page, async () => {
        const rows = await textOf(page, '.markers-panel .monaco-list-row');
        const conflict = rows.findIndex((row) => row.includes('Putin visit to India: "early 2025"'));
        if (conflict < 0) throw new Error(`no row for 004's Putin-visit conflict: ${rows.join(' | ')}`);
        const related = rows.slice(conflict + 1).filter((row) => /^\d{3}_/.test(row));
        for (const prefix of ['000_', '001_', '003_']) {
          if (!related.some((row) => row.startsWith(prefix))) throw new Error(`no related location in ${prefix}: ${rows.slice(conflict).join(' | ')}`);
        }
      });
      await page.waitForTimeout(500);
    },
    async reset(page) {
      await runCommand(page, 'View: Hide Panel');
    },
  },
  {
    name: 'entities',
    what: 'the Entities view in the Explorer on 004: people, places, organizations; Lavrov expanded to his mentions by article',
    async run(page) {
      await runCommand(page, 'Article Lens: Show Entities');
      // Room for the view: the folder's file list folded, the side bar wider.
      const folder = page.locator('#workbench\\.parts\\.sidebar .pane-header[aria-expanded="true"]', { hasText: 'seeds' });
      if (await folder.count()) await folder.first().click();
      const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
      await page.mouse.move(sidebar.x + sidebar.width + 1, 400);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + sidebar.width + 160, 400, { steps: 5 });
      await page.mouse.up();
      await page.waitForTimeout(500); // the editor redraws at its new width
      const rows = '#workbench\\.parts\\.sidebar .monaco-list-row';
      const lavrov = page.locator(rows, { hasText: 'Sergey Lavrov' }).first();
      await lavrov.waitFor({ timeout: WAIT_MS });
      if ((await lavrov.getAttribute('aria-expanded')) !== 'true') await lavrov.click();
      const here = page.locator(rows, { hasText: 'this article' }).first();
      await here.waitFor({ timeout: WAIT_MS });
      if ((await here.getAttribute('aria-expanded')) !== 'true') await here.click();
      await until(page, async () => {
        const texts = await textOf(page, rows);
        const people = texts.findIndex((t) => t.startsWith('People'));
        const places = texts.findIndex((t) => t.startsWith('Places'));
        const at = texts.findIndex((t) => t.startsWith('Sergey Lavrov'));
        if (!(people >= 0 && people < at && (places < 0 || at < places))) throw new Error(`Lavrov is not listed among the people: ${texts.join(' | ')}`);
        if (!texts.some((t) => /Lavrov.*line 3/.test(t))) throw new Error(`Lavrov's mentions in 004 are not listed: ${texts.join(' | ')}`);
      });
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'timeline',
    what: "the Timeline webview beside 004: the Putin visit's claims on a time axis, 004's \"early 2025\" in red, its sentence in the tooltip",
    async run(page) {
      await runCommand(page, 'View: Close Primary Side Bar');
      await runCommand(page, 'Article Lens: Show Timeline');
      // The webview's page is a frame inside a frame, replaced whenever the panel is redrawn: look it up
      // afresh on every try.
      await until(page, async () => {
        const frames = page.frames().filter((f) => !f.isDetached());
        let frame;
        for (const f of frames) if ((await f.locator('section.event.disputed').count().catch(() => 0)) > 0) frame = f;
        if (!frame) throw new Error('the Timeline page has no disputed event');
        const visit = frame.locator('section.event', { hasText: 'Vladimir Putin visit to India' });
        const conflict = visit.locator('.row.conflict');
        if ((await conflict.count()) !== 1) throw new Error(`${await conflict.count()} conflicting rows in the visit, not 1`);
        const written = await conflict.locator('.written').textContent();
        if (written !== 'early 2025') throw new Error(`the conflicting claim is "${written}"`);
        const colour = (locator) => locator.first().evaluate((e) => getComputedStyle(e).color);
        const [red, plain] = [await colour(conflict.locator('.written')), await colour(visit.locator('.row.agrees .written'))];
        if (red === plain) throw new Error(`the conflicting claim has the colour of the others (${red})`);
        await conflict.locator('rect.bar').hover({ timeout: 2000 });
        await frame.locator('#tip:not([hidden])').waitFor({ timeout: 2000 });
      });
      await page.waitForTimeout(300);
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
