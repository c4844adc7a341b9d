import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import { resetPreferences } from './helpers.js';

function buttons(toolbar: PressA11yToolbar) {
  return Array.from(toolbar.shadowRoot!.querySelectorAll('button'));
}

describe('press-a11y-toolbar', () => {
  let article: PressArticle;
  let toolbar: PressA11yToolbar;

  beforeEach(async () => {
    resetPreferences();
    article = await fixture<PressArticle>(
      html`<press-article lang="vi">
        <press-a11y-toolbar></press-a11y-toolbar>
        <p>Nội dung</p>
      </press-article>`,
    );
    toolbar = article.querySelector('press-a11y-toolbar')!;
    await toolbar.updateComplete;
  });

  it('is an APG toolbar with a localised name and one tab stop', async () => {
    const bar = toolbar.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Công cụ đọc');
    expect(buttons(toolbar).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    await expect(toolbar).to.be.accessible();
  });

  it('puts each visible label inside its accessible name', () => {
    for (const button of buttons(toolbar)) {
      const name = button.getAttribute('aria-label') ?? button.textContent;
      expect(name).to.include(button.textContent.trim());
    }
  });

  it('moves focus with arrows, Home and End', async () => {
    buttons(toolbar)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons(toolbar)[1]);
    await sendKeys({ press: 'End' });
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons(toolbar)[4]);
    await sendKeys({ press: 'Home' });
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons(toolbar)[0]);
    expect(buttons(toolbar).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
  });

  it('steps text size up, resets it, and stops at the limit', async () => {
    const [smaller, reset, larger] = buttons(toolbar);
    larger!.click();
    await article.updateComplete;
    expect(article.fontScale).to.equal(1.125);
    reset!.click();
    await article.updateComplete;
    expect(article.fontScale).to.equal(1);
    smaller!.click();
    await toolbar.updateComplete;
    expect(article.fontScale).to.equal(0.875);
    expect(smaller!.getAttribute('aria-disabled')).to.equal('true');
    smaller!.click();
    expect(article.fontScale).to.equal(0.875);
  });

  it('announces the change in a live region present from the start', async () => {
    const status = toolbar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent.trim()).to.equal('');
    buttons(toolbar)[2]!.click();
    await toolbar.updateComplete;
    expect(status.textContent.trim()).to.equal('Cỡ chữ 112,5%');
  });

  it('raises contrast to two levels and steps back to normal', async () => {
    const [, , , more, less] = buttons(toolbar);
    more!.click();
    await article.updateComplete;
    expect(article.contrast).to.equal('more');
    more!.click();
    await toolbar.updateComplete;
    expect(article.contrast).to.equal('most');
    expect(more!.getAttribute('aria-disabled')).to.equal('true');
    less!.click();
    less!.click();
    await toolbar.updateComplete;
    expect(article.contrast).to.equal('normal');
    expect(less!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('persists the choice in storage', () => {
    buttons(toolbar)[2]!.click();
    const saved = JSON.parse(localStorage.getItem('press-elements:preferences:v1')!) as {
      fontScale: number;
    };
    expect(saved.fontScale).to.equal(1.125);
  });

  it('controls the article named by for', async () => {
    const wrapper = await fixture(
      html`<div>
        <press-a11y-toolbar for="second"></press-a11y-toolbar>
        <press-article id="first"></press-article>
        <press-article id="second"></press-article>
      </div>`,
    );
    const outside = wrapper.querySelector('press-a11y-toolbar')!;
    expect(outside.target!.id).to.equal('second');
  });
});
