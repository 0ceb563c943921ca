import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `npm start`: the demo page (demo/index.html) on the sample feed, served
// from source with live reload. Nothing on it reaches beyond localhost.
export default defineConfig({
  root: '.',
  appType: 'mpa',
  plugins: [
    {
      // The page names its feed in an attribute (feed="./data/groups.json"),
      // which vite cannot see: copy the sample feeds beside the built page.
      name: 'demo-data',
      apply: 'build',
      generateBundle() {
        const dir = fileURLToPath(new URL('./demo/data/', import.meta.url));
        for (const name of readdirSync(dir)) {
          if (name.endsWith('.json')) this.emitFile({ type: 'asset', fileName: `demo/data/${name}`, source: readFileSync(dir + name) });
        }
      },
    },
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
    rolldownOptions: { input: { index: 'demo/index.html', builder: 'demo/builder.html' } },
  },
});
