import { defineConfig } from 'vite';

// `npm start`: the demo page (demo/index.html) on the sample feed, served
// from source with live reload. Nothing on it reaches beyond localhost.
export default defineConfig({
  root: '.',
  appType: 'mpa',
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: process.env.CI || !process.env.DISPLAY && process.platform === 'linux' ? false : '/demo/',
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist/demo',
    emptyOutDir: true,
    rolldownOptions: { input: { index: 'demo/index.html' } },
  },
});
