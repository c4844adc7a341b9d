import { expect } from '@open-wc/testing';
import { layoutAcrossUpgrade, moves } from './before-upgrade-helpers.js';

describe('before the elements are defined, default theme, 360 px wide', () => {
  // How many rows the toolbar's controls wrap into depends on their labels, known only once it
  // renders: below it the article may move down as a whole, but no line of it reflows.
  it('the seed article reflows nothing on upgrade; it may only move down as a whole', async () => {
    const { undefinedBefore, before, after } = await layoutAcrossUpgrade(360);
    expect(undefinedBefore).to.be.true;
    expect(after.map((block) => block.name)).to.deep.equal(before.map((block) => block.name));
    const moved = moves(before, after, true);
    expect(moved, moved.join('\n')).to.deep.equal([]);
    expect(after[0]!.top).to.be.at.least(before[0]!.top - 1);
  });
});
