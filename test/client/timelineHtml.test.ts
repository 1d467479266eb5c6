import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createNonce, escapeHtml, isOpenClaimMessage, timelineHtml } from '../../client/src/timeline/html';
import type { TimelineClaim, TimelineModel } from '../../server/src/protocol';

// The Timeline page as a string: its Content-Security-Policy, nonces, and article text kept inert.

const ATTACK = `<img src=x onerror="alert(1)"> ' " & </script><script>alert(2)</script>`;
const CSP_SOURCE = 'https://test.vscode-cdn.net';
const SCRIPT_OF = (page: string) => /<script[^>]*>([\s\S]*?)<\/script>/.exec(page)![1];

function claim(overrides: Partial<TimelineClaim> = {}): TimelineClaim {
  return {
    uri: 'file:///articles/004.txt',
    article: '004.txt',
    written: 'early 2025',
    start: '2025-01-01',
    end: '2025-04-30',
    when: 'January – April 2025',
    event: 'visit',
    modality: 'expected',
    sentence: 'Putin is expected to visit India in early 2025.',
    range: { start: { line: 3, character: 10 }, end: { line: 3, character: 20 } },
    conflicting: false,
    against: [],
    ...overrides,
  };
}

const MODEL: TimelineModel = {
  events: [
    {
      label: 'Vladimir Putin visit to India',
      disputed: true,
      claims: [
        claim({ conflicting: true, against: [1] }),
        claim({ article: '001.txt', written: 'early December 2025', start: '2025-12-01', end: '2025-12-10', against: [0] }),
      ],
    },
    { label: 'Other dated claims', disputed: false, claims: [claim({ written: '2023', start: '2023-01-01', end: '2023-12-31' })] },
  ],
  omittedClaims: 0,
};

const hostile: TimelineModel = {
  events: [
    {
      label: ATTACK,
      disputed: true,
      claims: [
        claim({ article: ATTACK, written: ATTACK, sentence: ATTACK, reporter: ATTACK, when: ATTACK, conflicting: true, against: [1] }),
        claim({ uri: `file:///${ATTACK}`, article: 'b.txt', written: `" onmouseover="alert(3)`, against: [0] }),
      ],
    },
  ],
  omittedClaims: 0,
};

describe('timeline page', () => {
  const nonce = createNonce();
  const html = timelineHtml(MODEL, { cspSource: CSP_SOURCE, nonce });

  test('a strict Content-Security-Policy naming the nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(csp, `default-src &#39;none&#39;; style-src ${CSP_SOURCE} &#39;nonce-${nonce}&#39;; script-src &#39;nonce-${nonce}&#39;; img-src ${CSP_SOURCE} data:`);
  });

  test('its one style and one script carry the nonce; nothing is loaded from anywhere', () => {
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${nonce}">`]);
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${nonce}">`]);
    assert.doesNotMatch(html, /\s(src|href)=/);
    assert.doesNotMatch(html, /\sstyle=/, 'inline style attributes would need unsafe-inline');
    assert.doesNotMatch(SCRIPT_OF(html), /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, 'the tooltip is text');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(html, /https?:\/\/(?!test\.vscode-cdn\.net)/);
  });

  test('a fresh nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    assert.equal(nonces.size, 20);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9+/]{24}$/);
  });

  test('each claim drawn on the axis, the conflicting one marked', () => {
    assert.equal((html.match(/<rect class="bar conflict"/g) ?? []).length, 1);
    assert.equal((html.match(/<rect class="bar agrees"/g) ?? []).length, 1);
    assert.equal((html.match(/<rect class="bar other"/g) ?? []).length, 1);
    assert.match(html, /<div class="row conflict" data-tip="&#34;early 2025&#34;: January – April 2025 \(expected\)\n004\.txt\n\nPutin is expected to visit India in early 2025\.\n\nCannot both hold[^"]*">\n<button class="source" data-event="0" data-claim="0">/);
    assert.match(html, /<rect class="bar conflict" x="[\d.]+%" y="5" width="[\d.]+%"[^>]* aria-label="&#34;early 2025&#34;[^"]*" data-event="0" data-claim="0">/);
    assert.match(html, /Cannot both hold with: &#34;early December 2025&#34; \(001\.txt\)/);
    assert.match(html, /sources disagree/);
    assert.match(html, />Jan 2025</, 'month ticks on the axis');
    assert.match(html, /var\(--vscode-errorForeground\)/);
  });

  test('bars fall inside the axis', () => {
    for (const [, x, width] of html.matchAll(/<rect class="bar \w+" x="([\d.]+)%" y="5" width="([\d.]+)%"/g)) {
      assert.ok(Number(x) >= 0 && Number(x) + Number(width) <= 100.01, `${x} + ${width}`);
    }
  });

  test('article text renders inert: no tag, attribute or script of its own', () => {
    const page = timelineHtml(hostile, { cspSource: CSP_SOURCE, nonce });
    assert.doesNotMatch(page, /<img/);
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.equal((page.match(/<\/script>/g) ?? []).length, 1);
    assert.doesNotMatch(page, /\son(error|mouseover)="/);
    assert.ok(page.includes(escapeHtml(ATTACK)));
    assert.ok(page.includes('&#34; onmouseover=&#34;alert(3)'));
    assert.ok(!page.includes('file:///'), 'locations stay in the extension; the page knows indexes');
  });

  test('an empty model says what would show', () => {
    const page = timelineHtml({ events: [], omittedClaims: 0 }, { cspSource: CSP_SOURCE, nonce });
    assert.match(page, /No dated events yet/);
    assert.doesNotMatch(page, /<section/);
  });

  test('day and year axes', () => {
    const days = timelineHtml({ events: [{ label: 'x', disputed: false, claims: [claim({ start: '2025-12-05', end: '2025-12-06' })] }], omittedClaims: 0 }, { cspSource: CSP_SOURCE, nonce });
    assert.match(days, />4 Dec</);
    const years = timelineHtml({ events: [{ label: 'x', disputed: false, claims: [claim({ start: '1991-01-01', end: '1991-12-31' }), claim()] }], omittedClaims: 0 }, { cspSource: CSP_SOURCE, nonce });
    assert.match(years, />2000</);
    assert.match(years, />2010</, 'round years');
  });

  test('only well-formed click messages are taken', () => {
    assert.ok(isOpenClaimMessage({ type: 'openClaim', event: 0, claim: 1 }));
    assert.ok(!isOpenClaimMessage({ type: 'openClaim', event: '0', claim: 1 }));
    assert.ok(!isOpenClaimMessage({ type: 'open', uri: 'file:///etc/passwd' }));
    assert.ok(!isOpenClaimMessage(null));
  });
});
