/*
 * Installed by web-test-runner.config.mjs as a classic inline script at the top of every test
 * page, before the test framework and the library load. It records what the tests then assert on:
 * - every Lit development-mode warning except the one-time "Lit is in dev mode" notice
 *   (`globalThis.__pressLitWarnings`), even while a test has swapped `console.warn` for its own;
 * - how many listeners are registered on `window` and `document`
 *   (`globalThis.__pressListenerCount()`), to find listeners that outlive their element.
 * Plain ES2021 without imports, since it runs before any module.
 */
(() => {
  const page = globalThis;

  // --- Lit warnings -------------------------------------------------------------------------
  const litWarnings = [];
  page.__pressLitWarnings = litWarnings;
  const isLitWarning = (text) =>
    (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) ||
    text.startsWith('Attempted to render the template host') ||
    text.startsWith('Some template strings are undefined');

  // `console.warn` becomes an accessor: reading it gives a recording wrapper around whatever was
  // last assigned, so tests that replace it (captureWarnings) and restore it keep working, and
  // Lit's warnings are seen whoever is listening.
  let current = console.warn;
  const wrapperOf = new WeakMap();
  const targetOf = new WeakMap();
  const wrap = (target) => {
    let wrapper = wrapperOf.get(target);
    if (!wrapper) {
      wrapper = function warn(...args) {
        const text = args.map((arg) => String(arg)).join(' ');
        if (isLitWarning(text)) litWarnings.push(text);
        return target.apply(this, args);
      };
      wrapperOf.set(target, wrapper);
      targetOf.set(wrapper, target);
    }
    return wrapper;
  };
  Object.defineProperty(console, 'warn', {
    configurable: true,
    enumerable: true,
    get: () => wrap(current),
    set: (value) => {
      current = targetOf.get(value) ?? value;
    },
  });

  // --- window and document listeners ----------------------------------------------------------
  const registered = new Map([
    [page, new Set()],
    [page.document, new Set()],
  ]);
  const keyOf = (type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return { key: `${type}\u0000${capture}`, capture };
  };
  const ids = new WeakMap();
  let nextId = 1;
  const idOf = (listener) => {
    if (!ids.has(listener)) ids.set(listener, nextId++);
    return ids.get(listener);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    const set = registered.get(this);
    if (set && listener) {
      const { key, capture } = keyOf(type, listener, options);
      const entry = `${key}\u0000${idOf(listener)}`;
      if (!set.has(entry)) {
        set.add(entry);
        const forget = () => set.delete(entry);
        if (options && typeof options === 'object') {
          if (options.signal) options.signal.addEventListener('abort', forget, { once: true });
          // Registered after the listener, so it runs right after it when the event fires.
          if (options.once) add.call(this, type, forget, { capture, once: true });
        }
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(
    type,
    listener,
    options,
  ) {
    const set = registered.get(this);
    if (set && listener) set.delete(`${keyOf(type, listener, options).key}\u0000${idOf(listener)}`);
    return remove.call(this, type, listener, options);
  };
  page.__pressListenerCount = () => ({
    window: registered.get(page).size,
    document: registered.get(page.document).size,
  });
})();
