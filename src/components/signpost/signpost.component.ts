import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  REGION_HELP,
  REGIONS,
  isRegion,
  localText,
  type Helpline,
  type LocalText,
  type Region,
} from '../../content/helplines.js';
import type { SignpostContact } from '../../feed/types.js';
import { safeUrl } from '../../feed/url.js';
import { headingLevel, oneOf, type AttributeProblem } from '../../internal/attribute-check.js';
import { heading, toHeadingLevel } from '../../internal/heading.js';
import { StickyController } from '../../internal/sticky-controller.js';
import { SgFeedElement } from '../../internal/sg-feed-element.js';
import { readItem, safeSession, writeItem } from '../../feed/storage.js';
import { base, buttons } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './signpost.styles.js';
import { signpostStrings } from './signpost.strings.js';

export type SignpostVariant = 'banner' | 'compact' | 'card';
const VARIANTS: readonly SignpostVariant[] = ['banner', 'compact', 'card'];

/** A contact as the element shows it: built-in or from a feed. */
interface ShownContact {
  readonly id: string;
  readonly service: string;
  readonly channel: SignpostContact['channel'];
  readonly value: string;
  readonly keyword?: string;
  readonly href?: string;
  readonly hours?: LocalText | string;
  readonly audience?: LocalText | string;
  readonly note?: LocalText | string;
}

const DISMISS_KEY = 'sg-signpost:dismissed';

let idCounter = 0;

function fromHelpline(line: Helpline): ShownContact {
  return line;
}

/**
 * A contact from the feed or from the `contacts` property. Feed contacts were
 * checked when the feed was read; ones set from script were not, so a link
 * passes the same scheme check here before it can reach an `href`.
 */
function fromFeed(contact: SignpostContact): ShownContact {
  const href = contact.href ? safeUrl(contact.href) : undefined;
  return {
    id: contact.id,
    service: contact.name,
    channel: contact.channel,
    value: contact.value,
    ...(contact.keyword ? { keyword: contact.keyword } : {}),
    ...(href ? { href } : {}),
    ...(contact.hours ? { hours: contact.hours } : {}),
    ...(contact.audience ? { audience: contact.audience } : {}),
  };
}

/** Whether a feed contact serves the region shown (UK-wide contacts serve its nations). */
function servesRegion(contact: SignpostContact, region: Region): boolean {
  const regions = contact.regions ?? [];
  if (regions.length === 0) return true;
  if (regions.includes(region)) return true;
  return region !== 'ireland' && regions.includes('uk');
}

/**
 * @tagname sg-signpost
 * @summary Crisis help now: the right helplines for a region, as visible
 * numbers with `tel:` and `sms:` links. Renders from built-in data, so it works
 * with no feed and no network.
 *
 * @attr region - Which contacts to show: `uk` (default), `england`, `scotland`, `wales`, `northern-ireland`, `ireland`.
 * @attr variant - `banner` (default), `compact` (one line and a "more help" button) or `card`.
 *
 * @slot intro - Replaces the sentence under the heading.
 * @slot after - Extra content after the contacts, such as a link to your own support page.
 *
 * @fires sg-contact - A visitor chose a contact link. `detail: { id, channel }`.
 * @fires sg-dismiss - The visitor hid the help. `detail: { dismissed: true }`.
 * @fires sg-restore - The visitor showed the help again. `detail: { dismissed: false }`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart intro - The sentence under the heading.
 * @csspart emergency - The "if a life is at risk" line.
 * @csspart emergency-link - Each emergency number link.
 * @csspart list - A list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-name - The service name.
 * @csspart contact-link - The link holding the number or address as text.
 * @csspart contact-note - A short note such as "Free to call".
 * @csspart contact-hours - Opening hours.
 * @csspart contact-audience - Who the service is for.
 * @csspart more-button - The button that shows or hides more places to get help.
 * @csspart more-panel - The extra contacts.
 * @csspart dismiss-button - The hide button (with `dismissible`).
 * @csspart restore-button - The small button shown after hiding.
 * @csspart editor-note - Messages for the page editor (with `debug`).
 *
 * @cssprop --sg-signpost-background - Box background. Defaults to `--sg-color-crisis-surface`.
 * @cssprop --sg-signpost-border - Box border colour. Defaults to `--sg-color-crisis-border`.
 * @cssprop --sg-signpost-z-index - Stacking order when `sticky` (default 10).
 * @cssprop --sg-color-crisis-surface - Calm background for crisis help.
 * @cssprop --sg-color-crisis-border - Border for crisis help.
 */
export class SgSignpost extends SgFeedElement {
  static override styles = [tokens, base, buttons, styles];
  static override strings = [signpostStrings];

  /** Which built-in contacts and emergency number to show: `uk` (default), `england`, `scotland`, `wales`, `northern-ireland` or `ireland`. */
  @property({ reflect: true }) region: string = 'uk';

  /** How much space it takes: `banner`, `compact` or `card`. */
  @property({ reflect: true }) variant: string = 'banner';

  /** Stays at the top of the viewport while the page scrolls, without ever covering the focused element. */
  @property({ type: Boolean, reflect: true }) sticky = false;

  /** Lets the visitor hide it for the rest of their visit (a small button brings it back). Off by default. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** The heading level (2–6) so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Shows messages for the page editor, such as a wrong attribute. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * Extra contacts, for example from a feed's `signposting`. With
   * `contactsMode = 'replace'` they replace the built-in ones (the emergency
   * line always stays).
   */
  @property({ attribute: false }) contacts: readonly SignpostContact[] = [];

  /** `add` shows `contacts` after the built-in ones; `replace` shows only them. */
  @property({ attribute: false }) contactsMode: 'add' | 'replace' = 'add';

  @state() private dismissed = false;
  @state() private moreOpen = false;

  private readonly uid = `sg-signpost-${++idCounter}`;
  // A sticky banner never covers the focused element or an #anchor's target.
  protected readonly stickiness = new StickyController(this);

  /**
   * Sticky and showing (a dismissed banner is a small button, not a banner).
   * @internal
   */
  get stuck(): boolean {
    return this.sticky && !this.dismissed;
  }

  private focusRestore: 'dismiss' | 'restore' | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dismissible) this.dismissed = readItem(safeSession(), DISMISS_KEY) === '1';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dismissible') && !this.dismissible) this.dismissed = false;
  }

  /** What it accepts: a region, a variant, a heading level, and the feed options. */
  protected override attributeProblems(): AttributeProblem[] {
    return [
      ...super.attributeProblems(),
      ...oneOf('region', this.region, REGIONS),
      ...oneOf('variant', this.variant, VARIANTS),
      ...headingLevel(this.headingLevel),
    ];
  }

  protected override updated(): void {
    if (this.focusRestore) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        this.focusRestore === 'dismiss' ? '.restore' : '.dismiss',
      );
      this.focusRestore = undefined;
      target?.focus();
    }
  }

  private isVariant(value: string): value is SignpostVariant {
    return (VARIANTS as readonly string[]).includes(value);
  }

  private get shownRegion(): Region {
    return isRegion(this.region) ? this.region : 'uk';
  }

  private get shownVariant(): SignpostVariant {
    return this.isVariant(this.variant) ? this.variant : 'banner';
  }

  /** The contacts to show, main first; feed contacts follow or replace the built-in ones. */
  private contactLists(): { primary: ShownContact[]; more: ShownContact[] } {
    const region = this.shownRegion;
    const help = REGION_HELP[region];
    const signposting = this.feedController.state.directory?.signposting;
    const all = [...(signposting?.contacts ?? []), ...this.contacts];
    const replace = this.contactsMode === 'replace' || signposting?.mode === 'replace';
    const extra = all.filter((c) => servesRegion(c, region)).map(fromFeed);
    if (replace && extra.length > 0) {
      return { primary: extra, more: [] };
    }
    return { primary: [...help.primary.map(fromHelpline), ...extra], more: help.more.map(fromHelpline) };
  }

  private actionText(contact: ShownContact): string {
    const params = { value: contact.value, keyword: contact.keyword ?? '' };
    switch (contact.channel) {
      case 'text':
        return contact.keyword
          ? this.localize.t('signpost.textKeyword', params)
          : this.localize.t('signpost.text', params);
      case 'email':
        return this.localize.t('signpost.email', params);
      case 'textphone':
        return this.localize.t('signpost.textphone', params);
      case 'web':
        return this.localize.t('signpost.web', params);
      default:
        return this.localize.t('signpost.call', params);
    }
  }

  private onContact(contact: ShownContact): void {
    this.emit('sg-contact', { id: contact.id, channel: contact.channel });
  }

  private renderContact(contact: ShownContact): TemplateResult {
    const lang = this.localize.lang;
    const hours = localText(contact.hours, lang);
    const audience = localText(contact.audience, lang);
    const note = localText(contact.note, lang);
    const action = this.actionText(contact);
    return html`<li class="contact" part="contact">
      <p class="contact__name" part="contact-name">${contact.service}</p>
      <p class="contact__action">
        ${contact.href
          ? html`<a class="contact__link" part="contact-link" href=${contact.href} @click=${() => this.onContact(contact)}
              >${action}</a
            >`
          : html`<span class="contact__link" part="contact-link">${action}</span>`}
      </p>
      ${note ? html`<p class="contact__note" part="contact-note">${note}</p>` : nothing}
      ${hours ? html`<p class="contact__hours" part="contact-hours">${this.localize.t('signpost.hours', { hours })}</p>` : nothing}
      ${audience ? html`<p class="contact__audience" part="contact-audience">${audience}</p>` : nothing}
    </li>`;
  }

  private renderEmergency(): TemplateResult {
    const emergency = REGION_HELP[this.shownRegion].emergency;
    // The sentence is translated around a placeholder; the numbers inside it
    // are links, so split the translation where {numbers} goes.
    const key = emergency.aAndE ? 'signpost.emergencyAandE' : 'signpost.emergency';
    const [before, after] = this.localize.t(key, { numbers: '\u0000' }).split('\u0000');
    const or = ` ${this.localize.t('signpost.or')} `;
    const links = emergency.numbers.map(
      (n, i) =>
        html`${i > 0 ? or : nothing}<a
            class="emergency__link"
            part="emergency-link"
            href=${n.href}
            @click=${() => this.emit('sg-contact', { id: `emergency-${n.value}`, channel: 'call' })}
            >${n.value}</a
          >`,
    );
    return html`<p class="emergency" part="emergency">${before}${links}${after}</p>`;
  }

  private renderList(contacts: readonly ShownContact[], className = ''): TemplateResult | typeof nothing {
    if (contacts.length === 0) return nothing;
    return html`<ul class="list ${className}" part="list">
      ${contacts.map((c) => this.renderContact(c))}
    </ul>`;
  }

  private toggleMore(): void {
    this.moreOpen = !this.moreOpen;
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.moreOpen) {
      event.stopPropagation();
      this.moreOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.more-button')?.focus();
    }
  }

  private renderMore(contacts: readonly ShownContact[], withEmergency: boolean): TemplateResult | typeof nothing {
    if (contacts.length === 0 && !withEmergency) return nothing;
    const panelId = `${this.uid}-more`;
    return html`<button
        type="button"
        class="button button--secondary more-button"
        part="more-button"
        aria-expanded=${this.moreOpen ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${this.toggleMore}
      >
        ${this.moreOpen ? this.localize.t('signpost.fewer') : this.localize.t('signpost.more')}
      </button>
      <div id=${panelId} class="more-panel" part="more-panel" ?hidden=${!this.moreOpen} @keydown=${this.onPanelKeydown}>
        ${withEmergency ? this.renderEmergency() : nothing} ${this.renderList(contacts)}
      </div>`;
  }

  private dismiss(): void {
    this.dismissed = true;
    this.moreOpen = false;
    this.focusRestore = 'dismiss';
    writeItem(safeSession(), DISMISS_KEY, '1');
    this.emit('sg-dismiss', { dismissed: true });
  }

  private restore(): void {
    this.dismissed = false;
    this.focusRestore = 'restore';
    writeItem(safeSession(), DISMISS_KEY, null);
    this.emit('sg-restore', { dismissed: false });
  }


  override render(): TemplateResult {
    const editorNote = this.renderAttributeNote(this.debug);

    if (this.dismissed) {
      return html`${editorNote}<button
          type="button"
          class="button button--secondary restore"
          part="restore-button"
          @click=${this.restore}
        >
          ${this.localize.t('signpost.show')}
        </button>`;
    }

    const variant = this.shownVariant;
    const { primary, more } = this.contactLists();
    const headingId = `${this.uid}-heading`;
    const level = toHeadingLevel(this.headingLevel);
    const dismissButton = this.dismissible
      ? html`<button
          type="button"
          class="button button--link dismiss"
          part="dismiss-button"
          aria-label=${this.localize.t('signpost.dismissLabel')}
          @click=${this.dismiss}
        >
          ${this.localize.t('signpost.dismiss')}
        </button>`
      : nothing;

    if (variant === 'compact') {
      const [first, ...rest] = primary;
      return html`${editorNote}
        <section class="base base--compact" part="base" aria-label=${this.localize.t('signpost.label')} lang=${this.localize.resolvedLang}>
          <div class="compact__line">
            <p class="compact__lead">
              <strong>${this.localize.t('signpost.compactLead')}</strong>
              ${first
                ? html`<span class="compact__first"
                    >${first.service}:
                    ${first.href
                      ? html`<a part="contact-link" class="contact__link" href=${first.href} @click=${() => this.onContact(first)}
                          >${this.actionText(first)}</a
                        >`
                      : this.actionText(first)}</span
                  >`
                : nothing}
            </p>
            ${this.renderMore([...rest, ...more], true)} ${dismissButton}
          </div>
          <slot name="after"></slot>
        </section>`;
    }

    return html`${editorNote}
      <section class="base base--${variant}" part="base" aria-labelledby=${headingId} lang=${this.localize.resolvedLang}>
        <div class="top">
          ${heading(level, headingId, 'heading', 'heading', this.localize.t('signpost.heading'))} ${dismissButton}
        </div>
        <div class="intro" part="intro"><slot name="intro">${this.localize.t('signpost.intro')}</slot></div>
        ${this.renderEmergency()} ${this.renderList(primary, 'list--primary')}
        ${variant === 'card' ? this.renderList(more, 'list--more') : this.renderMore(more, false)}
        <slot name="after"></slot>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-signpost': SgSignpost;
  }
}
