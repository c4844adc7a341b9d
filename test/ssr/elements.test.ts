/**
 * Each element through @lit-labs/testing's fixtures (from dist/: run after `npm run build`): rendered
 * in the browser alone (csrFixture), server-rendered and left as the server wrote it
 * (ssrNonHydratedFixture: what a reader sees before JavaScript), and server-rendered then hydrated
 * (ssrHydratedFixture). The same assertions hold for every fixture. Server rendering goes through
 * litSsrPlugin (web-test-runner.config.mjs), which imports dist/define.js in a worker.
 *
 * `npm run ci:voice` runs it again with a real voice, which the server never has: hydration must
 * still match the server's toolbar (no read-aloud button), deferred or not.
 *
 * The fixtures module must come before any element is registered: it brings Lit's hydration
 * support, then press-elements/hydrate registers the elements (dist/hydrate.js).
 */
import {
  cleanupFixtures,
  csrFixture,
  ssrHydratedFixture,
  ssrNonHydratedFixture,
} from '@lit-labs/testing/fixtures.js';
import '../../dist/hydrate.js';
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import seed from '../../fixtures/seed-article/article.json';
import { formatDateTime } from '../../src/date-format.js';
import { stringsFor } from '../../src/i18n.js';
import { flatText } from '../helpers.js';
import type { Press } from './pages.js';

type Fixture = (template: TemplateResult, options: { modules: string[] }) => Promise<Element>;

const options = { modules: ['../../dist/define.js'] };

/**
 * litSsrPlugin renders with `defer-hydration` on every element of the template, and the fixtures
 * let go of the outer one only: an element in another's light DOM (the article's toolbar) would
 * wait for ever. A page rendered by press-elements/server has no such attribute; as there, each
 * is let go of here, outer first.
 */
async function releaseNested(el: Element) {
  for (const nested of el.querySelectorAll<Press>('[defer-hydration]')) {
    nested.removeAttribute('defer-hydration');
    await nested.updateComplete;
  }
}

/** ssrHydratedFixture, every element of the template hydrated. */
async function ssrHydrated(template: TemplateResult, opts: { modules: string[] }) {
  const el = await ssrHydratedFixture(template, opts);
  await releaseNested(el);
  return el;
}

/**
 * The server's markup hydrated in place: left as the server wrote it, then hydration let go (the
 * fixture renders with `defer-hydration`). Each element's base part must be the server's node.
 */
async function ssrHydratedInPlace(template: TemplateResult, opts: { modules: string[] }) {
  const el = await ssrNonHydratedFixture<Press>(template, opts);
  const servers = [el, ...el.querySelectorAll('*')]
    .filter((node) => node.shadowRoot)
    .map((node) => [node, node.shadowRoot!.querySelector('[part~="base"]')] as const);
  expect(
    servers.every(([, base]) => base),
    'every server-rendered root has a base part',
  ).to.be.true;
  el.removeAttribute('defer-hydration');
  await el.updateComplete;
  await releaseNested(el);
  for (const [node, base] of servers) {
    await (node as Press).updateComplete;
    expect(node.shadowRoot!.querySelector('[part~="base"]'), node.localName).to.equal(base);
    expect(base!.isConnected, node.localName).to.be.true;
  }
  return el;
}

const fixtures: [string, Fixture, { hydrated: boolean }][] = [
  ['csrFixture', csrFixture, { hydrated: true }],
  ['ssrNonHydratedFixture', ssrNonHydratedFixture, { hydrated: false }],
  ['ssrHydratedFixture', ssrHydrated, { hydrated: true }],
  ['ssrNonHydratedFixture, then hydrated in place', ssrHydratedInPlace, { hydrated: true }],
];

const en = stringsFor('en');
const published = '2017-03-02T09:15:00+07:00';

/** Each element with content, and what a reader must meet in it (flat text, in order). */
const samples: { tag: string; template: TemplateResult; text: string[] }[] = [
  {
    tag: 'press-header',
    template: html`<press-header lang="en"
      ><span slot="kicker">Weather</span>
      <h1 slot="headline">Flood defences hold after a week of rain</h1>
      <p slot="standfirst">Engineers say the new levees worked as designed.</p></press-header
    >`,
    text: [
      'Weather',
      'Flood defences hold after a week of rain',
      'Engineers say the new levees worked as designed.',
    ],
  },
  {
    tag: 'press-figure',
    template: html`<press-figure
      lang="en"
      src="/fixtures/seed-article/images/meeting-600.png"
      width="600"
      height="400"
      credit="Ann Lee"
      >Engineers inspect the levee.</press-figure
    >`,
    text: ['Engineers inspect the levee.', `${en.creditPrefix} Ann Lee`],
  },
  {
    tag: 'press-byline',
    template: html`<press-byline lang="en" published=${published} time-zone="UTC"
      ><span>Ann Lee</span></press-byline
    >`,
    text: ['Ann Lee', formatDateTime(new Date(published), 'en', 'UTC')],
  },
  {
    tag: 'press-a11y-toolbar',
    template: html`<press-a11y-toolbar lang="vi"></press-a11y-toolbar>`,
    text: [...seed.toolbar.font_size, ...seed.toolbar.contrast],
  },
  {
    tag: 'press-article',
    template: html`<press-article lang="en"
      ><press-a11y-toolbar lang="en"></press-a11y-toolbar>
      <p>The river peaked on Thursday night.</p></press-article
    >`,
    text: ['The river peaked on Thursday night.'],
  },
];

/** `text` contains each of `parts`, in their order. */
function inOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" in "${text}"`).to.be.at.least(0);
    from = at + part.length;
  }
}

afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

for (const [name, fixture, { hydrated }] of fixtures) {
  describe(`the elements through ${name}`, () => {
    for (const { tag, template, text } of samples) {
      it(`${tag} renders once, and shows its content`, async () => {
        const el = await fixture(template, options);
        expect(el.localName).to.equal(tag);
        expect(el.hasAttribute('defer-hydration')).to.equal(!hydrated);
        // One rendering: a second base part would sit beside the server's.
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
        inOrder(flatText(el), text);
      });
    }

    it('press-figure reserves its 3:2 box', async () => {
      const el = await fixture(samples[1]!.template, options);
      const media = el.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
      expect(Math.abs(media.width / media.height - 1.5)).to.be.below(0.01);
    });

    if (hydrated)
      it('press-article’s toolbar enlarges its text: A+', async () => {
        const article = (await fixture(samples[4]!.template, options)) as Press;
        const toolbar = article.querySelector<Press>('press-a11y-toolbar')!;
        await toolbar.updateComplete;
        const paragraph = article.querySelector(':scope > p')!;
        const before = parseFloat(getComputedStyle(paragraph).fontSize);
        toolbar.shadowRoot!.querySelector<HTMLElement>('[part~="button-larger"]')!.click();
        await article.updateComplete;
        const scale = article.fontScale!;
        expect(scale).to.be.above(1);
        expect(
          Math.abs(parseFloat(getComputedStyle(paragraph).fontSize) / before - scale),
        ).to.be.below(0.01);
        article.setPreferences!({ fontScale: 1 });
        await article.updateComplete;
      });
  });
}
