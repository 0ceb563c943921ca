import { html, type TemplateResult } from 'lit';

/** Heading levels an editor may choose so our headings fit the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute value; anything else gives the fallback. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Number(value);
  return n >= 2 && n <= 6 && Number.isInteger(n) ? (n as HeadingLevel) : fallback;
}

/**
 * A real heading element at the chosen level. Lit cannot bind a tag name, and
 * a native heading beats role="heading" for screen readers and search engines.
 */
export function heading(level: HeadingLevel, id: string, part: string, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${id} part=${part} class=${className} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className} tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${className} tabindex="-1">${content}</h6>`;
    default:
      return html`<h2 id=${id} part=${part} class=${className} tabindex="-1">${content}</h2>`;
  }
}
