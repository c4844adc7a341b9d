/**
 * Cumulative layout shift, measured the way browsers report it (PerformanceObserver, entry type
 * `layout-shift`, Chromium only) while the test server holds the image back and then lets it go.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/figure/define.js';
import type { PressFigure } from '../src/index.js';
import { frames, heldImage, loaded } from './figure-helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Records layout shifts from now on; `stop()` gives them back. */
function recordShifts() {
  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (!entry.hadRecentInput) shifts.push(entry);
    }
  });
  observer.observe({ type: 'layout-shift' });
  return {
    stop: async () => {
      await frames(3);
      shifts.push(...(observer.takeRecords() as LayoutShift[]));
      observer.disconnect();
      return shifts;
    },
  };
}

const cls = (shifts: LayoutShift[]) => shifts.reduce((sum, shift) => sum + shift.value, 0);

/** A column with the figure (or a control) above a paragraph, then the image let through. */
async function measure(render: (url: string) => ReturnType<typeof html>, path: string) {
  const held = heldImage(path);
  // Whatever the previous test left behind settles first; from here on, every shift counts: the
  // element's upgrade and first render as much as the image's arrival.
  await frames(3);
  const recorder = recordShifts();
  const el = await fixture<HTMLElement>(
    html`<div style="inline-size: 320px">
      ${render(held.url)}
      <p>Người đọc đang đọc đoạn văn này khi ảnh đến.</p>
    </div>`,
  );
  await frames(3);
  await held.release();
  const figure = el.querySelector<PressFigure>('press-figure');
  const img = el.querySelector('img') ?? figure!.shadowRoot!.querySelector('img')!;
  await loaded(img);
  return recorder.stop();
}

describe('press-figure layout shift', () => {
  it('the measurement sees the shift of a plain image without dimensions (control)', async () => {
    const shifts = await measure(
      (url) => html`<img src=${url} alt="Control" style="display: block; inline-size: 100%" />`,
      '/__test-image.svg?width=400&height=300',
    );
    expect(cls(shifts)).to.be.greaterThan(0);
  });

  it('is zero with width and height, however late the image', async () => {
    const shifts = await measure(
      (url) =>
        html`<press-figure src=${url} width="1200" height="800" alt="A meeting"></press-figure>`,
      '/fixtures/seed-article/images/meeting-1200.png',
    );
    expect(cls(shifts)).to.equal(0);
  });

  it('is zero for a slotted image with its own width and height', async () => {
    const shifts = await measure(
      (url) =>
        html`<press-figure
          ><img slot="media" src=${url} width="1200" height="800" alt="A meeting"
        /></press-figure>`,
      '/fixtures/seed-article/images/meeting-1200.png',
    );
    expect(cls(shifts)).to.equal(0);
  });

  it('without dimensions, shifts once at most (to the real ratio), never twice', async () => {
    const shifts = await measure(
      (url) => html`<press-figure src=${url} alt="A banner"></press-figure>`,
      '/__test-image.svg?width=400&height=100',
    );
    expect(shifts.length).to.be.at.most(1);
  });

  it('without dimensions, an image of the placeholder ratio does not shift at all', async () => {
    const shifts = await measure(
      (url) => html`<press-figure src=${url} alt="A meeting"></press-figure>`,
      '/fixtures/seed-article/images/meeting-1200.png',
    );
    expect(cls(shifts)).to.equal(0);
  });
});
