/**
 * Default content for <sg-benefits> and <sg-what-to-expect> is written in
 * English and Welsh side by side, so a missing translation is a type error
 * rather than a blank on the page.
 */
export interface Bilingual {
  readonly en: string;
  readonly cy: string;
}

/** A titled piece of default content: a benefit, a limit, a step, a worry. */
export interface TitledText {
  readonly id: string;
  readonly title: Bilingual;
  readonly text: Bilingual;
}

/**
 * Picks the text for a language: Welsh for `cy` and its variants (`cy-GB`),
 * English otherwise.
 */
export function pick(text: Bilingual, lang: string): string {
  return lang.toLowerCase().split('-')[0] === 'cy' ? text.cy : text.en;
}
