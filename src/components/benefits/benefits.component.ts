import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BENEFITS, GROUP_WORKS, LIMITS } from '../../content/benefits.js';
import { pick, type TitledText } from '../../content/bilingual.js';
import { COMPARED, COMPARISON, readComparison, type ComparisonRow } from '../../content/comparison.js';
import { RESEARCH_SUMMARY, STUDIES } from '../../content/research.js';
import type { ContentOverrides } from '../../feed/types.js';
import { headingLevel, listOf, oneOf, type AttributeProblem } from '../../internal/attribute-check.js';
import { heading, toHeadingLevel } from '../../internal/heading.js';
import { SgFeedElement } from '../../internal/sg-feed-element.js';
import { base, buttons } from '../../styles/base.js';
import { contentLayout } from '../../styles/content.js';
import { tokens } from '../../styles/tokens.js';
import { benefitsStrings } from './benefits.strings.js';
import { styles } from './benefits.styles.js';
import { renderComparisonTable, type ComparisonView } from './comparison-table.js';
import { EditorContentController, isText, renderBody, type Body, type EditorItem } from '../../internal/editor-content.js';
import { readSections, subLevel } from '../../internal/sections.js';

export type BenefitsSection = 'benefits' | 'compare' | 'limits' | 'research';
export const BENEFITS_SECTIONS: readonly BenefitsSection[] = ['benefits', 'compare', 'limits', 'research'];

export type BenefitsLayout = 'cards' | 'list';
const LAYOUTS: readonly BenefitsLayout[] = ['cards', 'list'];

/** An item as shown, whichever source it came from. */
interface ShownItem {
  readonly title: string;
  readonly body: Body;
  readonly example?: string;
}

/** A source in "What the research says". */
interface ShownSource {
  readonly citation: string;
  readonly url?: string;
  readonly body: Body;
  /** Built-in citations are English titles, also on a Welsh page. */
  readonly citationLang?: string;
}

let idCounter = 0;

const fromEditor = (item: EditorItem): ShownItem => ({
  title: item.title,
  body: item.body,
  ...(item.example ? { example: item.example } : {}),
});

/**
 * @tagname sg-benefits
 * @summary What a peer support group can give, how it sits alongside talking
 * therapy and medication, who it may not suit, and what the research says:
 * in plain words, with sources. Every word can be replaced from the feed or
 * in the page's own HTML.
 *
 * @attr show - Sections to show, comma-separated, in a fixed order: `benefits`, `compare`, `limits`, `research`. All by default.
 * @attr layout - `cards` (default) or `list`.
 * @attr heading-level - The level of the main heading (2–6); section headings go one level below.
 * @attr debug - Shows messages for the page editor, such as a wrong attribute.
 *
 * @slot heading - Replaces the main heading's words.
 * @slot intro - Replaces the sentence under the main heading.
 * @slot benefits-heading - Replaces the heading of the benefits section.
 * @slot compare-heading - Replaces the heading of the comparison section.
 * @slot compare-intro - Replaces the sentence before the comparison table.
 * @slot compare-caption - Replaces the table's caption.
 * @slot limits-heading - Replaces the "Not for everyone" heading.
 * @slot limits-intro - Replaces the sentence under it.
 * @slot works-heading - Replaces the "What makes a group work well" heading.
 * @slot research-heading - Replaces the "What the research says" heading.
 * @slot research-summary - Replaces the summary of the research.
 * @slot after - Extra content at the end, such as a link to your own page.
 *
 * @csspart base - The outer box.
 * @csspart heading - The main heading.
 * @csspart intro - The sentence under the main heading.
 * @csspart section - Each section.
 * @csspart section-heading - Each section's heading.
 * @csspart section-intro - A sentence under a section heading.
 * @csspart benefits-list - The list of benefits.
 * @csspart benefit - One benefit.
 * @csspart benefit-heading - A benefit's title.
 * @csspart benefit-text - A benefit's words.
 * @csspart benefit-example - A benefit's example.
 * @csspart comparison - The box around the comparison table.
 * @csspart table - The comparison table.
 * @csspart caption - Its caption.
 * @csspart column-header - A column header.
 * @csspart row - A table row (a card at narrow widths).
 * @csspart row-header - The row header (what is compared).
 * @csspart cell - A table cell.
 * @csspart limits-list - The list of limits.
 * @csspart limit - One limit.
 * @csspart limit-heading - A limit's title.
 * @csspart limit-text - A limit's words.
 * @csspart works-list - The list of what makes a group work.
 * @csspart works-item - One item in it.
 * @csspart research-summary - The honest summary of the research.
 * @csspart sources - The list of sources.
 * @csspart source - One source.
 * @csspart source-citation - Its citation (a link when there is one).
 * @csspart source-link - The link to a source.
 * @csspart source-finding - What it found.
 * @csspart editor-note - Messages for the page editor (with `debug`).
 *
 * @cssprop --sg-benefits-card-background - Card background. Defaults to `--sg-color-surface`.
 * @cssprop --sg-benefits-card-border - Card border colour. Defaults to `--sg-color-border`.
 * @cssprop --sg-benefits-accent - The accent line on cards and the table header. Defaults to `--sg-color-primary`.
 * @cssprop --sg-benefits-columns-min - Narrowest a card gets before the cards wrap (default `15em`).
 */
export class SgBenefits extends SgFeedElement {
  static override styles = [tokens, base, buttons, contentLayout, styles];
  static override strings = [benefitsStrings];

  /** Sections to show, comma-separated: `benefits`, `compare`, `limits`, `research`. Empty shows all. */
  @property({ reflect: true }) show = '';

  /** `cards` or `list`. */
  @property({ reflect: true }) layout: string = 'cards';

  /** The main heading's level (2–6) so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Shows messages for the page editor, such as a wrong attribute. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The `content` property when set, else the feed's (own `feed` or the surrounding `<sg-feed>`). */
  private get shownContent(): ContentOverrides | undefined {
    return this.content ?? this.feedController.state.directory?.content;
  }

  /**
   * Replacement words from a feed's `content`: `benefits` and `comparison`
   * are used here. The page's own `<template>` children win over these.
   */
  @property({ attribute: false }) content: ContentOverrides | undefined = undefined;

  private readonly editor = new EditorContentController(this);
  private readonly uid = `sg-benefits-${++idCounter}`;

  /** What it accepts: sections, a layout, a heading level, and the feed options. */
  protected override attributeProblems(): AttributeProblem[] {
    return [
      ...super.attributeProblems(),
      ...listOf('show', this.show, BENEFITS_SECTIONS, true),
      ...oneOf('layout', this.layout, LAYOUTS),
      ...headingLevel(this.headingLevel),
    ];
  }

  private get shownLayout(): BenefitsLayout {
    return (LAYOUTS as readonly string[]).includes(this.layout) ? (this.layout as BenefitsLayout) : 'cards';
  }

  private get textLang(): string {
    return this.localize.resolvedLang;
  }

  private fromDefaults(items: readonly TitledText[]): ShownItem[] {
    return items.map((item) => ({ title: pick(item.title, this.textLang), body: pick(item.text, this.textLang) }));
  }

  private benefits(): readonly ShownItem[] {
    const edited = this.editor.items('data-benefit');
    if (edited.length > 0) return edited.map(fromEditor);
    const fromFeed = (this.shownContent?.benefits ?? []).filter((b) => isText(b?.title) && isText(b?.text));
    if (fromFeed.length > 0) {
      return fromFeed.map((b) => ({ title: b.title, body: b.text, ...(isText(b.example) ? { example: b.example } : {}) }));
    }
    return BENEFITS.map((b) => ({
      title: pick(b.title, this.textLang),
      body: pick(b.text, this.textLang),
      example: pick(b.example, this.textLang),
    }));
  }

  private comparison(): ComparisonView {
    const t = (key: Parameters<typeof this.localize.t>[0]) => this.localize.t(key);
    const defaults = {
      aspect: t('benefits.colAspect'),
      peer: t('benefits.colPeer'),
      therapy: t('benefits.colTherapy'),
      medication: t('benefits.colMedication'),
    };
    const caption = t('benefits.compareCaption');
    const edited = this.editor.table('data-comparison');
    if (edited) {
      const rows = edited.rows
        .filter((cells) => cells.length >= 4 && cells.slice(0, 4).every(Boolean))
        .map(([aspect, peer, therapy, medication]) => ({ aspect, peer, therapy, medication }) as ComparisonRow);
      if (rows.length > 0) {
        const [aspect, peer, therapy, medication] = edited.head ?? [];
        const head = { aspect, peer, therapy, medication };
        const columns = Object.fromEntries(
          (['aspect', ...COMPARED] as const).map((key) => [key, head[key] || defaults[key]]),
        ) as ComparisonView['columns'];
        return { caption, columns, rows };
      }
    }
    const fromFeed = readComparison(this.shownContent?.comparison);
    if (fromFeed) {
      return { caption: fromFeed.caption ?? caption, columns: { ...defaults, ...fromFeed.columns }, rows: fromFeed.rows };
    }
    const rows = COMPARISON.map((row) => ({
      aspect: pick(row.aspect, this.textLang),
      peer: pick(row.peer, this.textLang),
      therapy: pick(row.therapy, this.textLang),
      medication: pick(row.medication, this.textLang),
    }));
    return { caption, columns: defaults, rows };
  }

  private limits(): readonly ShownItem[] {
    const edited = this.editor.items('data-limit');
    return edited.length > 0 ? edited.map(fromEditor) : this.fromDefaults(LIMITS);
  }

  private works(): readonly ShownItem[] {
    const edited = this.editor.items('data-works');
    return edited.length > 0 ? edited.map(fromEditor) : this.fromDefaults(GROUP_WORKS);
  }

  private sources(): readonly ShownSource[] {
    const edited = this.editor.items('data-source');
    if (edited.length > 0) return edited.map((item) => ({ citation: item.title, body: item.body }));
    const citationLang = this.textLang === 'en' ? undefined : 'en';
    return STUDIES.map((s) => ({
      citation: s.citation,
      body: pick(s.finding, this.textLang),
      ...(s.url ? { url: s.url } : {}),
      ...(citationLang ? { citationLang } : {}),
    }));
  }

  private sectionHeading(section: string, slot: string, text: string): TemplateResult {
    const level = subLevel(toHeadingLevel(this.headingLevel), 1);
    return heading(level, `${this.uid}-${section}`, 'section-heading', 'section__heading', html`<slot name=${slot}>${text}</slot>`);
  }

  private renderItems(items: readonly ShownItem[], kind: 'benefit' | 'limit', listPart: string): TemplateResult {
    const level = subLevel(toHeadingLevel(this.headingLevel), 2);
    return html`<ul class="items items--${this.shownLayout}" part=${listPart} role="list">
      ${items.map(
        (item, i) => html`<li class="item" part=${kind}>
          ${heading(level, `${this.uid}-${kind}-${i}`, `${kind}-heading`, 'item__heading', item.title)}
          ${renderBody(item.body, 'item__text', `${kind}-text`)}
          ${item.example
            ? html`<p class="item__example" part="${kind}-example">
                <span class="item__example-label">${this.localize.t('benefits.example')}</span> ${item.example}
              </p>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderBenefitsSection(): TemplateResult {
    return html`<section class="section section--benefits" part="section" aria-labelledby="${this.uid}-benefits">
      ${this.sectionHeading('benefits', 'benefits-heading', this.localize.t('benefits.benefitsHeading'))}
      ${this.renderItems(this.benefits(), 'benefit', 'benefits-list')}
    </section>`;
  }

  private renderCompareSection(): TemplateResult {
    return html`<section class="section section--compare" part="section" aria-labelledby="${this.uid}-compare">
      ${this.sectionHeading('compare', 'compare-heading', this.localize.t('benefits.compareHeading'))}
      <p class="section__intro" part="section-intro"><slot name="compare-intro">${this.localize.t('benefits.compareIntro')}</slot></p>
      ${renderComparisonTable(this.comparison())}
    </section>`;
  }

  private renderLimitsSection(): TemplateResult {
    const worksLevel = subLevel(toHeadingLevel(this.headingLevel), 2);
    return html`<section class="section section--limits" part="section" aria-labelledby="${this.uid}-limits">
      ${this.sectionHeading('limits', 'limits-heading', this.localize.t('benefits.limitsHeading'))}
      <p class="section__intro" part="section-intro"><slot name="limits-intro">${this.localize.t('benefits.limitsIntro')}</slot></p>
      ${this.renderItems(this.limits(), 'limit', 'limits-list')}
      ${heading(worksLevel, `${this.uid}-works`, 'section-heading', 'section__subheading', html`<slot name="works-heading">${this.localize.t('benefits.worksHeading')}</slot>`)}
      <ul class="works" part="works-list">
        ${this.works().map(
          (item) => html`<li class="works__item" part="works-item">
            ${item.title ? html`<strong class="works__title">${item.title}</strong>` : nothing}
            ${renderBody(item.body, 'works__text', 'works-text')}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderResearchSection(): TemplateResult {
    const sourcesLevel = subLevel(toHeadingLevel(this.headingLevel), 2);
    return html`<section class="section section--research" part="section" aria-labelledby="${this.uid}-research">
      ${this.sectionHeading('research', 'research-heading', this.localize.t('benefits.researchHeading'))}
      <div class="research__summary" part="research-summary">
        <slot name="research-summary"><p>${pick(RESEARCH_SUMMARY, this.textLang)}</p></slot>
      </div>
      ${heading(sourcesLevel, `${this.uid}-sources`, 'section-heading', 'section__subheading', this.localize.t('benefits.sourcesHeading'))}
      <ul class="sources" part="sources">
        ${this.sources().map(
          (source) => html`<li class="source" part="source">
            <p class="source__citation" part="source-citation" lang=${source.citationLang ?? nothing}>
              ${source.url ? html`<a href=${source.url} part="source-link">${source.citation}</a>` : html`<cite>${source.citation}</cite>`}
            </p>
            ${renderBody(source.body, 'source__finding', 'source-finding')}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  override render(): TemplateResult {
    const level = toHeadingLevel(this.headingLevel);
    const { sections } = readSections(this.show, BENEFITS_SECTIONS);
    const renderers: Record<BenefitsSection, () => TemplateResult> = {
      benefits: () => this.renderBenefitsSection(),
      compare: () => this.renderCompareSection(),
      limits: () => this.renderLimitsSection(),
      research: () => this.renderResearchSection(),
    };
    return html`${this.renderAttributeNote(this.debug)}
      <section class="base base--${this.shownLayout}" part="base" aria-labelledby="${this.uid}-heading" lang=${this.textLang}>
        ${heading(level, `${this.uid}-heading`, 'heading', 'heading', html`<slot name="heading">${this.localize.t('benefits.heading')}</slot>`)}
        <div class="intro" part="intro"><slot name="intro"><p>${this.localize.t('benefits.intro')}</p></slot></div>
        ${sections.map((s) => renderers[s]())}
        <slot name="after"></slot>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-benefits': SgBenefits;
  }
}
