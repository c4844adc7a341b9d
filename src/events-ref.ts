/**
 * For React 19 pages that hydrate server-rendered markup: a ref callback that adds the elements'
 * event listeners itself. React adds an `on<event>` prop's listener to a custom element it
 * creates, but not to one it hydrates (react#35446), so a server-rendered page would never hear
 * `press-preferences-change`. `ref={eventsRef({ 'press-preferences-change': onChange })}` works
 * in both cases; React 19 calls the cleanup it returns. No React code: any framework whose refs
 * are callbacks can use it.
 */
type Handlers = {
  [K in keyof GlobalEventHandlersEventMap]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export function eventsRef(handlers: Handlers): (element: Element | null) => (() => void) | void {
  return (element) => {
    if (!element) return;
    const entries = Object.entries(handlers) as [string, EventListener][];
    for (const [type, handler] of entries) element.addEventListener(type, handler);
    return () => {
      for (const [type, handler] of entries) element.removeEventListener(type, handler);
    };
  };
}
