/**
 * Size budgets of press-elements, measured on the build (`npm run build` first: dist/ and cdn/).
 *
 *   node bench/size.mjs            prints the table
 *   node bench/size.mjs --check    also fails when an enforced budget is exceeded (ci:size)
 *   node bench/size.mjs --write    also writes docs/size.md, with what each part costs up
 *                                  front (rebuilt once per part left out: about half a minute)
 *
 * Every figure goes through the CDN build's own pipeline (rollup.config.mjs: minified HTML and CSS
 * literals, terser) and is compressed with gzip -9 (budgets) and brotli -q 11. An element's "own
 * code" is its folder under src/components/ (class, styles, events, define), with Lit and
 * the shared modules of src/ kept external: those are counted once, in their own rows. A kilobyte
 * is 1,000 bytes, as in size-limit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { rollup } from 'rollup';
import {
  CDN_ENTRY,
  CDN_HYDRATE_ENTRY,
  CDN_SINGLE_FILE,
  productionPlugins,
} from '../rollup.config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : resolve(args[index + 1]);
};
const dist = option('--dist', join(root, 'dist'));
const cdn = option('--cdn', join(root, CDN_ENTRY));
const inCdn = (path) => join(dirname(cdn), path.replace(/^cdn\//, ''));
const singleFile = inCdn(CDN_SINGLE_FILE);
const hydrateEntry = inCdn(CDN_HYDRATE_ENTRY);

const KB = 1000;
/** Gzip budgets in bytes. `enforce: false` only reports, for a budget not met yet (see docs). */
const BUDGETS = {
  element: { limit: 2 * KB, enforce: true },
  'a11y-toolbar': { limit: 4 * KB, enforce: true },
  // The article cuts a long body into chunks that skip style and layout out of view
  // (content-chunks.ts, about 500 B): it takes a text-size step on a 20,000-word CMS body from
  // 28 ms to about 9 (docs/performance.md), and must be there for the first render.
  article: { limit: 2.5 * KB, enforce: true },
  // What a page loads before the elements can render: the CDN entry and what it imports.
  // The goal of issue 17, not met yet (docs/size.md says by how much).
  upFront: { limit: 12 * KB, enforce: false },
  // Everything loaded on demand, and each chunk of it.
  onDemand: { limit: 10 * KB, enforce: true },
  chunk: { limit: 3 * KB, enforce: true },
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (code) => ({ raw: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) });
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/** One minified ES module from `input`, keeping external whatever `external` says. */
async function bundle(input, external) {
  const build = await rollup({
    input,
    external,
    preserveEntrySignatures: 'allow-extension',
    plugins: productionPlugins(),
    onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const [entry, ...chunks] = output.filter((file) => file.type === 'chunk');
  const modules = output.flatMap((file) =>
    file.type === 'chunk' ? Object.keys(file.modules) : [],
  );
  // Code the element imports lazily (e.g. only when a feature is used) is reported on its own.
  return { code: entry.code, modules, lazy: chunks.reduce((sum, c) => sum + gzip(c.code), 0) };
}

/** The element's own folder bundled alone: everything outside it stays an import. */
function ownCode(name) {
  const folder = join(dist, 'components', name) + '/';
  return bundle(join(folder, 'define.js'), (id, importer) => {
    if (!importer) return false;
    const path = id.startsWith('.') ? resolve(dirname(importer), id) : id;
    return !path.startsWith(folder);
  });
}

/** The element with the shared modules it needs: what a page loading only it pays beyond Lit. */
function withShared(name) {
  return bundle(join(dist, 'components', name, 'define.js'), isLit);
}

/** The shared modules of src/ that the elements import (i18n, tokens, preferences…). */
function sharedCode(modules) {
  const source = [...modules].map((id, i) => `export * as m${i} from ${JSON.stringify(id)};`);
  return bundleVirtual('\0shared', source.join('\n'), isLit);
}

/** Lit as the elements use it: every module of Lit that dist/ imports, whole. */
function litCode() {
  const imported = new Set();
  const files = readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    for (const [, id] of readFileSync(join(dist, file), 'utf8').matchAll(/from '(lit[^']*)'/g)) {
      imported.add(id);
    }
  }
  const source = [...imported].map((id, i) => `export * as m${i} from '${id}';`).join('\n');
  return bundleVirtual('\0lit', source);
}

async function bundleVirtual(id, source, external) {
  const build = await rollup({
    input: id,
    external,
    plugins: [
      {
        name: 'virtual',
        resolveId: (x) => (x === id ? x : null),
        load: (x) => (x === id ? source : null),
      },
      ...productionPlugins(),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/**
 * Rollup plugin: every module in `ids` replaced by one that exports the same names bound to
 * nothing, as if its code were loaded from elsewhere. Only for measuring: the bundle never runs.
 */
function leaveOut(ids) {
  return {
    name: 'leave-out',
    load(id) {
      if (!ids.has(id)) return null;
      const names = this.parse(readFileSync(id, 'utf8')).body.flatMap((node) => {
        if (node.type !== 'ExportNamedDeclaration') return [];
        if (!node.declaration) return node.specifiers.map((specifier) => specifier.exported.name);
        return (node.declaration.declarations ?? [node.declaration]).map((d) => d.id.name);
      });
      return names.map((name) => `export const ${name} = undefined;`).join('\n');
    },
  };
}

/** Gzip bytes of the CDN entry (what loads up front) built with the dist/ modules `paths` left out. */
async function cdnWithout(paths) {
  const build = await rollup({
    input: join(dist, 'define.js'),
    preserveEntrySignatures: 'allow-extension',
    plugins: [leaveOut(new Set(paths)), ...productionPlugins()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return gzip(output[0].code);
}

/** Features issue 17 wants loaded on demand that the entry still loads up front. */
const ON_DEMAND = {
  'reading time': 'reading-time.js',
  'text spacing': 'text-spacing.js',
};

/**
 * What a CDN entry loads: the entry with the chunks it imports statically (up front), and the
 * chunks that only `import()` reaches from them (on demand), each with its gzip size.
 */
function cdnFiles(entry) {
  const folder = dirname(cdn);
  const read = (file) => readFileSync(join(folder, file), 'utf8');
  const STATIC =
    /(?:^|[;}\s])(?:import|export)[^'"()]*?from\s*["']([^"']+)["']|(?:^|[;}\s])import\s*["']([^"']+)["']/g;
  const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
  const resolved = (from, spec) => join(dirname(from), spec).replace(/^\.\//, '');
  const upFront = new Set();
  const onDemand = new Set();
  const visit = (file, set) => {
    if (upFront.has(file) || set.has(file)) return;
    set.add(file);
    const code = read(file);
    for (const [, a, b] of code.matchAll(STATIC)) visit(resolved(file, a ?? b), set);
    for (const [, spec] of code.matchAll(DYNAMIC)) visit(resolved(file, spec), onDemand);
  };
  visit(relative(folder, entry), upFront);
  const withSize = (file) => ({ file, gzip: gzip(read(file)) });
  return {
    upFront: [...upFront].map(withSize),
    onDemand: [...onDemand].filter((file) => !upFront.has(file)).map(withSize),
  };
}

/**
 * What each part costs the CDN bundle: its gzip size with that part left out, for each shared
 * module and each element's folder, and with every on-demand feature left out at once.
 */
async function leaveOneOut(bundleModules, elements, fullSize) {
  const rows = [];
  const row = async (label, paths) => {
    const without = await cdnWithout(paths);
    rows.push({ label, without, saves: fullSize - without });
  };
  const shared = bundleModules.filter(
    (id) => id.startsWith(`${dist}/`) && !id.startsWith(join(dist, 'components') + '/'),
  );
  for (const id of shared) {
    if (id.endsWith('/define.js') || id.endsWith('/index.js')) continue;
    await row(`\`src/${relative(dist, id).replace(/\.js$/, '.ts')}\``, [id]);
  }
  for (const name of elements) {
    const folder = join(dist, 'components', name);
    const files = bundleModules.filter(
      (id) => id.startsWith(`${folder}/`) && !id.endsWith('/define.js'),
    );
    await row(`\`<press-${name}>\` (its folder)`, files);
  }
  rows.sort((a, b) => b.saves - a.saves);
  const onDemand = Object.values(ON_DEMAND).map((path) => join(dist, path));
  const features = Object.keys(ON_DEMAND).join(', ');
  await row(`**every on-demand feature** (${features})`, onDemand);
  const dates = ['date-format.js', 'date-time-controller.js', 'refresh-clock.js'];
  await row('… and date formatting as well', [
    ...onDemand,
    ...dates.map((file) => join(dist, file)),
  ]);
  return rows;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Minified bytes of the CDN bundle per source module, read off its source map. */
function attribute(code, map) {
  const bytes = new Map();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments = mappings
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) source += sourceDelta;
        return { column, source: sourceDelta === undefined ? undefined : source };
      });
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      const name = segment.source === undefined ? '(unmapped)' : map.sources[segment.source];
      const length = Buffer.byteLength(line.slice(segment.column, end));
      bytes.set(name, (bytes.get(name) ?? 0) + length);
    });
  });
  return bytes;
}

function group(source) {
  const path = source.replace(/\\/g, '/');
  const lit = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (lit) return { group: 'Lit', module: `${lit[1]}/${lit[2]}` };
  const ours = path.match(/(?:src|dist)\/(.*)\.(?:ts|js)$/);
  if (!ours) return { group: 'other', module: path };
  const component = ours[1].match(/^components\/([^/]+)\//);
  return { group: component ? component[1] : 'shared', module: `src/${ours[1]}.ts` };
}

const format = (bytes) => bytes.toLocaleString('en-US');
const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

async function main() {
  // Every component folder of the build, so a new element gets its budget without a change here.
  const elements = existsSync(join(dist, 'components'))
    ? readdirSync(join(dist, 'components')).filter((name) =>
        existsSync(join(dist, 'components', name, 'define.js')),
      )
    : [];
  for (const path of [join(dist, 'define.js'), cdn, singleFile, hydrateEntry]) {
    if (!existsSync(path)) {
      console.error(`Missing ${relative(root, path)}: run \`npm run build\` first.`);
      process.exit(2);
    }
  }

  const rows = [];
  const sharedModules = new Set();
  for (const name of elements) {
    const budget = BUDGETS[name] ?? BUDGETS.element;
    const ownBundle = await ownCode(name);
    const own = { ...sizes(ownBundle.code), lazy: ownBundle.lazy };
    const alone = await withShared(name);
    for (const id of alone.modules) {
      if (!id.includes(`${join(dist, 'components')}/`)) sharedModules.add(id);
    }
    rows.push({ name: `press-${name}`, own, alone: sizes(alone.code), budget });
  }
  const shared = sizes(await sharedCode(sharedModules));
  const lit = sizes(await litCode());
  const singleCode = readFileSync(singleFile, 'utf8');
  const total = sizes(singleCode);
  const files = cdnFiles(cdn);
  const hydrateFiles = cdnFiles(hydrateEntry);
  const sum = (list) => list.reduce((bytes, file) => bytes + file.gzip, 0);
  const upFront = sum(files.upFront);
  const onDemand = sum(files.onDemand);
  const largest = files.onDemand.reduce((a, b) => (b.gzip > (a?.gzip ?? 0) ? b : a), undefined);

  const failures = [];
  const verdict = (size, budget) => {
    const over = size > budget.limit;
    if (over && budget.enforce) failures.push(budget);
    return over ? (budget.enforce ? 'over budget' : 'over (not enforced yet)') : 'within';
  };

  const lines = [];
  lines.push(
    '| Element | own code gzip | budget | brotli | raw | loaded lazily, gzip | alone with shared modules, gzip | status |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    lines.push(
      `| \`<${row.name}>\` | ${format(row.own.gzip)} | ${format(row.budget.limit)} | ${format(row.own.brotli)} | ${format(row.own.raw)} | ${row.own.lazy ? format(row.own.lazy) : ''} | ${format(row.alone.gzip)} | ${verdict(row.own.gzip, row.budget)} |`,
    );
  }
  lines.push(
    `| shared modules of src/ | ${format(shared.gzip)} | | ${format(shared.brotli)} | ${format(shared.raw)} | | | |`,
  );
  lines.push(
    `| Lit, as the elements use it | ${format(lit.gzip)} | | ${format(lit.brotli)} | ${format(lit.raw)} | | | |`,
  );
  const table = lines.join('\n');

  const cdnLines = [
    '| CDN folder `cdn/` | gzip | budget | status |',
    '| --- | ---: | ---: | --- |',
    `| **Up front**: \`${relative(root, cdn)}\` and what it imports (Lit included) | **${format(upFront)}** | ${format(BUDGETS.upFront.limit)} | ${verdict(upFront, BUDGETS.upFront)} |`,
    `| On demand: ${files.onDemand.length} chunks in \`cdn/chunks/\`, in all | ${format(onDemand)} | ${format(BUDGETS.onDemand.limit)} | ${verdict(onDemand, BUDGETS.onDemand)} |`,
    ...files.onDemand
      .sort((a, b) => b.gzip - a.gzip)
      .map(
        (chunk) =>
          `| \`${chunk.file.replace(/-[\w-]{8}\.js$/, '-[hash].js')}\` | ${format(chunk.gzip)} | ${format(BUDGETS.chunk.limit)} | ${verdict(chunk.gzip, BUDGETS.chunk)} |`,
      ),
    `| Single file \`${relative(root, singleFile)}\` (everything, no budget) | ${format(total.gzip)} | | |`,
    `| For server-rendered pages: \`${relative(root, hydrateEntry)}\` and what it imports, up front | ${format(sum(hydrateFiles.upFront))} | | |`,
    `| … its on-demand chunks (the same features, importing from it), in all | ${format(sum(hydrateFiles.onDemand))} | | |`,
  ];
  const cdnTable = cdnLines.join('\n');

  // Where the CDN bundle's minified bytes come from.
  const map = JSON.parse(readFileSync(`${singleFile}.map`, 'utf8'));
  const attributed = attribute(singleCode, map);
  const groups = new Map();
  const modules = [];
  for (const [source, bytes] of attributed) {
    const { group: name, module } = group(source);
    groups.set(name, (groups.get(name) ?? 0) + bytes);
    modules.push({ module, bytes });
  }
  const share = (bytes) => `${((100 * bytes) / total.raw).toFixed(1)} %`;
  const where = ['| Part | minified bytes | share |', '| --- | ---: | ---: |'];
  for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    where.push(`| ${name} | ${format(bytes)} | ${share(bytes)} |`);
  }
  const top = ['| Module | minified bytes |', '| --- | ---: |'];
  for (const { module, bytes } of modules.sort((a, b) => b.bytes - a.bytes).slice(0, 20)) {
    top.push(`| \`${module}\` | ${format(bytes)} |`);
  }

  console.log(table);
  console.log(`\n${cdnTable}`);
  console.log(
    `\nUp front ${kb(upFront)} gzip (goal ${kb(BUDGETS.upFront.limit)}), on demand ${kb(onDemand)} in ${files.onDemand.length} chunks (largest ${largest ? kb(largest.gzip) : '0'}); single file ${kb(total.gzip)}.`,
  );

  if (args.includes('--write')) {
    let markdown = `# Sizes

Generated by \`npm run size\` (\`bench/size.mjs\`) from the build; do not edit by hand.
Budgets are enforced by \`npm run ci:size\` in CI, gzip -9, 1 kB = 1,000 bytes (as in size-limit).

Every figure goes through the CDN build's pipeline (\`rollup.config.mjs\`): Lit's production
build, HTML and CSS template literals minified, terser with two compress passes. "Own code" is
the element's folder under \`src/components/\` with Lit and the shared modules of \`src/\`
external (they are counted once, in their own rows); "alone with shared modules" is what a page
that loads only that element's \`/define\` entry pays on top of Lit. "Loaded lazily" is code an
element imports with \`import()\` only when a feature needs it, in chunks of its own (in npm
users' bundles as in the CDN folder); element budgets count what loads up front.

${table}

## The CDN folder

"Up front" is what a page loads before the elements can render: the entry module and every
chunk it imports statically. "On demand" is what only \`import()\` reaches, fetched the first
time a feature is used.

${cdnTable}

## Where the bytes go

Minified bytes per part of the single file (all the code), read off its source map (before
compression).

${where.join('\n')}

The twenty largest modules:

${top.join('\n')}
`;
    const target = join(root, 'docs', 'size.md');
    // Leave-one-out builds take a while: only for the written report.
    const bundleModules = map.sources.map((source) => resolve(dirname(cdn), source));
    const costs = await leaveOneOut(bundleModules, elements, await cdnWithout([]));
    const costTable = [
      '| Left out of the entry | entry gzip without it | saves |',
      '| --- | ---: | ---: |',
      ...costs.map((c) => `| ${c.label} | ${format(c.without)} | ${format(c.saves)} |`),
    ].join('\n');
    markdown += `
## What each part costs up front

The CDN entry rebuilt with one part left out (its exports bound to nothing), gzip. Parts compress
together, so their savings add up to less than the whole. The last two rows leave out at once the
features that issue 17 wants on demand but that still load up front, then the date formatting
too.

${costTable}
`;
    mkdirSync(dirname(target), { recursive: true });
    const config = (await prettier.resolveConfig(target)) ?? {};
    writeFileSync(target, await prettier.format(markdown, { ...config, filepath: target }));
    console.log(`Wrote ${relative(root, target)}.`);
  }

  if (args.includes('--check') && failures.length > 0) {
    console.error(`\n${failures.length} size budget(s) exceeded.`);
    process.exit(1);
  }
}

await main();
