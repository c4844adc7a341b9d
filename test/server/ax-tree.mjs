/**
 * Test-runner command `press-ax-tree`: the browser's computed accessibility tree, read through
 * CDP `Accessibility.getFullAXTree` (Chromium only; other browsers answer null). Each node comes
 * back as `{ role, name, description }`, ignored nodes left out, so a test can check what a
 * screen reader is given for an image: its name and its description.
 */
const sessions = new WeakMap();

export function axTreePlugin() {
  return {
    name: 'press-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'press-ax-tree') return undefined;
      try {
        const page = session.browser.getPage(session.id);
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const { nodes } = await sessions.get(page).send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            description: node.description?.value ?? '',
          }));
      } catch {
        return null;
      }
    },
  };
}
