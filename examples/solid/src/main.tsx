import 'press-elements/define';
import { render } from 'solid-js/web';
import { App } from './App.js';

render(() => <App />, document.querySelector('#app')!);
