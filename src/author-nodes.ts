/** Which of a byline's child nodes are its authors: read by the byline and its structured data. */

/**
 * A byline's authors: its unslotted child elements, one per author; the text between them is the
 * portal's own separators (", ", " và ") for readers without JavaScript. With no elements, each
 * piece of text is one author.
 */
export function authorNodes(byline: Element): (Element | Text)[] {
  const elements = Array.from(byline.children).filter((el) => !el.hasAttribute('slot'));
  if (elements.length) return elements;
  return Array.from(byline.childNodes).filter(
    (node): node is Text => node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim()),
  );
}
