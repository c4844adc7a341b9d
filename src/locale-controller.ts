/**
 * Gives a Lit host the language and direction it is in, and follows them when a `lang` or `dir`
 * changes at run time anywhere above it.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { canonicalLang, resolveDir, resolveLang } from './language.js';
import { rendersAsServer } from './server-parity.js';

// One observer for the whole page: a `lang`/`dir` change in the document, or in any shadow root
// that holds a host (a document-wide observer does not see into shadow roots), re-resolves them.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();

function observe(node: Node) {
  if (observed.has(node)) return;
  observed.add(node);
  observer?.observe(node, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

function watch(controller: LocaleController) {
  hosts.add(controller);
  observer ??= new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observe(document.documentElement);
  for (let root = controller.host.getRootNode(); root instanceof ShadowRoot;) {
    observe(root);
    root = root.host.getRootNode();
  }
}

function unwatch(controller: LocaleController) {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}

/**
 * Gives a Lit host its resolved `lang` and `dir`, and requests an update when either changes at
 * run time. On the server there is no tree to walk: the host's own `lang` and `dir`, else `en`
 * and `ltr`, are used.
 */
export class LocaleController implements ReactiveController {
  private resolved?: { lang: string; dir: 'ltr' | 'rtl' };

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get lang(): string {
    // While hydrating, what the server saw: the host's own attribute (see server-parity.ts).
    const resolved = rendersAsServer() ? undefined : this.resolved;
    return resolved?.lang ?? canonicalLang(this.host.getAttribute('lang')) ?? 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    const resolved = rendersAsServer() ? undefined : this.resolved;
    return resolved?.dir ?? (this.host.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
  }

  hostConnected(): void {
    if (isServer) return;
    this.refresh();
    watch(this);
  }

  hostDisconnected(): void {
    if (!isServer) unwatch(this);
  }

  /** Re-reads the tree; requests an update only when something changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    const dir = resolveDir(this.host);
    if (lang === this.resolved?.lang && dir === this.resolved.dir) return;
    this.resolved = { lang, dir };
    this.host.requestUpdate();
  }
}
