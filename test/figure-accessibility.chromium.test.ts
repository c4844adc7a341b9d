/**
 * What a screen reader is given for a figure's image, read off Chromium's computed accessibility
 * tree (CDP): the caption must reach the image itself, as its description next to alt text, as
 * its name without alt, in every arrangement of image and caption (own or slotted).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/figure/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressFigure } from '../src/index.js';
import { enhanced } from './figure-helpers.js';
import { captureWarnings } from './helpers.js';

interface AXNode {
  role: string;
  name: string;
  description: string;
}

const image = '/fixtures/seed-article/images/meeting-600.png';
const credit = `${stringsFor('en').creditPrefix} TTXVN`;

async function images(): Promise<AXNode[]> {
  const tree = await executeServerCommand<AXNode[] | null, undefined>('press-ax-tree');
  expect(tree, 'the accessibility tree (Chromium)').to.be.an('array');
  return tree!.filter((node) => node.role === 'image' || node.role === 'img');
}

async function render(template: ReturnType<typeof html>) {
  let el!: HTMLElement;
  await captureWarnings(async () => {
    el = await fixture<HTMLElement>(html`<div lang="en">${template}</div>`);
    await enhanced(el.querySelector<PressFigure>('press-figure')!);
  });
  return images();
}

describe('press-figure in the accessibility tree', () => {
  it('own image, slotted caption: alt is the name, caption and credit the description', async () => {
    const [node] = await render(
      html`<press-figure src=${image} alt="Officers" credit="TTXVN"
        >A <em>meeting</em></press-figure
      >`,
    );
    expect(node).to.deep.include({ name: 'Officers', description: `A meeting ${credit}` });
  });

  it('own image, caption attribute, no alt: the caption names it', async () => {
    const [node] = await render(
      html`<press-figure
        src=${`${image}?ax-no-alt`}
        caption="Officers at a meeting"
      ></press-figure>`,
    );
    expect(node!.name).to.equal('Officers at a meeting');
  });

  it('slotted <img>, slotted caption: alt is the name, caption and credit the description', async () => {
    const [node] = await render(
      html`<press-figure credit="TTXVN"
        ><img slot="media" src=${image} alt="Officers" />A meeting</press-figure
      >`,
    );
    expect(node).to.deep.include({ name: 'Officers', description: `A meeting ${credit}` });
  });

  it('slotted <picture> without alt, caption attribute: the caption names it', async () => {
    const picture = document.createElement('picture');
    picture.slot = 'media';
    picture.append(Object.assign(new Image(), { src: `${image}?ax-picture` }));
    const [node] = await render(
      html`<press-figure caption="Flooded street">${picture}</press-figure>`,
    );
    expect(node!.name).to.equal('Flooded street');
  });

  it('decorative image: not in the tree at all', async () => {
    const nodes = await render(
      html`<press-figure src=${image} decorative>A caption that still shows</press-figure>`,
    );
    expect(nodes).to.have.length(0);
  });
});
