/** Writes one measured section of docs/performance.md, between its `<!-- name:start/end -->` marks. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { root } from './pages.mjs';

export async function writeReportSection(name, text) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const target = join(root, 'docs', 'performance.md');
  const current = readFileSync(target, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${target} has no ${start} … ${end} section`);
  const next = `${current.slice(0, from + start.length)}\n\n${text}\n\n${current.slice(to)}`;
  const config = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(target, await prettier.format(next, { ...config, filepath: target }));
  console.log('Wrote docs/performance.md.');
}
