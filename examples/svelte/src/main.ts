// The elements are registered before Svelte renders: Svelte sets a property only on an element
// it finds registered (an attribute otherwise).
import 'press-elements/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#app')! });
