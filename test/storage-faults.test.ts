/**
 * Stored preferences are untrusted and storage may fail: garbage and prototype-pollution attempts
 * written by another document of the origin (a real `storage` event), storage that is really full,
 * and storage the browser refuses to open. The page keeps working and nothing is polluted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import { STORAGE_KEY } from '../src/index.js';
import { resetPreferences, settle } from './helpers.js';

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

const garbage = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"fontScale":"huge"}',
  '{"fontScale":1e309,"contrast":"<script>"}',
  '{"fontScale":-5,"contrast":{"toString":1}}',
  '\uD800',
  '['.repeat(10_000),
  'x'.repeat(100_000),
];
const pollution = [
  '{"__proto__":{"polluted":1,"contrast":"most","fontScale":2}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"fontScale":1.5,"__proto__":{"contrast":"most"}}',
];

/** Writes `value` from another same-origin document, which fires a real `storage` event here. */
async function writeFromOtherDocument(value: string) {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const changed = new Promise((resolve) =>
    window.addEventListener('storage', resolve, { once: true }),
  );
  frame.contentWindow!.localStorage.setItem(STORAGE_KEY, value);
  await changed;
  frame.remove();
}

function notPolluted() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).to.equal(undefined);
  expect(Object.keys(Object.prototype)).to.deep.equal([]);
  expect('contrast' in probe).to.be.false;
}

async function article() {
  const el = await fixture<PressArticle>(
    html`<press-article
      ><press-a11y-toolbar></press-a11y-toolbar>
      <p>Text</p></press-article
    >`,
  );
  await settle(el);
  return el;
}

function larger(el: PressArticle) {
  el.querySelector('press-a11y-toolbar')!
    .shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]')[2]!
    .click();
}

describe('storage faults', () => {
  beforeEach(() => resetPreferences());
  afterEach(() => {
    localStorage.clear();
    expect(uncaught).to.deep.equal([]);
  });

  for (const value of [...garbage, ...pollution]) {
    it(`ignores stored ${JSON.stringify(value.slice(0, 40))} and keeps working`, async () => {
      const el = await article();
      await writeFromOtherDocument(value);
      await settle(el);
      expect(el.fontScale).to.be.within(0.875, 2);
      expect(Number.isFinite(el.fontScale)).to.be.true;
      expect([undefined, 'normal', 'more', 'most']).to.include(el.contrast);
      const before = el.fontScale;
      larger(el);
      await settle(el);
      expect(el.fontScale).to.be.above(before);
      notPolluted();
    });
  }

  it('keeps a choice for the page when storage is really full', async () => {
    const el = await article();
    // Fill the origin's quota for real, in halving chunks, until even one character is refused.
    let chunk = 1 << 20;
    let key = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`filler-${key++}`, 'x'.repeat(chunk));
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    expect(() => localStorage.setItem(STORAGE_KEY, '{"fontScale":1.125}')).to.throw();
    larger(el);
    await settle(el);
    expect(el.fontScale).to.equal(1.125);
    localStorage.clear();
  });

  it('keeps a choice for the page when the browser refuses storage', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    try {
      const el = await article();
      larger(el);
      await settle(el);
      expect(el.fontScale).to.equal(1.125);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });
});
