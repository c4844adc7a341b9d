/** Helpers for the toolbar, preferences, contrast and reading specs. */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import { settle } from './helpers.js';

export type MediaFeature = { name: 'forced-colors' | 'prefers-contrast'; value: string };

let emulating = false;

/** Emulates media features (Chromium, through CDP); an empty list ends the emulation. */
export async function emulateMediaFeatures(features: MediaFeature[]): Promise<void> {
  // Ending an emulation that never began needs no browser support.
  if (!features.length && !emulating) return;
  const done = await executeServerCommand('emulate-media-features', features);
  if (!done) throw new Error('This browser cannot emulate media features (Chromium only).');
  emulating = features.length > 0;
}

/** The sRGB channels (0–255) of any CSS colour, as the browser itself resolves it. */
export function channels(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 relative luminance of 8-bit sRGB channels. */
export function luminanceOf([red, green, blue]: ArrayLike<number> & Iterable<number>): number {
  const [r, g, b] = [red!, green!, blue!].map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two relative luminances. */
export function luminanceContrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG 2 contrast ratio of two CSS colours. */
export function contrastRatio(a: string, b: string): number {
  return luminanceContrast(luminanceOf(channels(a)), luminanceOf(channels(b)));
}

/** The toolbar's controls, in order (not the compact form's button that opens them). */
export function toolbarButtons(toolbar: PressA11yToolbar): HTMLButtonElement[] {
  return Array.from(toolbar.shadowRoot!.querySelectorAll('[part~="button"]'));
}

/** The toolbar's button for `action` (its `button-<action>` part). */
export function toolbarButton(toolbar: PressA11yToolbar, action: string): HTMLButtonElement {
  return toolbar.shadowRoot!.querySelector(`[part~="button-${action}"]`)!;
}

/** A Vietnamese article with its toolbar and a paragraph holding a link, rendered. */
export async function contrastArticle(): Promise<PressArticle> {
  const el = await fixture<PressArticle>(
    html`<press-article lang="vi">
      <press-a11y-toolbar></press-a11y-toolbar>
      <p>Nội dung <a href="#x">liên kết</a></p>
    </press-article>`,
  );
  await settle(el);
  return el;
}

/** The toolbar's note (why contrast is inactive, or that the system decides), if it shows one. */
export function noteText(toolbar: PressA11yToolbar): string | undefined {
  return toolbar.shadowRoot!.querySelector('[part="note"]')?.textContent.trim();
}

/** What the toolbar's live region says. */
export function statusText(toolbar: PressA11yToolbar): string {
  return toolbar.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
}

/**
 * A same-origin frame holding `body`, with the library registered (unless `define` is false):
 * a second document of the site, with its own module instances, store and storage listener.
 */
export async function openFrame(
  body: string,
  { head = '', define = true, sandbox }: { head?: string; define?: boolean; sandbox?: string } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.sandbox.value = sandbox;
  const script = define
    ? `<script type="module">import '/src/components/article/define.ts';` +
      `import '/src/components/a11y-toolbar/define.ts';</script>`
    : '';
  frame.srcdoc = `<!doctype html><html><head>${head}${script}</head><body>${body}</body></html>`;
  frame.style.inlineSize = '40rem';
  frame.style.blockSize = '20rem';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  if (define && sandbox === undefined) await frameReady(frame);
  return frame;
}

/**
 * A document 320 CSS px wide, as a frame of that width: every engine can make one (resizing the
 * page's own viewport takes a launcher command that WebDriver lacks). The seed article is rendered
 * into the frame's document, where the frame's own registry defines the elements.
 */
export async function narrowDocument(): Promise<HTMLIFrameElement> {
  const frame = await openFrame('', {
    define: false,
    head: `<script type="module">import '/src/define.ts';</script>`,
  });
  Object.assign(frame.style, { inlineSize: '320px', blockSize: '640px', border: '0' });
  const tags = ['press-article', 'press-header', 'press-figure', 'press-byline'];
  await Promise.all(tags.map((tag) => frame.contentWindow!.customElements.whenDefined(tag)));
  return frame;
}

/**
 * The frames a test opens, removed after it: `open` is `openFrame` remembering its frame, `keep`
 * remembers one opened otherwise; pass `removeAll` to `afterEach`.
 */
export function frameList() {
  const frames: HTMLIFrameElement[] = [];
  const keep = (frame: HTMLIFrameElement) => {
    frames.push(frame);
    return frame;
  };
  return {
    open: async (...args: Parameters<typeof openFrame>) => keep(await openFrame(...args)),
    keep,
    removeAll: () => frames.splice(0).forEach((frame) => frame.remove()),
  };
}

/** Waits until the frame's elements are defined and rendered. */
export async function frameReady(frame: HTMLIFrameElement): Promise<void> {
  const view = frame.contentWindow!;
  const elements = Array.from(
    frame.contentDocument!.querySelectorAll('press-article, press-a11y-toolbar'),
  );
  await Promise.all(elements.map((el) => view.customElements.whenDefined(el.localName)));
  await Promise.all(
    elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
}

/** Reloads the frame for real (a new document and new module instances) and waits for it. */
export async function reloadFrame(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  await frameReady(frame);
}

/** Resolves when `test()` holds, checking once per frame; fails after `frames` frames. */
export async function until(test: () => boolean, frames = 120): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (test()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`Condition never held: ${test.toString()}`);
}
