import { expect } from '@open-wc/testing';
import { layoutAcrossUpgrade, moves } from './before-upgrade-helpers.js';

describe('before the elements are defined, default theme, 1024 px wide', () => {
  it('the seed article is laid out as it will be once they are: no word moves', async () => {
    const { undefinedBefore, before, after } = await layoutAcrossUpgrade(1024);
    expect(undefinedBefore).to.be.true;
    expect(after.map((block) => block.name)).to.deep.equal(before.map((block) => block.name));
    expect(before.length).to.be.greaterThan(8);
    const moved = moves(before, after);
    expect(moved, moved.join('\n')).to.deep.equal([]);
  });
});
