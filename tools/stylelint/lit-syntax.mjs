/**
 * postcss-lit, strict: a `css` literal that does not parse is a syntax error. postcss-lit itself
 * skips such a template with a console message, so a broken rule (a stray `; }`) would pass the
 * lint as if the template held no CSS at all.
 */
import postcssLit from 'postcss-lit';
import postcss from 'postcss';

function parse(source, options) {
  const skipped = [];
  const warn = console.warn;
  console.warn = (...args) => (args[0] === '[postcss-lit]' ? skipped.push(args) : warn(...args));
  let document;
  try {
    document = postcssLit.parse(source, options);
  } finally {
    console.warn = warn;
  }
  if (skipped.length) {
    // "Skipping template (<file>:<line>) as it included either invalid syntax…"
    const line = Number(/:(\d+)\)/.exec(String(skipped[0][1]))?.[1] ?? 1);
    throw new postcss.CssSyntaxError(
      'A css literal does not parse (an unclosed or stray brace, quote or comment?)',
      line,
      1,
      source,
      options?.from,
    );
  }
  return document;
}

export default { parse, stringify: postcssLit.stringify };
