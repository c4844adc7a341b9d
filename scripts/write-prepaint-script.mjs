/**
 * Writes dist/prepaint-script.js, the pre-paint script as a classic script file for
 * `<script src>` (export `press-elements/prepaint-script.js`), from the same text that
 * `press-elements/prepaint` exports as `prepaintScript` for an inline `<script nonce>`.
 * Run after tsc (part of `npm run build`).
 */
import { writeFileSync } from 'node:fs';

const { prepaintScript } = await import('../dist/prepaint.js');
const banner =
  '/* press-elements pre-paint: applies saved reading preferences before first paint. */';
writeFileSync(
  new URL('../dist/prepaint-script.js', import.meta.url),
  `${banner}\n${prepaintScript}\n`,
);
// A classic script exports nothing; its declaration says so to type checkers (and to attw).
writeFileSync(
  new URL('../dist/prepaint-script.d.ts', import.meta.url),
  '/** The pre-paint script: load it with <script src>; it exports nothing. */\nexport {};\n',
);
