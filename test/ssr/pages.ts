/**
 * Helpers of the page-level server-rendering specs: a server-rendered page (test/server/ssr-pages.mjs)
 * opened in a frame of the test page, with JavaScript or without (a sandbox that allows no script;
 * the same origin lets the spec read its DOM and computed styles), and what the browser reports.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { flatText } from '../helpers.js';

export const TAGS = [
  'press-article',
  'press-a11y-toolbar',
  'press-header',
  'press-figure',
  'press-byline',
] as const;

export type FrameWindow = Window &
  typeof globalThis & {
    serverNodes?: (Element | null)[];
    observeCalls?: number;
    changes?: { fontScale?: number; contrast?: string }[];
    violations?: { directive: string; blocked: string }[];
  };

/** A press element as the specs use it, whatever it is. */
export type Press = HTMLElement & {
  updateComplete: Promise<boolean>;
  structuredDataComplete?: Promise<void>;
  fontScale?: number;
  setPreferences?(preferences: { fontScale?: number }): void;
};

export interface ServedArticle<Data = Record<string, unknown>> {
  /** The server's markup of the article. */
  html: string;
  /** The article data it was rendered from. */
  article: Data;
}

/**
 * Renders `article` (article data, or `'seed'`) in node and serves its pages under
 * `/ssr-pages/<name>/`: ssr, client, ssr-cdn, ssr-lit-first, ssr-kept, ssr-hydrate-late, ssr-csp,
 * ssr-cdn-hydrate-csp, client-csp and ssr-csp-hashes (`.html`).
 */
export function servePages<Data>(name: string, article: unknown): Promise<ServedArticle<Data>> {
  return executeServerCommand<ServedArticle<Data>, unknown>('press-ssr-page', { name, article });
}

/** A worker task of test/server/ssr-render-worker.mjs, in node. */
export function renderInNode<T>(task: string, payload: unknown): Promise<T> {
  return executeServerCommand<T, unknown>('press-ssr-render', { task, payload });
}

/** Starts keeping what the browser reports (see `press-problems`); `problems` reads it so far. */
export async function recordProblems(): Promise<void> {
  await executeServerCommand('press-problems', 'start');
}
export const problems = () => executeServerCommand<string[], string>('press-problems', 'read');
export const stopProblems = () => executeServerCommand<string[], string>('press-problems', 'stop');

/** The page and its frames in `zone` (`null`: the machine's again). */
export async function emulateTimezone(zone: string | null): Promise<void> {
  if (!(await executeServerCommand('press-timezone', zone)))
    throw new Error('press-timezone is not available');
}

/**
 * Lit's notice that it runs in development mode, and the library's own advice on the content (the
 * seed's photos have no alt text), are expected here; nothing else is. Nor is a sandbox notice,
 * which only a frame without JavaScript logs: one an earlier spec opened may log it late.
 */
export const realProblems = (list: string[]) =>
  withoutSandboxNotices(list).filter(
    (text) => !text.includes('Lit is in dev mode') && !text.startsWith('warn: press-elements: '),
  );

/**
 * What Chromium logs for each script of a frame whose sandbox allows none: how JavaScript is off
 * here (a page with JavaScript disabled logs nothing of the kind).
 */
export const withoutSandboxNotices = (list: string[]) =>
  list.filter(
    (text) =>
      !/^error: Blocked script execution in '[^']*' because the document's frame is sandboxed and the 'allow-scripts' permission is not set\.$/.test(
        text,
      ),
  );

/**
 * Opens `path` in a frame of the reader's size (800 × 600, puppeteer's default page) and waits
 * for its load. `scripts: false` sandboxes it with no script allowed: JavaScript is off.
 */
export async function openFrame(
  path: string,
  { scripts = true }: { scripts?: boolean } = {},
): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, doc: win.document };
}

/** Waits in `win` until every press element is defined and settled (three rounds of updates). */
export async function settleElements(win: FrameWindow): Promise<void> {
  await Promise.all(TAGS.map((name) => win.customElements.whenDefined(name)));
  for (let round = 0; round < 3; round++)
    await Promise.all(
      [...win.document.querySelectorAll<Press>(TAGS.join(','))].map((el) => el.updateComplete),
    );
}

/** Opens `path` with JavaScript, every press element settled. */
export async function openSettled(path: string) {
  const opened = await openFrame(path);
  await settleElements(opened.win);
  return opened;
}

/** `flatText` of the first element `selector` finds in `doc` ('' when none). */
export function flatTextIn(doc: Document, selector: string): string {
  const root = doc.querySelector(selector);
  return root ? flatText(root) : '';
}

/** How many `[part="base"]` each press element's shadow root holds. */
export const baseCounts = (doc: Document) =>
  [...doc.querySelectorAll(TAGS.join(','))].map(
    (el) => el.shadowRoot!.querySelectorAll('[part="base"]').length,
  );

/** The article's JSON-LD, parsed from the server's markup. */
export function serverJsonLd(html: string) {
  return JSON.parse(
    /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!,
  ) as {
    '@type': string;
    headline: string;
    author: { name: string; jobTitle?: string }[];
    image: { caption: string }[];
  };
}

/**
 * Each press element of the (hydrated) article in `win` beside a fresh twin rendered in the
 * browser alone from the same light DOM: what a reader meets in it (flat text, slotted content in
 * place) and the ARIA, style and tabindex attributes of its shadow root.
 */
export async function hydratedAndFresh(win: FrameWindow) {
  const doc = win.document;
  const flat = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof win.Element) || node instanceof win.HTMLStyleElement) return '';
    if ((node as HTMLElement).hidden) return '';
    if (node instanceof win.HTMLSlotElement) {
      const assigned = node.assignedNodes();
      return (assigned.length ? assigned : [...node.childNodes]).map(flat).join('');
    }
    return [...(node.shadowRoot ?? node).childNodes].map(flat).join('');
  };
  const summary = (el: Element) => {
    const attributes = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes]
        .filter((a) => /^(aria-|style$|tabindex$)/.test(a.name))
        .map((a) => `${node.localName}[${a.name}=${a.value.replace(/\s+/g, '')}]`),
    );
    const text = flat(el).replace(/\s+/g, ' ').trim();
    // Several authors are joined by manual slot assignment in a client-only byline, which a
    // declarative shadow root cannot express; the server's light DOM carries the separators
    // instead, so the byline's attributes differ by design while what it says does not.
    return el.localName === 'press-byline' ? [text] : [text, ...attributes];
  };
  const hydrated = doc.querySelector('press-article')!;
  const fresh = doc.createElement('div');
  fresh.innerHTML = hydrated.outerHTML.replace(/ id="[^"]*"/, ' id="fresh"');
  doc.body.append(fresh);
  const list = (root: Element) => [root, ...root.querySelectorAll(TAGS.join(','))] as Press[];
  const twins = list(fresh.firstElementChild!);
  for (let round = 0; round < 3; round++) await Promise.all(twins.map((el) => el.updateComplete));
  const pairs = list(hydrated).map((el, i) => ({
    tag: el.localName,
    hydrated: summary(el),
    fresh: summary(twins[i]!),
  }));
  fresh.remove();
  return pairs;
}
