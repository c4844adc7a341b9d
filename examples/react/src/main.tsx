/** Rendered in the browser: the elements registered, then the app. */
import 'press-elements/define';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

createRoot(document.getElementById('root')!).render(<App listen="prop" />);
