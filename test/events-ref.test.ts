/**
 * `eventsRef`: the ref callback that gives an element its listeners where a framework does not
 * (React 19 hydrating a custom element). It adds them, and the cleanup it returns takes them off.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { eventsRef, type PressArticle } from '../src/index.js';
import { resetPreferences, settle } from './helpers.js';

describe('eventsRef', () => {
  afterEach(resetPreferences);

  it('hears press-preferences-change until its cleanup runs', async () => {
    const article = await fixture<PressArticle>(html`<press-article></press-article>`);
    const heard: number[] = [];
    const cleanup = eventsRef({
      'press-preferences-change': (event) => heard.push(event.detail.fontScale),
    })(article);
    article.setPreferences({ fontScale: 1.5 });
    await settle(article);
    expect(heard).to.deep.equal([1.5]);
    cleanup?.();
    article.setPreferences({ fontScale: 2 });
    await settle(article);
    expect(heard).to.deep.equal([1.5]);
  });

  it('does nothing for a ref React clears (null)', () => {
    expect(eventsRef({ 'press-preferences-change': () => {} })(null)).to.equal(undefined);
  });
});
