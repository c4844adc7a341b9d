/**
 * Server-rendered (ssr.html holds what `renderToString(<App />)` wrote): the elements registered,
 * then React hydrates the server's markup. A mismatch React recovers from by rendering again (it
 * throws the server's HTML away) is reported on `window.hydrationErrors` for the smoke test.
 */
import 'press-elements/define';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const errors: string[] = [];
Object.assign(window, { hydrationErrors: errors });
hydrateRoot(document.getElementById('root')!, <App listen="ref" />, {
  onRecoverableError: (error) => errors.push(String(error)),
});
