/// <reference types="vite/client" />
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/signpost/signpost.js';
import '../src/components/benefits/benefits.js';
import defaultTheme from '../themes/default.css?raw';
import soft from '../themes/soft.css?raw';
import highContrast from '../themes/high-contrast.css?raw';
import dark from '../themes/dark.css?raw';

const THEMES: Record<string, string> = { default: defaultTheme, soft, 'high-contrast': highContrast, dark };

// Each preset is written for :root; here each is scoped to its own column so
// they can be compared side by side.
const scoped = Object.entries(THEMES)
  .map(([name, text]) => text.replace(/:root/g, `.theme-${name}`))
  .join('\n');
const layout = `
  .themes { display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr)); }
  .theme-dark { background: #161819; color: #f3f2f1; }
  .themes > div { padding: 1em; }
`;

/** A <style> element made in script: Lit does not bind inside <style>, and stories stay CSP-friendly. */
function stylesheet(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `${scoped}\n${layout}`;
  return style;
}

const meta = {
  title: 'Theming/Presets',
  render: () => html`${stylesheet()}
    <div class="themes">
      ${Object.keys(THEMES).map(
        (name) => html`<div class="theme-${name}">
          <h2>${name}</h2>
          <sg-signpost variant="compact"></sg-signpost>
          <sg-benefits show="limits" heading-level="3"></sg-benefits>
        </div>`,
      )}
    </div>`,
} satisfies Meta;

export default meta;
export const SideBySide: StoryObj = { name: 'Side by side' };
