/**
 * Rules that must live in a tree of their own rather than in an element's shadow styles: light-DOM
 * rules for slotted and portal markup, and `::highlight()` rules, which only apply in the tree of
 * their range.
 */
import { isServer } from 'lit';

const adopted = new Map<string, WeakSet<Document | ShadowRoot>>();

/**
 * Adds `css` to the tree `root` (a document or a shadow root), once per tree. The sheet comes from
 * the tree's own window: a frame's document takes no sheet made by another. Nothing on the server.
 */
export function adoptStyles(root: Document | ShadowRoot, css: string): void {
  if (isServer) return;
  let trees = adopted.get(css);
  if (!trees) adopted.set(css, (trees = new WeakSet()));
  const view = (root.ownerDocument ?? root).defaultView;
  if (trees.has(root) || !view) return;
  trees.add(root);
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const growing = new WeakMap<Document | ShadowRoot, { sheet: CSSStyleSheet; rules: Set<string> }>();

/**
 * Adds one rule to a sheet of the tree `root` that grows as rules are needed (one per measured
 * size or ratio, say); each rule text is added once.
 */
export function addRule(root: Document | ShadowRoot, rule: string): void {
  let entry = growing.get(root);
  if (!entry) {
    const view = (root.ownerDocument ?? root).defaultView!;
    entry = { sheet: new view.CSSStyleSheet(), rules: new Set() };
    growing.set(root, entry);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, entry.sheet];
  }
  if (entry.rules.has(rule)) return;
  entry.rules.add(rule);
  entry.sheet.insertRule(rule, entry.sheet.cssRules.length);
}
