/** Creates, attaches and detaches elements many times: the work of a single-page app's router. */
import { contexts } from './manifest.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** A new element with the attributes and light DOM it is normally given. */
export function createElement(tag: string): Lit {
  const el = document.createElement(tag) as Lit;
  const context = contexts[tag];
  for (const [name, value] of Object.entries(context?.attributes ?? {}))
    el.setAttribute(name, value);
  if (context?.children) el.innerHTML = context.children;
  return el;
}

/**
 * `count` create, attach, render and detach cycles of `tag` inside `container`, `batch` elements
 * at a time. `keep` is called with every element once it is detached (e.g. to hold a WeakRef).
 */
export async function cycles(
  tag: string,
  container: Element,
  count: number,
  keep: (el: Element) => void = () => {},
  batch = 20,
): Promise<void> {
  for (let done = 0; done < count; done += batch) {
    const els = Array.from({ length: Math.min(batch, count - done) }, () => createElement(tag));
    container.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) {
      el.remove();
      keep(el);
    }
  }
}

/** A container with an article for toolbars to control; removed by the caller. */
export function arena(): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = '<press-article id="hostile-article"><p>Body.</p></press-article>';
  document.body.append(box);
  return box;
}

export function listenerCount(): { window: number; document: number } {
  const count = (
    globalThis as { __pressListenerCount?: () => { window: number; document: number } }
  ).__pressListenerCount;
  if (!count) throw new Error('test/setup/page-guards.js is not installed on this page.');
  return count();
}
