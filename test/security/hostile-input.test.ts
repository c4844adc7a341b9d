/**
 * Every hostile payload through every attribute (set before the element connects, as parsed HTML
 * does) and every public property (set after the first render, as an app does) of every element
 * in custom-elements.json: no script runs, nothing dangerous is rendered, nothing throws, and
 * nothing sticks out of a narrow column.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { captureWarnings, resetPreferences } from '../helpers.js';
import { descendants, sidewaysOverflow, unsafeRendering } from './dom-scan.js';
import { elements, type ApiMember } from './manifest.js';
import { arena, createElement } from './lifecycle.js';
import { canaryCalls, installCanary, payloads, REPEATED_GLYPH } from './payloads.js';

installCanary();

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

const COLUMN_WIDTH = 320;

/** A narrow column (a phone) with an article for toolbars to find. */
function column(): HTMLElement {
  const box = arena();
  box.style.width = `${COLUMN_WIDTH}px`;
  return box;
}

/** Waits for every element below `root` to render, and for images to load or fail. */
async function settleAll(root: Element) {
  for (let round = 0; round < 3; round++) {
    const lit = descendants(root).filter((el): el is Lit => 'updateComplete' in el);
    await Promise.all(lit.map((el) => el.updateComplete));
  }
  const images = descendants(root).filter((el): el is HTMLImageElement => el.localName === 'img');
  const deadline = performance.now() + 2000;
  while (
    images.some((img) => !img.complete && img.loading !== 'lazy') &&
    performance.now() < deadline
  )
    await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
}

/** Renders every payload through one member and returns what went wrong. */
async function attack(tag: string, member: ApiMember, via: 'attribute' | 'property') {
  const box = column();
  // The repeated glyph renders out of layout here (see REPEATED_GLYPH).
  const unlaid = document.createElement('div');
  unlaid.hidden = true;
  box.append(unlaid);
  const laidOut = (value: string) => value !== REPEATED_GLYPH;
  const problems: string[] = [];
  const warnings = await captureWarnings(async () => {
    const hosts = payloads.map(() => createElement(tag));
    hosts.forEach((host, i) => {
      const value = payloads[i]!.value;
      try {
        if (via === 'attribute') host.setAttribute(member.name, value);
        (laidOut(value) ? box : unlaid).append(host);
        if (via === 'property') (host as unknown as Record<string, unknown>)[member.name] = value;
      } catch (error) {
        problems.push(`payload ${i} threw: ${String(error)}`);
      }
    });
    await settleAll(box);
    if (via === 'property') {
      // Once more after the first render: the update path, not only the first one.
      hosts.forEach((host, i) => {
        const next = payloads[(i + 1) % payloads.length]!.value;
        (host as unknown as Record<string, unknown>)[member.name] = next;
        if (!laidOut(next)) unlaid.append(host);
      });
      await settleAll(box);
    }
    hosts.forEach((host, i) => {
      const index = via === 'property' ? (i + 1) % payloads.length : i;
      const where = `${tag} ${via} ${member.name}, payload ${index} (${payloads[index]!.kind})`;
      for (const problem of unsafeRendering(host)) problems.push(`${where}: ${problem}`);
      if (laidOut(payloads[index]!.value))
        for (const problem of sidewaysOverflow(host, box)) problems.push(`${where}: ${problem}`);
    });
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      problems.push(`${tag} ${via} ${member.name}: the page scrolls sideways`);
  });
  box.remove();
  return { problems, warnings };
}

let attempts = 0;

describe('hostile input through every attribute and property', () => {
  before(() => resetPreferences());

  it(`has a corpus of at least 50 payloads of every kind`, () => {
    expect(payloads.length).to.be.at.least(50);
    const kinds = new Set(payloads.map((payload) => payload.kind));
    expect([...kinds]).to.include.members(['script', 'event-handler', 'broken-markup', 'url']);
    expect([...kinds]).to.include.members(['template', 'unicode', 'huge']);
    expect(payloads.some((payload) => payload.value.length >= 100_000)).to.be.true;
  });

  it('reads every element from custom-elements.json', () => {
    expect(elements.map((element) => element.tag)).to.include.members([
      'press-article',
      'press-header',
      'press-figure',
      'press-byline',
      'press-a11y-toolbar',
    ]);
    for (const element of elements) expect(element.attributes.length, element.tag).to.be.above(0);
  });

  for (const element of elements) {
    const members = [
      ...element.attributes.map((member) => ({ member, via: 'attribute' as const })),
      ...element.properties.map((member) => ({ member, via: 'property' as const })),
    ];
    for (const { member, via } of members) {
      it(`${element.tag} ${via} ${member.name}`, async function () {
        this.timeout(60_000);
        const { problems, warnings } = await attack(element.tag, member, via);
        attempts += payloads.length * (via === 'property' ? 2 : 1);
        expect(problems).to.deep.equal([]);
        expect(canaryCalls).to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
        // Bad input may warn, but only through the library's own one-line warnings.
        for (const warning of warnings) expect(warning).to.match(/^press-elements: /);
      });
    }
  }

  it('ran no script, even late, after every payload was tried', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).to.be.above(0);
    expect(canaryCalls).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
    await executeServerCommand('press-report', {
      name: 'hostile-input',
      data: { payloads: payloads.length, renders: attempts, elements: elements.length },
    });
  });
});
