// The web app is a Vite bundle; this entry exists so the workspace resolves like the others.
export { App } from './App.js';
