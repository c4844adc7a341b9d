import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/a11y-toolbar/define.js';
import '../src/components/article/define.js';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import {
  normalizePreferences,
  parsePreferences,
  preferencesStore,
  STORAGE_KEY,
} from '../src/preferences-store.js';
import { frameList, reloadFrame, toolbarButton, until } from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';

const body = `<press-article lang="vi"><press-a11y-toolbar></press-a11y-toolbar><p>Nội dung</p></press-article>`;
const inFrame = (frame: HTMLIFrameElement) => ({
  article: frame.contentDocument!.querySelector('press-article') as PressArticle,
  toolbar: frame.contentDocument!.querySelector('press-a11y-toolbar') as PressA11yToolbar,
});

describe('preferences: reading untrusted input', () => {
  it('keeps well-formed fields, clamps numbers, drops the rest', () => {
    expect(
      parsePreferences('{"fontScale":1.5,"contrast":"most","textSpacing":true}'),
    ).to.deep.equal({ fontScale: 1.5, contrast: 'most', textSpacing: true });
    expect(parsePreferences('{"fontScale":40}').fontScale).to.equal(2);
    expect(parsePreferences('{"fontScale":-3}').fontScale).to.equal(0.875);
    for (const garbage of [
      null,
      '',
      '{',
      'null',
      '42',
      '"text"',
      '[1.5,"more"]',
      '{"fontScale":"1.5","contrast":"MORE","textSpacing":"yes"}',
      '{"fontScale":null,"contrast":{},"textSpacing":1}',
      '{"fontScale":1e999}',
    ]) {
      expect(parsePreferences(garbage), String(garbage)).to.deep.equal({ fontScale: 1 });
    }
  });

  it('reaches no prototype, whatever the stored JSON says', () => {
    const evil =
      '{"__proto__":{"polluted":true,"contrast":"most"},"constructor":{"prototype":{"polluted":true}}}';
    const read = parsePreferences(evil);
    expect(read).to.deep.equal({ fontScale: 1 });
    expect(Object.getPrototypeOf(read)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    const inherited = Object.create({ fontScale: 2, contrast: 'most' }) as object;
    expect(normalizePreferences(inherited)).to.deep.equal({ fontScale: 1 });
  });
});

describe('preferences: persistence', () => {
  const { open, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(removeAll);

  it('keeps one versioned key with only the choices: no expiry, no other data', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>x</p></press-article>`);
    el.setPreferences({ fontScale: 1.25, contrast: 'more', textSpacing: true });
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('press-elements'));
    expect(keys).to.deep.equal([STORAGE_KEY]);
    expect(STORAGE_KEY).to.match(/:v\d+$/);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as object;
    expect(saved).to.deep.equal({ fontScale: 1.25, contrast: 'more', textSpacing: true });
  });

  it('survives a real reload of the page', async () => {
    const frame = await open(body);
    toolbarButton(inFrame(frame).toolbar, 'larger').click();
    toolbarButton(inFrame(frame).toolbar, 'more').click();
    toolbarButton(inFrame(frame).toolbar, 'spacing').click();
    const before = inFrame(frame).article;
    await reloadFrame(frame);
    const { article, toolbar } = inFrame(frame);
    expect(article).to.not.equal(before);
    expect(article.preferences).to.deep.equal({
      fontScale: 1.125,
      contrast: 'more',
      textSpacing: true,
    });
    expect(toolbarButton(toolbar, 'spacing').getAttribute('aria-pressed')).to.equal('true');
    expect(toolbar.shadowRoot!.querySelector('[part="size"]')!.textContent.trim()).to.equal(
      new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 }).format(1.125),
    );
  });

  it('reaches another document of the site both ways (storage event)', async () => {
    const here = await fixture<PressArticle>(
      html`<press-article lang="vi"><press-a11y-toolbar></press-a11y-toolbar></press-article>`,
    );
    const frame = await open(body);
    const there = inFrame(frame).article;
    toolbarButton(here.querySelector('press-a11y-toolbar')!, 'larger').click();
    await until(() => there.fontScale === 1.125);
    toolbarButton(inFrame(frame).toolbar, 'more').click();
    await until(() => here.contrast === 'more');
    await settle(here);
    expect(here.preferences).to.deep.equal({ fontScale: 1.125, contrast: 'more' });
    // A cleared storage in another document puts everything back to the defaults.
    frame.contentWindow!.localStorage.clear();
    await until(() => here.fontScale === 1 && here.contrast === undefined);
  });

  it('starts clean, without an error, from corrupted storage', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      '{"fontScale":"NaN","contrast":"<img src=x onerror=alert(1)>"',
    );
    const frame = await open(body);
    const { article, toolbar } = inFrame(frame);
    expect(article.preferences).to.deep.equal({ fontScale: 1 });
    expect(frame.contentDocument!.querySelector('img')).to.be.null;
    toolbarButton(toolbar, 'larger').click();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ fontScale: 1.125 });
  });

  it('works in memory when storage is blocked (an opaque-origin frame)', async () => {
    const report = new Promise<Record<string, unknown>>((resolve) => {
      const listener = (event: MessageEvent<Record<string, unknown> | null>) => {
        if (!event.data || !('blocked' in event.data)) return;
        window.removeEventListener('message', listener);
        resolve(event.data);
      };
      window.addEventListener('message', listener);
    });
    // Absolute module URLs: WebKit resolves no path-only specifier in an opaque-origin srcdoc
    // document (its base URL is the parent's, yet `import('/src/…')` throws "does not resolve").
    const script = `<script type="module">
      const errors = [];
      addEventListener('error', (e) => errors.push(e.message));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      let blocked = false;
      try { localStorage.length; } catch { blocked = true; }
      await import('${location.origin}/src/components/article/define.ts');
      await import('${location.origin}/src/components/a11y-toolbar/define.ts');
      const article = document.querySelector('press-article');
      const toolbar = document.querySelector('press-a11y-toolbar');
      await article.updateComplete; await toolbar.updateComplete;
      toolbar.shadowRoot.querySelector('[part~="button-larger"]').click();
      toolbar.shadowRoot.querySelector('[part~="button-spacing"]').click();
      await article.updateComplete;
      parent.postMessage({ blocked, errors, preferences: article.preferences }, '*');
    </script>`;
    await open(body + script, { define: false, sandbox: 'allow-scripts' });
    const result = await report;
    expect(result).to.deep.equal({
      blocked: true,
      errors: [],
      preferences: { fontScale: 1.125, textSpacing: true },
    });
  });

  it('keeps working for the page when storage is full', async () => {
    const filler: string[] = [];
    const chunk = 'x'.repeat(512 * 1024);
    try {
      for (let i = 0; i < 64; i++) {
        localStorage.setItem(`press-test-filler-${i}`, chunk);
        filler.push(`press-test-filler-${i}`);
      }
    } catch (error) {
      expect((error as DOMException).name).to.equal('QuotaExceededError');
    }
    try {
      // Fill what is left to the last byte, so that saving the preferences must fail.
      for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
        try {
          localStorage.setItem(`press-test-filler-${filler.length}`, 'x'.repeat(size));
          filler.push(`press-test-filler-${filler.length}`);
        } catch {
          // This size no longer fits: try half.
        }
      }
      const el = await fixture<PressArticle>(
        html`<press-article lang="vi"><press-a11y-toolbar></press-a11y-toolbar></press-article>`,
      );
      toolbarButton(el.querySelector('press-a11y-toolbar')!, 'larger').click();
      await settle(el);
      expect(el.fontScale).to.equal(1.125);
      expect(preferencesStore.get().fontScale).to.equal(1.125);
      expect(localStorage.getItem(STORAGE_KEY)).to.be.null;
    } finally {
      filler.forEach((key) => localStorage.removeItem(key));
    }
  });
});
