/**
 * A small Chrome DevTools Protocol client over `--remote-debugging-pipe`: it launches the system
 * Chromium (no browser download, no WebSocket, no dependency) and speaks CDP with flat sessions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_FLAGS as SYSTEM_FLAGS,
  chromiumPath,
} from '../scripts/support/system-chromium.mjs';

export { chromiumPath };

/** The shared container flags, plus quiet and reproducible benchmark runs. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  ...SYSTEM_FLAGS,
  '--disable-extensions',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--mute-audio',
];

export class Browser {
  #process;
  #profile;
  #nextId = 1;
  #pending = new Map();
  #listeners = new Set();
  #buffer = '';

  static async launch({ args = [] } = {}) {
    const browser = new Browser();
    browser.#profile = mkdtempSync(join(tmpdir(), 'press-bench-'));
    browser.#process = spawn(
      chromiumPath(),
      [
        ...CHROMIUM_FLAGS,
        ...args,
        '--remote-debugging-pipe',
        `--user-data-dir=${browser.#profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    browser.#process.stdio[4].on('data', (chunk) => browser.#receive(chunk));
    browser.#process.on('exit', () => {
      for (const { reject } of browser.#pending.values()) reject(new Error('Chromium exited'));
      browser.#pending.clear();
    });
    await browser.send('Target.setDiscoverTargets', { discover: true });
    return browser;
  }

  #receive(chunk) {
    this.#buffer += chunk.toString('utf8');
    let end;
    while ((end = this.#buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(this.#buffer.slice(0, end));
      this.#buffer = this.#buffer.slice(end + 1);
      if (message.id !== undefined) {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.error)
          pending?.reject(new Error(`${pending.method}: ${message.error.message}`));
        else pending?.resolve(message.result);
      } else {
        for (const listener of this.#listeners) listener(message);
      }
    }
  }

  /** Sends one CDP command, to the browser or to the session `sessionId`. */
  send(method, params = {}, sessionId = undefined) {
    const id = this.#nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#process.stdio[3].write(`${message}\0`);
    });
  }

  /** Calls `listener(params)` for every `method` event of `sessionId`; returns an unsubscribe. */
  on(method, sessionId, listener) {
    const wrapped = (message) => {
      if (message.method === method && message.sessionId === sessionId) listener(message.params);
    };
    this.#listeners.add(wrapped);
    return () => this.#listeners.delete(wrapped);
  }

  /** Resolves with the params of the next `method` event of `sessionId`. */
  once(method, sessionId, timeout = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`Timed out waiting for ${method}`));
      }, timeout);
      const off = this.on(method, sessionId, (params) => {
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  async newPage() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, targetId, sessionId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    return page;
  }

  async close() {
    const exited = new Promise((done) => {
      if (this.#process.exitCode !== null) done();
      else this.#process.once('exit', done);
    });
    this.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => this.#process.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.#profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

export class Page {
  constructor(browser, targetId, sessionId) {
    this.browser = browser;
    this.targetId = targetId;
    this.sessionId = sessionId;
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  on(method, listener) {
    return this.browser.on(method, this.sessionId, listener);
  }

  once(method, timeout) {
    return this.browser.once(method, this.sessionId, timeout);
  }

  /** Navigates and waits for the load event. */
  async goto(url) {
    const loaded = this.once('Page.loadEventFired');
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`${url}: ${errorText}`);
    await loaded;
  }

  /** The value of `expression` (awaited when it is a promise), or throws the page's error. */
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value;
  }

  /** Records a trace of `action()` with the given categories; resolves with the trace events. */
  async trace(categories, action) {
    const events = [];
    const off = this.browser.on('Tracing.dataCollected', this.sessionId, ({ value }) =>
      events.push(...value),
    );
    await this.send('Tracing.start', {
      traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    try {
      await action();
    } finally {
      const complete = this.once('Tracing.tracingComplete', 60000);
      await this.send('Tracing.end');
      await complete;
      off();
    }
    return events;
  }

  close() {
    return this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
