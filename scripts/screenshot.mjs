#!/usr/bin/env node
// Takes a full-page screenshot with the system Chromium, to look at what a
// visitor sees: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [css selector]
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

const [url, out = 'screenshot.png', width = '1024', scheme, selector] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [dark]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.setViewport({ width: Number(width), height: 800 });
  if (scheme === 'dark') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  const target = selector ? await page.$(selector) : null;
  if (selector && !target) throw new Error(`nothing matches ${selector}`);
  if (target) await target.screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  console.log(out);
} finally {
  await browser.close();
}
