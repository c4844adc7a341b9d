/**
 * Test-runner command `press-key-chord`: real key presses held together, e.g. `['Shift', 'Tab']`,
 * in every launcher. `sendKeys` has `down`/`up` only for Chromium and puppeteer; on WebDriver it
 * takes `press` and `type` alone, and a `press` of one key. WebDriver's own key actions can hold
 * keys together: the launcher's `sendKeys` with several keys presses them all, then releases them.
 */
export function keyChordPlugin() {
  return {
    name: 'press-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-key-chord') return undefined;
      const keys = payload;
      if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string'))
        throw new Error('press-key-chord takes a list of key names, e.g. ["Shift", "Tab"].');
      if (session.browser.type === 'webdriver') {
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      const page = session.browser.getPage(session.id);
      for (const key of keys) await page.keyboard.down(key);
      for (const key of [...keys].reverse()) await page.keyboard.up(key);
      return true;
    },
  };
}
