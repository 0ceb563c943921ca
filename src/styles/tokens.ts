import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. A page themes every element with `--sg-*` custom properties
 * (on `:root` or on one element); components read private `--_*` copies so a
 * value set anywhere above still wins over our defaults. Sizes are in `em` so
 * a page with `html { font-size: 62.5% }` cannot shrink the widgets.
 *
 * Dark colours apply only where the page allows a dark scheme
 * (`color-scheme: light dark` on the page or the element) and the visitor
 * prefers it; `light-dark()` picks them, and older browsers keep the light set.
 */
interface Token {
  readonly name: string;
  readonly light: string;
  readonly dark?: string;
}

export const TOKENS: readonly Token[] = [
  { name: 'font-family', light: 'inherit' },
  { name: 'line-height', light: '1.5' },
  { name: 'font-size-small', light: '0.875em' },
  { name: 'font-size-large', light: '1.2em' },
  { name: 'font-size-heading', light: '1.4em' },
  { name: 'color-text', light: '#0b0c0c', dark: '#f3f2f1' },
  { name: 'color-text-muted', light: '#484f53', dark: '#c8cbcd' },
  { name: 'color-background', light: '#ffffff', dark: '#161819' },
  { name: 'color-surface', light: '#f3f2f1', dark: '#25282a' },
  { name: 'color-border', light: '#6f777b', dark: '#8c9295' },
  { name: 'color-primary', light: '#1d4f91', dark: '#8fb8f0' },
  { name: 'color-on-primary', light: '#ffffff', dark: '#0b0c0c' },
  { name: 'color-link', light: '#1d4f91', dark: '#9cc3f5' },
  { name: 'color-link-visited', light: '#4c2c92', dark: '#c3a6f5' },
  { name: 'color-crisis-surface', light: '#eaf2fa', dark: '#1c2a3a' },
  { name: 'color-crisis-border', light: '#1d4f91', dark: '#8fb8f0' },
  { name: 'color-error', light: '#b10e1e', dark: '#ff8a8a' },
  { name: 'color-success', light: '#00703c', dark: '#6fdca0' },
  { name: 'focus-color', light: '#ffdd00' },
  { name: 'focus-text', light: '#0b0c0c' },
  { name: 'focus-width', light: '3px' },
  { name: 'radius', light: '0.25em' },
  { name: 'space-1', light: '0.25em' },
  { name: 'space-2', light: '0.5em' },
  { name: 'space-3', light: '1em' },
  { name: 'space-4', light: '1.5em' },
];

const declarations = (dark: boolean) =>
  TOKENS.map(({ name, light, dark: darkValue }) => {
    const fallback = dark && darkValue ? `light-dark(${light}, ${darkValue})` : light;
    return `--_${name}: var(--sg-${name}, ${fallback});`;
  }).join('\n');

/** The private copies of every token, with defaults. Include first in every element. */
export const tokens = css`
  :host {
    ${unsafeCSS(declarations(false))}
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(declarations(true))}
    }
  }
`;
