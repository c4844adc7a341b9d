/**
 * Test-runner command `press-report`: a spec hands over the figures it measured (`{ name, data }`)
 * and they are written to `.tmp/reports/<name>.<browser>.json`, one file per browser, for the
 * scripts that turn them into docs (scripts/write-legacy-report.mjs). Nothing is asserted here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPORTS = join(process.cwd(), '.tmp', 'reports');

export function reportPlugin() {
  return {
    name: 'press-report',
    executeCommand({ command, payload, session }) {
      if (command !== 'press-report') return undefined;
      const { name, data } = payload;
      if (!/^[\w-]+$/.test(name)) throw new Error(`press-report: bad name ${name}`);
      const browser = session.browser.name.toLowerCase().replace(/\W+/g, '-');
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `${name}.${browser}.json`), JSON.stringify(data, null, 1));
      return true;
    },
  };
}
