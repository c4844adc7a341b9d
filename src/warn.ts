/** One clear console warning per distinct problem, however often an element re-renders. */

const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`press-elements: ${message}`);
}
