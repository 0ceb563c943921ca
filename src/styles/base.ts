import { css } from 'lit';

/**
 * What every element shares: inherited type, the focus indicator, links,
 * buttons and a visually-hidden helper. The focus style follows GOV.UK: a
 * yellow fill with a dark underline that shows on any brand colour, plus a
 * transparent outline that forced-colours mode turns into a real one.
 */
export const base = css`
  :host {
    box-sizing: border-box;
    display: block;
    font-family: var(--_font-family);
    line-height: var(--_line-height);
    color: var(--_color-text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }
  a {
    color: var(--_color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_color-link-visited);
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  a:focus-visible {
    outline: var(--_focus-width) solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus-color);
    box-shadow:
      0 -2px var(--_focus-color),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  button {
    font: inherit;
    line-height: 1.25;
    color: inherit;
    cursor: pointer;
    min-height: 2.75em;
    min-width: 2.75em;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: var(--_focus-width) solid transparent;
    outline-offset: 0;
    background-color: var(--_focus-color);
    color: var(--_focus-text);
    box-shadow: inset 0 -4px 0 var(--_focus-text);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  /* Messages for the page editor (debug mode): plain, and unmistakably not for visitors. */
  .editor-note {
    display: block;
    border: 2px dashed var(--_color-error);
    padding: var(--_space-2);
    margin-bottom: var(--_space-2);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
      outline-offset: 2px;
    }
  }
`;

/** A plain button in the brand colour, and a quieter secondary one. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    text-align: center;
  }
  .button--secondary {
    background: transparent;
    color: var(--_color-primary);
  }
  .button--link {
    border-color: transparent;
    background: transparent;
    color: var(--_color-link);
    text-decoration: underline;
    padding-inline: var(--_space-1);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
