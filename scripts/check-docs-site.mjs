#!/usr/bin/env node
// After `npm run build:docs`: the static docs site (Storybook) must hold a
// guide page for every file in docs/, the introduction, and an autodocs page
// for every element in custom-elements.json. Prints what is missing; exits 1.
//   node scripts/check-docs-site.mjs [site-dir] [--render]   (--render: open pages in Chromium)
/* global document -- page.evaluate runs in the browser */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const site = process.argv[2] ?? 'docs-site';
const indexFile = join(site, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`${indexFile} is missing: run \`npm run build:docs\` first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
const docs = entries.filter((e) => e.type === 'docs');
const problems = [];

// Each guide page imports its markdown file; its MDX file is named after it.
const pages = new Set(docs.map((e) => e.importPath));
for (const file of readdirSync('docs').filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const page = `./stories/docs/${file.replace(/\.md$/, '.mdx')}`;
  if (!pages.has(page)) problems.push(`docs/${file} has no page in the docs site (add ${page.slice(2)})`);
}
if (!docs.some((e) => e.title === 'Introduction')) problems.push('the Introduction page is missing');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
const storyFiles = readdirSync('stories').filter((f) => f.endsWith('.stories.ts'));
for (const tag of tags) {
  const file = storyFiles.find((f) => readFileSync(join('stories', f), 'utf8').includes(`component: '${tag}'`));
  if (!file) {
    problems.push(`<${tag}> has no stories file with component: '${tag}'`);
    continue;
  }
  if (!docs.some((e) => e.importPath === `./stories/${file}` && e.tags?.includes('autodocs'))) {
    problems.push(`<${tag}> has no autodocs page (stories/${file})`);
  }
}

// Render pages as a reader would: a guide (its text, and a link to another
// guide going to that guide's page) and every element's autodocs (each
// attribute from the manifest is listed).
if (problems.length === 0 && process.argv.includes('--render')) problems.push(...(await renderPages(docs, manifest)));

async function renderPages(docsEntries, manifestJson) {
  const { createServer } = await import('node:http');
  const { extname } = await import('node:path');
  const { default: puppeteer } = await import('puppeteer-core');
  const { chromiumArgs, findChromium } = await import('./chromium-path.mjs');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  const found = [];
  const read = async (id) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.sbdocs-content, #storybook-docs .sbdocs', { timeout: 30000 }).catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    const result = await page.evaluate(() => ({
      text: document.querySelector('#storybook-docs')?.textContent ?? '',
      links: [...document.querySelectorAll('#storybook-docs a')].map((a) => a.getAttribute('href') ?? ''),
    }));
    await page.close();
    return result;
  };
  try {
    const guide = docsEntries.find((e) => e.importPath === './stories/docs/editors.mdx');
    const editors = await read(guide.id);
    if (!editors.text.includes('WordPress')) found.push('the "For editors" page does not show its text');
    if (!editors.links.some((href) => href.startsWith('./?path=/docs/guides-'))) found.push('links between guides do not go to guide pages');
    for (const declaration of manifestJson.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName))) {
      const entry = docsEntries.find((e) => e.tags?.includes('autodocs') && e.id.startsWith('elements-') && readFileSync(e.importPath, 'utf8').includes(`component: '${declaration.tagName}'`));
      if (!entry) continue;
      const { text } = await read(entry.id);
      const missing = (declaration.attributes ?? []).map((a) => a.name).filter((name) => !text.includes(name));
      if (missing.length) found.push(`<${declaration.tagName}>'s docs page does not list: ${missing.join(', ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return found;
}

if (problems.length) {
  console.error(`Docs site (${site}) is incomplete:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Docs site: ${docs.length} docs pages (${tags.length} elements with autodocs, every guide in docs/), ${entries.length - docs.length} stories.`);
