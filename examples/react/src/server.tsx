/** The app's server render, for ssr.html (scripts/examples.test.mjs writes it at build time). */
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

export const render = (): string => renderToString(<App listen="ref" />);
