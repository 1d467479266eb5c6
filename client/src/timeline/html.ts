import { randomBytes } from 'node:crypto';
import type { TimelineClaim, TimelineEvent, TimelineModel } from '../../../server/src/protocol';

// The Timeline webview's page, built as a string with no `vscode` import so that it can be tested in node.
// Article text is untrusted: every piece of it goes through escapeHtml. Nothing is loaded from anywhere;
// the page's one style and one script carry the nonce its Content-Security-Policy names.

export interface PageOptions {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** Fresh for every page (createNonce). */
  nonce: string;
}

/** A message the page posts when a claim is clicked; the extension looks the claim up in its own model. */
export interface OpenClaimMessage {
  type: 'openClaim';
  event: number;
  claim: number;
}

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function isOpenClaimMessage(message: unknown): message is OpenClaimMessage {
  const m = message as Partial<OpenClaimMessage> | null;
  return typeof m === 'object' && m !== null && m.type === 'openClaim' && Number.isInteger(m.event) && Number.isInteger(m.claim);
}

export function timelineHtml(model: TimelineModel, { cspSource, nonce }: PageOptions): string {
  const csp = [`default-src 'none'`, `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
  const disputed = model.events.filter((e) => e.disputed).length;
  const claims = model.events.reduce((n, e) => n + e.claims.length, 0);
  const summary = model.events.length
    ? `${disputed} event${disputed === 1 ? '' : 's'} in dispute · ${claims} dated claim${claims === 1 ? '' : 's'}${model.omittedClaims ? ` (${model.omittedClaims} more not shown)` : ''}`
    : 'No dated events yet: a claim is a date next to an event word ("visit", "summit", "election") in an indexed article.';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Article Lens: Timeline</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
<header>
<h1>Timeline</h1>
<p class="summary">${escapeHtml(summary)}</p>
<p class="legend"><span class="key conflict"></span> disagrees with the other sources <span class="key agrees"></span> agrees <span class="key other"></span> in no dispute</p>
</header>
${model.events.map((event, n) => eventSection(event, n)).join('\n')}
<div id="tip" class="tip" role="tooltip" hidden></div>
<script nonce="${escapeHtml(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

const DAY_MS = 86400000;

/** Days since 1970 of a YYYY-MM-DD date, or NaN. */
function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

interface Axis {
  first: number;
  /** Exclusive. */
  last: number;
}

/** The event's days, padded so that bars at the ends stay visible. */
function axisOf(claims: readonly TimelineClaim[]): Axis | undefined {
  const starts = claims.map((c) => dayNumber(c.start)).filter(Number.isFinite);
  const ends = claims.map((c) => dayNumber(c.end) + 1).filter(Number.isFinite);
  if (!starts.length || !ends.length) return undefined;
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const pad = Math.max(3, Math.round((last - first) * 0.04));
  return { first: first - pad, last: last + pad };
}

/** Percent of the axis width, two decimals. */
function percent(axis: Axis, day: number): number {
  return Math.round((10000 * (day - axis.first)) / (axis.last - axis.first)) / 100;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** About six ticks: days, months or years, whichever fits the axis. */
function ticks(axis: Axis): Array<{ day: number; label: string }> {
  const span = axis.last - axis.first;
  const result: Array<{ day: number; label: string }> = [];
  const start = new Date(axis.first * DAY_MS);
  if (span <= 75) {
    const step = niceStep(span / 7, [1, 2, 7, 14]);
    for (let day = axis.first; day < axis.last; day += step) {
      const d = new Date(day * DAY_MS);
      result.push({ day, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  } else if (span <= 3 * 366) {
    const step = niceStep(span / 30.4 / 7, [1, 2, 3, 6]);
    // Months that divide by the step (January, April, July, October for 3), so that years start a tick.
    const firstMonth = Math.ceil((start.getUTCMonth() + 1) / step) * step;
    for (let month = firstMonth, year = start.getUTCFullYear(); ; month += step) {
      const day = Date.UTC(year, month, 1) / DAY_MS;
      if (day >= axis.last) break;
      const d = new Date(day * DAY_MS);
      result.push({ day, label: d.getUTCMonth() === 0 || result.length === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()] });
    }
  } else {
    const step = niceStep(span / 365.25 / 7, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    for (let year = Math.ceil((start.getUTCFullYear() + 1) / step) * step; ; year += step) {
      const day = Date.UTC(year, 0, 1) / DAY_MS;
      if (day >= axis.last) break;
      result.push({ day, label: String(year) });
    }
  }
  return result;
}

/** The first step at least `wanted`, so that ticks fall on round numbers. */
function niceStep(wanted: number, steps: readonly number[]): number {
  return steps.find((step) => step >= wanted) ?? steps[steps.length - 1];
}

function eventSection(event: TimelineEvent, eventIndex: number): string {
  const axis = axisOf(event.claims);
  const rows = event.claims.map((claim, n) => claimRow(event, eventIndex, claim, n, axis)).join('\n');
  const badge = event.disputed ? ' <span class="badge">sources disagree</span>' : '';
  return `<section class="event${event.disputed ? ' disputed' : ''}">
<h2>${escapeHtml(event.label)}${badge}</h2>
<div class="rows">
${rows}
${axis ? axisRow(axis) : ''}
</div>
</section>`;
}

function claimRow(event: TimelineEvent, eventIndex: number, claim: TimelineClaim, claimIndex: number, axis: Axis | undefined): string {
  const kind = claim.conflicting ? 'conflict' : event.disputed ? 'agrees' : 'other';
  const tooltip = escapeHtml(claimTooltip(event, claim));
  const target = `data-event="${eventIndex}" data-claim="${claimIndex}"`;
  let bar = '';
  const start = dayNumber(claim.start);
  const end = dayNumber(claim.end) + 1;
  if (axis && Number.isFinite(start) && Number.isFinite(end)) {
    // A single day on a long axis would vanish: bars are at least 0.8% wide, centred on their dates.
    let x = percent(axis, start);
    let width = Math.round(100 * (percent(axis, end) - x)) / 100;
    if (width < 0.8) {
      x = Math.max(0, x + width / 2 - 0.4);
      width = 0.8;
    }
    bar = `<rect class="bar ${kind}" x="${x}%" y="5" width="${width}%" height="14" rx="3" tabindex="0" role="button" aria-label="${tooltip}" ${target}></rect>`;
  }
  // The row holds the tooltip once, for its label and its bar.
  return `<div class="row ${kind}" data-tip="${tooltip}">
<button class="source" ${target}><span class="written">${escapeHtml(claim.written)}</span> <span class="article">${escapeHtml(claim.article)}</span></button>
<svg class="track" width="100%" height="24" aria-hidden="${bar ? 'false' : 'true'}"><line class="lane" x1="0" y1="12" x2="100%" y2="12"></line>${bar}</svg>
</div>`;
}

/** Of the claims a claim cannot hold with, the ones named in its tooltip; the rest are counted. */
const MAX_NAMED_IN_TOOLTIP = 6;

function claimTooltip(event: TimelineEvent, claim: TimelineClaim): string {
  const lines = [`"${claim.written}": ${claim.when} (${claim.modality})`, `${claim.article}${claim.reporter ? `, according to ${claim.reporter}` : ''}`, '', claim.sentence];
  if (claim.against.length) {
    const others = claim.against.map((k) => event.claims[k]).filter((c): c is TimelineClaim => !!c);
    const named = others.slice(0, MAX_NAMED_IN_TOOLTIP).map((c) => `"${c.written}" (${c.article})`);
    if (others.length > named.length) named.push(`${others.length - named.length} more`);
    lines.push('', `Cannot both hold with: ${named.join(', ')}`);
  }
  return lines.join('\n');
}

function axisRow(axis: Axis): string {
  const marks = ticks(axis)
    // A label centred on the very edge would be cut in half.
    .filter(({ day }) => percent(axis, day) >= 2 && percent(axis, day) <= 98)
    .map(({ day, label }) => {
      const x = percent(axis, day);
      return `<line class="tick" x1="${x}%" y1="0" x2="${x}%" y2="6"></line><text x="${x}%" y="18" text-anchor="middle">${escapeHtml(label)}</text>`;
    })
    .join('');
  return `<div class="row axis"><span></span><svg class="track" width="100%" height="22" aria-hidden="true"><line class="lane" x1="0" y1="0" x2="100%" y2="0"></line>${marks}</svg></div>`;
}

// Theme colours only, through VS Code's CSS variables, so the picture fits every theme.
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 6px; }
.summary, .legend { color: var(--vscode-descriptionForeground); margin: 4px 0; }
.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 12px; vertical-align: middle; }
.key:first-child { margin-left: 0; }
.key.conflict { background: var(--vscode-errorForeground); }
.key.agrees { background: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
.key.other { background: var(--vscode-descriptionForeground); }
.badge { font-size: 0.8em; font-weight: normal; color: var(--vscode-errorForeground); border: 1px solid var(--vscode-errorForeground); border-radius: 3px; padding: 0 4px; margin-left: 6px; }
.row { display: grid; grid-template-columns: minmax(14em, 32%) 1fr; align-items: center; column-gap: 12px; }
.source { font: inherit; color: inherit; background: none; border: none; padding: 2px 0; text-align: left; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.source:hover .written, .source:focus .written { text-decoration: underline; }
.source:focus, .bar:focus { outline: 1px solid var(--vscode-focusBorder); }
.article { color: var(--vscode-descriptionForeground); }
.row.conflict .written { color: var(--vscode-errorForeground); font-weight: 600; }
.track { display: block; overflow: visible; }
.lane { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-width: 1; }
.tick { stroke: var(--vscode-descriptionForeground); }
.axis text { fill: var(--vscode-descriptionForeground); font-size: 0.85em; }
.bar { cursor: pointer; }
.bar.conflict { fill: var(--vscode-errorForeground); }
.bar.agrees { fill: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
.bar.other { fill: var(--vscode-descriptionForeground); }
.bar:hover { opacity: 0.8; }
.tip { position: fixed; z-index: 10; max-width: min(36em, 90vw); padding: 6px 8px; white-space: pre-wrap; pointer-events: none;
  color: var(--vscode-editorHoverWidget-foreground, var(--vscode-editor-foreground)); background: var(--vscode-editorHoverWidget-background, var(--vscode-editor-background));
  border: 1px solid var(--vscode-editorHoverWidget-border, var(--vscode-panel-border)); border-radius: 3px; }
`;

// Clicks and Enter on a claim ask the extension to open it; the page sends indexes, never locations.
// Hover and focus show the claim's sentence in a tooltip, filled as text (textContent), never as HTML.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const tip = document.getElementById('tip');
const showTip = (target) => {
  const claim = target && target.closest && target.closest('[data-tip]');
  if (!claim) { tip.hidden = true; return; }
  tip.textContent = claim.getAttribute('data-tip');
  tip.hidden = false;
  const box = claim.getBoundingClientRect();
  const below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
  tip.style.top = (below ? box.bottom + 6 : Math.max(4, box.top - 6 - tip.offsetHeight)) + 'px';
  tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8)) + 'px';
};
document.addEventListener('mouseover', (e) => showTip(e.target));
document.addEventListener('focusin', (e) => showTip(e.target));
document.addEventListener('scroll', () => (tip.hidden = true), true);
const open = (target) => {
  const claim = target && target.closest('[data-claim]');
  if (claim) vscode.postMessage({ type: 'openClaim', event: Number(claim.getAttribute('data-event')), claim: Number(claim.getAttribute('data-claim')) });
};
document.addEventListener('click', (e) => open(e.target));
document.addEventListener('keydown', (e) => { if ((e.key === 'Enter' || e.key === ' ') && e.target.tagName !== 'BUTTON') { e.preventDefault(); open(e.target); } });
`;
