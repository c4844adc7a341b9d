/**
 * Changes after the first render are followed: an element whose `lang` (on an ancestor), `dir`,
 * attributes or slotted content change renders exactly what a new element created in the final
 * state renders.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { flatText, resetPreferences, settle } from './helpers.js';
import { createElement } from './security/lifecycle.js';
import { elements } from './security/manifest.js';

type Change = (wrapper: HTMLElement, el: HTMLElement) => void;

/** The shadow trees as a reader's tools see them: elements, sorted attributes, and text. */
function snapshot(root: ShadowRoot | null): string[] {
  if (!root) return [];
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.localName !== 'style') out.push(text);
      continue;
    }
    const el = node as Element;
    const attributes = Array.from(el.attributes, ({ name, value }) =>
      name === 'class'
        ? `class=${value.split(/\s+/).filter(Boolean).sort().join(' ')}`
        : `${name}=${value}`,
    ).sort();
    out.push(`<${el.localName} ${attributes.join(' ')}>`);
    out.push(...snapshot(el.shadowRoot));
  }
  return out;
}

async function rendered(wrapper: HTMLElement, el: HTMLElement) {
  await settle(wrapper);
  return { shadow: snapshot(el.shadowRoot), text: flatText(el) };
}

/** The element after `change` at run time, and a new one made after the same change. */
async function compare(tag: string, change: Change) {
  const live = document.createElement('div');
  live.lang = 'en';
  const liveEl = createElement(tag);
  live.append(liveEl);
  document.body.append(live);
  await settle(live);
  change(live, liveEl);
  const after = await rendered(live, liveEl);

  const fresh = document.createElement('div');
  fresh.lang = 'en';
  const freshEl = createElement(tag);
  change(fresh, freshEl);
  fresh.append(freshEl);
  document.body.append(fresh);
  const expected = await rendered(fresh, freshEl);
  live.remove();
  fresh.remove();
  return { after, expected };
}

const changes: [string, Change][] = [
  ['lang on an ancestor to vi', (wrapper) => (wrapper.lang = 'vi')],
  ['lang on an ancestor to ar', (wrapper) => (wrapper.lang = 'ar')],
  ['lang on the element to ja', (_, el) => (el.lang = 'ja')],
  ['dir on an ancestor to rtl', (wrapper) => (wrapper.dir = 'rtl')],
  ['slotted text added', (_, el) => el.append('Slotted words')],
  [
    'slotted headline and kicker added',
    (_, el) => {
      el.insertAdjacentHTML(
        'beforeend',
        '<h2 slot="headline">New headline</h2><span slot="kicker">New kicker</span>',
      );
    },
  ],
];

describe('runtime changes after the first render', () => {
  before(() => resetPreferences());

  for (const { tag, attributes } of elements) {
    for (const [name, change] of changes) {
      it(`${tag}: ${name}`, async () => {
        const { after, expected } = await compare(tag, change);
        expect(after).to.deep.equal(expected);
      });
    }
    for (const attribute of attributes.filter((member) => member.type.startsWith('string'))) {
      it(`${tag}: attribute ${attribute.name} changed and removed`, async () => {
        const changed = await compare(tag, (_, el) =>
          el.setAttribute(attribute.name, 'Changed value'),
        );
        expect(changed.after).to.deep.equal(changed.expected);
        const removed = await compare(tag, (_, el) => el.removeAttribute(attribute.name));
        expect(removed.after).to.deep.equal(removed.expected);
      });
    }
  }
});
