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
  if (trees.has(root)) return;
  const sheet = newSheet(root);
  if (!sheet) return;
  trees.add(root);
  sheet.replaceSync(css);
}

/** A new sheet adopted by `root`, made by the tree's own window (none without a window). */
function newSheet(root: Document | ShadowRoot): CSSStyleSheet | undefined {
  const view = (root.ownerDocument ?? root).defaultView;
  if (!view) return undefined;
  const sheet = new view.CSSStyleSheet();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return sheet;
}

const growing = new WeakMap<Document | ShadowRoot, { sheet: CSSStyleSheet; rules: Set<string> }>();

/**
 * Adds one rule to a sheet of the tree `root` that grows as rules are needed (one per measured
 * size or ratio, say); each rule text is added once.
 */
export function addRule(root: Document | ShadowRoot, rule: string): void {
  let entry = growing.get(root);
  if (!entry) {
    const sheet = newSheet(root);
    if (!sheet) return;
    growing.set(root, (entry = { sheet, rules: new Set() }));
  }
  if (entry.rules.has(rule)) return;
  entry.rules.add(rule);
  entry.sheet.insertRule(rule, entry.sheet.cssRules.length);
}
