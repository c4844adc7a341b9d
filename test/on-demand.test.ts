/**
 * Code loaded on demand (src/on-demand.ts): a chunk that cannot be fetched costs its feature only,
 * with one warning that names it, no uncaught rejection, and another try on the next use.
 */
import { expect } from '@open-wc/testing';
import { onDemand } from '../src/on-demand.js';
import { captureWarnings } from './helpers.js';

const uncaught: string[] = [];
window.addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

describe('code loaded on demand', () => {
  it('loads a module once, however often the feature asks for it', async () => {
    let loads = 0;
    const load = onDemand(() => {
      loads++;
      return import('../src/speech-voice.js');
    });
    const [first, second] = await Promise.all([load(), load()]);
    expect(first?.voiceFor).to.be.a('function');
    expect(second).to.equal(first);
    expect(await load()).to.equal(first);
    expect(loads).to.equal(1);
  });

  it('resolves nothing for a missing chunk, warns once, and tries again next time', async () => {
    let loads = 0;
    // A real request that fails (nothing listens on port 9), as when a host serves the entry
    // without its chunks folder.
    const missing = 'http://127.0.0.1:9/chunks/missing.js';
    const load = onDemand(() => {
      loads++;
      return import(/* @vite-ignore */ missing);
    });
    const warnings = await captureWarnings(async () => {
      expect(await load()).to.be.undefined;
      expect(await load()).to.be.undefined;
    });
    expect(loads, 'each use tries again').to.equal(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('press-elements:').and.contain('cdn/');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught).to.deep.equal([]);
  });
});
