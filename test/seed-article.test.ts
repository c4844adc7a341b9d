import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { article, seedArticle, type ContentForm } from '../fixtures/seed-article.js';
import type { PressArticle } from '../src/index.js';
import { flatText, resetPreferences, settle } from './helpers.js';

/** Every heading of the article, in light DOM and in the elements' shadow roots. */
function headings(root: PressArticle): HTMLElement[] {
  const light = Array.from(root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
  const shadow = Array.from(root.querySelectorAll('press-header')).flatMap((header) =>
    Array.from(header.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')),
  );
  return [...light, ...shadow];
}

for (const form of ['slotted', 'attributes'] as ContentForm[]) {
  describe(`the seed article, ${form}`, () => {
    let root: PressArticle;

    beforeEach(async () => {
      resetPreferences();
      root = await fixture<PressArticle>(seedArticle({ form }));
      await settle(root);
    });

    it('has one h1 that carries the headline', () => {
      const found = headings(root);
      expect(found).to.have.length(1);
      expect(found[0]!.localName).to.equal('h1');
      expect(found[0]!.textContent.trim()).to.equal(article.headline);
    });

    it('shows the lead, both captions and the author', () => {
      const text = flatText(root);
      expect(text).to.include(article.lead);
      for (const figure of root.querySelectorAll('press-figure')) {
        const caption = figure.shadowRoot!.querySelector('figcaption')!;
        expect(caption.checkVisibility()).to.be.true;
      }
      const captions = Array.from(root.querySelectorAll('press-figure')).map((figure) =>
        (figure.textContent.trim() || figure.caption).trim(),
      );
      expect(captions).to.deep.equal(
        article.body.filter((block) => block.type === 'figure').map((block) => block.caption),
      );
      expect(flatText(root.querySelector('press-byline')!)).to.equal('Bích Nga');
    });

    it('reserves each photo’s 3:2 box before it loads', () => {
      for (const figure of root.querySelectorAll('press-figure')) {
        const box = figure
          .shadowRoot!.querySelector<HTMLElement>('[part="media"]')!
          .getBoundingClientRect();
        expect(box.width / box.height).to.be.closeTo(1200 / 800, 0.01);
      }
    });

    it('has a toolbar labelled as the portal labels it', () => {
      const toolbar = root.querySelector('press-a11y-toolbar')!;
      const labels = Array.from(toolbar.shadowRoot!.querySelectorAll('[part~="button"]')).map(
        (button) => button.textContent.trim(),
      );
      // The portal's five come first; further controls (text spacing, read aloud) follow them.
      expect(labels.slice(0, 5)).to.deep.equal([
        ...article.toolbar.font_size,
        ...article.toolbar.contrast,
      ]);
    });

    it('grows the article text with A+ and raises contrast', async () => {
      const paragraph = root.querySelector('p:not([slot])')!;
      const before = parseFloat(getComputedStyle(paragraph).fontSize);
      const toolbar = root.querySelector('press-a11y-toolbar')!;
      const [, , larger, more] =
        toolbar.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]');
      larger!.click();
      await settle(root);
      expect(parseFloat(getComputedStyle(paragraph).fontSize)).to.be.closeTo(before * 1.125, 0.1);

      const colourBefore = getComputedStyle(paragraph).color;
      more!.click();
      await settle(root);
      expect(root.contrast).to.equal('more');
      expect(getComputedStyle(paragraph).color).to.not.equal(colourBefore);
    });

    it('is operable from the keyboard alone', async () => {
      const toolbar = root.querySelector('press-a11y-toolbar')!;
      toolbar.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await settle(root);
      expect(root.fontScale).to.equal(1.125);
    });

    it('has no axe violations', async () => {
      await expect(root).to.be.accessible();
    });
  });
}
