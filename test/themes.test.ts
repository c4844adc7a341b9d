import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { seedArticle } from '../fixtures/seed-article.js';
import type { PressArticle } from '../src/index.js';
import { defaultTokens } from '../src/tokens.js';
import { loadTheme, resetPreferences, settle } from './helpers.js';
import { backgroundOf, contrast, parseColor, type Rgba } from './reader-measures.js';

/** The shipped theme files, and the least contrast each promises for text at the portal's level. */
const themes = [
  { name: 'default', text: 4.5 },
  { name: 'dark', text: 4.5 },
  { name: 'high-contrast', text: 7 },
  { name: 'seed-portal', text: 4.5 },
] as const;

/** Every visible element under `root` (light DOM and shadow roots) that holds text directly. */
function textElements(root: Element): Element[] {
  const found = new Set<Element>();
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility({ visibilityProperty: true })) found.add(parent);
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return [...found];
}

/** A colour token as the browser resolves it inside `article`. */
function tokenColour(article: PressArticle, name: string): Rgba {
  // A border colour, not `color`: raised contrast forces light-DOM text to inherit its colour.
  const probe = document.createElement('span');
  probe.style.borderTopColor = `var(--press-${name})`;
  article.append(probe);
  const colour = parseColor(getComputedStyle(probe).borderTopColor);
  probe.remove();
  return colour;
}

describe('shipped themes', () => {
  for (const theme of themes) {
    describe(`${theme.name}.css on the seed article`, () => {
      let link: HTMLLinkElement;
      let article: PressArticle;

      beforeEach(async () => {
        resetPreferences();
        link = await loadTheme(theme.name);
        article = await fixture<PressArticle>(seedArticle({ form: 'slotted' }));
        await settle(article);
      });

      afterEach(() => link.remove());

      it('sets only documented tokens', () => {
        const sheets = [
          link.sheet!,
          ...Array.from(link.sheet!.cssRules).flatMap((rule) =>
            rule instanceof CSSImportRule && rule.styleSheet ? [rule.styleSheet] : [],
          ),
        ];
        const global = new Set(Object.keys(defaultTokens).map((name) => `--press-${name}`));
        const component = /^--press-(article|header|figure|byline|a11y-toolbar)-[a-z-]+$/;
        const set = sheets.flatMap((sheet) =>
          Array.from(sheet.cssRules).flatMap((rule) =>
            rule instanceof CSSStyleRule
              ? Array.from(rule.style).filter((name) => name.startsWith('--'))
              : [],
          ),
        );
        expect(set.length).to.be.greaterThan(0);
        for (const name of set) {
          expect(global.has(name) || component.test(name), name).to.be.true;
        }
      });

      const levels = [
        { contrast: 'normal', text: theme.text },
        { contrast: 'more', text: 7 },
        { contrast: 'most', text: 7 },
      ] as const;
      for (const level of levels) {
        it(`contrast="${level.contrast}": all text ${level.text}:1, borders and focus 3:1`, async () => {
          article.setAttribute('contrast', level.contrast);
          await settle(article);
          const elements = textElements(article);
          expect(elements.length).to.be.greaterThan(10);
          for (const el of elements) {
            const ratio = contrast(parseColor(getComputedStyle(el).color), backgroundOf(el));
            const what = `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${el.textContent?.trim().slice(0, 30)}"`;
            expect(ratio, what).to.be.at.least(level.text);
          }

          const background = tokenColour(article, 'color-background');
          const surface = tokenColour(article, 'color-surface');
          for (const name of ['color-text', 'color-text-muted', 'color-accent', 'color-link']) {
            const colour = tokenColour(article, name);
            expect(contrast(colour, background), `${name} on background`).to.be.at.least(
              level.text,
            );
            expect(contrast(colour, surface), `${name} on surface`).to.be.at.least(4.5);
          }
          for (const name of ['color-border', 'color-focus']) {
            expect(contrast(tokenColour(article, name), background), name).to.be.at.least(3);
          }
        });
      }
    });
  }
});

describe('default.css on a long article', () => {
  let link: HTMLLinkElement;
  afterEach(() => link.remove());

  /** An article of `count` paragraphs of `text`, in the default theme, then `after`. */
  async function longArticle(
    count: number,
    text = 'Tăng tương phản cho người đọc. '.repeat(40),
    after = '',
  ): Promise<PressArticle> {
    link = await loadTheme('default');
    const article = await fixture<PressArticle>(
      `<press-article lang="vi">${`<p><span>${text}</span></p>`.repeat(count)}${after}</press-article>`,
    );
    await settle(article);
    return article;
  }

  it('leaves paragraphs far out of view unlaid until they come near it', async () => {
    const article = await longArticle(60);
    // Which paragraphs are near the viewport is decided at the next rendering update.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const paragraphs = [...article.querySelectorAll('p')];
    const last = paragraphs.at(-1)!;
    if (!CSS.supports('overflow-clip-margin: 1em')) {
      // Without a way to keep spilling ink visible, every paragraph is laid out as before.
      expect(getComputedStyle(last).contentVisibility || 'visible').to.equal('visible');
      return;
    }
    // Skipped: its contents count as not rendered, and it keeps the estimated height of 10em.
    const fontSize = parseFloat(getComputedStyle(last).fontSize);
    expect(last.querySelector('span')!.checkVisibility({ contentVisibilityAuto: true })).to.be
      .false;
    expect(last.getBoundingClientRect().height).to.be.closeTo(fontSize * 10, 0.5);
    // The first screens are always laid out, so nothing there moves while the page loads.
    const styles = paragraphs.map((p) => getComputedStyle(p).contentVisibility);
    expect(styles.slice(0, 11)).to.deep.equal(Array(11).fill('visible'));
    expect(styles.slice(11)).to.deep.equal(Array(49).fill('auto'));
  });

  it('lets figures after the eleventh paragraph skip layout too, at a photo’s estimated height', async () => {
    const figure = (caption: string) =>
      `<press-figure width="3" height="2" caption="${caption}"></press-figure>`;
    const article = await longArticle(60, undefined, figure('late'));
    article
      .querySelectorAll('p')[4]!
      .after(document.createRange().createContextualFragment(figure('early')));
    await settle(article);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const [early, late] = [...article.querySelectorAll('press-figure')];
    const skips = CSS.supports('overflow-clip-margin: 1em');
    expect(getComputedStyle(early!).contentVisibility).to.equal('visible');
    expect(getComputedStyle(late!).contentVisibility).to.equal(skips ? 'auto' : 'visible');
    if (!skips) return;
    const caption = late!.shadowRoot!.querySelector('figcaption')!;
    expect(caption.checkVisibility({ contentVisibilityAuto: true })).to.be.false;
    const fontSize = parseFloat(getComputedStyle(late!).fontSize);
    expect(late!.getBoundingClientRect().height).to.be.closeTo(fontSize * 30, 0.5);
  });

  it("does not clip a paragraph's ink that spills past its box", async () => {
    // The first eleven paragraphs are always laid out: the twelfth is the first that may skip.
    const article = await longArticle(12, 'Ễ');
    const paragraph = article.querySelectorAll('p')[11]!;
    const skips = CSS.supports('overflow-clip-margin: 1em');
    expect(getComputedStyle(paragraph).contentVisibility).to.equal(skips ? 'auto' : 'visible');
    paragraph.style.lineHeight = '1';
    // A stand-in for a stacked diacritic: ink reaching above the paragraph's box.
    const ink = document.createElement('span');
    ink.style.cssText = 'display:inline-block;inline-size:1em;block-size:1em;translate:0 -1em';
    paragraph.prepend(ink);
    paragraph.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = ink.getBoundingClientRect();
    const top = paragraph.getBoundingClientRect().top;
    expect(box.top).to.be.lessThan(top - 4);
    const hit = document.elementFromPoint(box.left + box.width / 2, (box.top + top) / 2);
    expect(hit === ink, `the ink is painted (hit ${hit?.localName})`).to.be.true;
  });
});
