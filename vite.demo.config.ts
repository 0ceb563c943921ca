import { defineConfig } from 'vite';

// `npm start`: the demo page (demo/index.html) on the sample feed, served
// from source with live reload. Nothing on it reaches beyond localhost.
export default defineConfig({
  root: '.',
  appType: 'mpa',
  plugins: [
    {
      // The address vite prints is the site root: send it to the demo page.
      name: 'demo-at-root',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.statusCode = 302;
            res.setHeader('Location', '/demo/');
            res.end();
            return;
          }
          next();
        });
      },
    },
  ],
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
