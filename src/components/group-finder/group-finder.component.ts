import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Directory, Group } from '../../feed/types.js';
import { listOf, numberFrom, oneOf, type AttributeProblem } from '../../internal/attribute-check.js';
import { listNames } from '../../internal/sections.js';
import { REGIONS, isRegion } from '../../content/helplines.js';
import { ATTENDANCE, type Attendance } from '../../feed/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { SgFeedElement } from '../../internal/sg-feed-element.js';
import { base, buttons } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './group-finder.styles.js';
import { finderStrings } from './group-finder.strings.js';
import { FinderEngine, type FinderResults, type FinderRun } from './finder-engine.js';
import { PlaceController } from './place-controller.js';
import {
  EMPTY_FILTERS,
  LIST_FILTER_KEYS,
  readUrlState,
  sameUrlState,
  writeUrlState,
  type FinderFilters,
  type FinderViewState,
  type ListFilterKey,
  type SortOrder,
} from './url-state.js';
import { renderSearch } from './views/search-form.js';
import { renderFilters, renderChips } from './views/filters.js';
import { renderResults, renderNoResults } from './views/results.js';
import { renderDetails } from './views/details.js';
import { renderCrisis, renderFeedFailed, renderLoading } from './views/states.js';
import { ONLINE_MODES, type OnlineMode } from '../../search/types.js';
import { renderFeedFailure, renderFeedProblems } from '../../internal/feed-problems.js';
import { formatDistance } from '../../geo/distance.js';
import '../signpost/signpost.js';

export type { OnlineMode };

const ANNOUNCE_DELAY_MS = 600;
/** A printed list is a schedule to pin up: every match, up to a sane number of pages. */
const PRINT_LIMIT = 500;
const RADII_MILES = [1, 3, 5, 10, 25, 50];
let uid = 0;

/**
 * @tagname sg-group-finder
 * @summary Find a peer-support group by place, topic, day and format. Search,
 * filters with live counts, distance from a postcode or the visitor's
 * location, group details, calendar, directions and sharing. Nothing is sent
 * anywhere unless the visitor asks (a postcode lookup goes to the configured
 * geocoder only).
 *
 * @attr region - Which crisis contacts to show when something goes wrong (see `<sg-signpost>`): `uk` (default), `england`, `scotland`, `wales`, `northern-ireland` or `ireland`.
 * @attr topics - Topics chosen when the finder opens, comma-separated (e.g. `anxiety,carers`).
 * @attr attendance - Ways of joining chosen when the finder opens: `in-person`, `online`, `hybrid`, `phone`.
 * @attr near - A place to measure distances from when the finder opens: a postcode, a town, or `lat,lng`.
 * @attr radius - Distance limit in miles when a place is set (0 = any distance).
 * @attr page-size - Groups shown before "Show more" (default 20).
 * @attr online - Online and phone groups: `with` the others (default), `apart` in their own list, `only`, or `hide`.
 * @attr geocoder - Base URL of a postcodes.io-compatible service for the town or postcode box, or `off` to hide the box.
 * @attr what-to-expect - Link for "What happens at a first group?" in group details.
 * @attr sync-url - Keep the search in the page address so it can be shared, and the back button works.
 * @attr debug - Show feed problems and wrong attributes on the page, for the editor.
 * @attr structured-data - Add schema.org Event JSON-LD for the groups listed (next meeting, place or online link, organiser) to the page, so search engines can show them.
 *
 * @fires sg-results - After every search. `detail: { total, query }`.
 * @fires sg-group-open - A visitor opened a group's details. `detail: { id }`.
 * @fires sg-contact - A visitor chose a way to contact or join a group. `detail: { id, channel }`.
 * @fires sg-calendar - A visitor downloaded a calendar file. `detail: { id }`.
 * @fires sg-share - A visitor shared or copied a group's link. `detail: { id }`.
 * @fires sg-feed-problems - The feed had records that were skipped or fields that were dropped. `detail: { url, problems }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart search - The search row.
 * @csspart search-input - The search box.
 * @csspart where-input - The town or postcode box.
 * @csspart where-button - The "Search near here" button.
 * @csspart locate-button - The "Use my location" button.
 * @csspart radius-select - The distance list.
 * @csspart clear-place - "Clear place": stop measuring distances.
 * @csspart message - A message such as "We could not find that place".
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart filters - The filters panel.
 * @csspart filter-group - One group of filters (a fieldset).
 * @csspart filter-option - One filter checkbox and its label.
 * @csspart chips - The list of chosen filters.
 * @csspart chip - A button that removes one chosen filter.
 * @csspart clear-button - "Clear all filters".
 * @csspart count - The number of groups found.
 * @csspart sort-select - The sort list.
 * @csspart results - The list of groups.
 * @csspart result - One group in the list.
 * @csspart result-name - The group's name (a button that opens the details).
 * @csspart result-next - The next meeting.
 * @csspart result-meta - Distance, how to join, topics, cost.
 * @csspart badge - "Happening now" and "Free" labels.
 * @csspart more-button - "Show more groups".
 * @csspart no-results - Suggestions when nothing matches.
 * @csspart suggestion - A button in the suggestions, such as "Clear your filters".
 * @csspart details - A group's details.
 * @csspart back-button - "Back to results".
 * @csspart details-name - The group's name in its details.
 * @csspart action - Calendar, share, directions and contact links and buttons.
 * @csspart organisation-link - The link to the organisation that runs a group.
 * @csspart what-to-expect-link - The link to the page about a first group (`what-to-expect`).
 * @csspart error - The message when the feed could not be loaded.
 * @csspart retry-button - "Try again".
 * @csspart signpost - The crisis contacts shown with errors and empty results.
 * @csspart editor-note - Messages for the page editor (with `debug`).
 * @csspart editor-note-summary - The line that opens and closes the list of feed problems (with `debug`).
 *
 * @cssprop --sg-finder-card-background - Background of each result. Defaults to `--sg-color-background`.
 * @cssprop --sg-finder-panel-background - Background of the filters and messages. Defaults to `--sg-color-surface`.
 */
export class SgGroupFinder extends SgFeedElement {
  static override styles = [tokens, base, buttons, styles];
  static override strings = [finderStrings];

  @property() region = 'uk';
  @property() topics = '';
  @property() attendance = '';
  @property() near = '';
  @property({ type: Number }) radius = 0;
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;
  @property() online: string = 'with';
  @property() geocoder = 'https://api.postcodes.io';
  @property({ attribute: 'what-to-expect' }) whatToExpect = '';
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  @property({ type: Boolean, reflect: true }) debug = false;
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** The view: what the visitor typed and chose. */
  @state() private view: FinderViewState = this.defaults();
  @state() private filtersOpen = false;
  @state() private announcement = '';
  @state() private shareMessage = '';
  /** While printing, every matching group is listed, not just the pages shown. */
  @state() private printing = false;
  /** Set when the visitor asks to see online groups the editor's `online` setting left out. */
  @state() private onlineOverride: OnlineMode | undefined;

  /** @internal Where distances are measured from. */
  readonly place = new PlaceController(this);
  private readonly engine = new FinderEngine();
  private results: FinderResults | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterRender: string | undefined;
  private readonly ids = `sg-finder-${++uid}`;
  private lastDirectory: Directory | undefined;
  private lastRun: FinderRun | undefined;

  /** Builds the starting view from the editor's attributes. */
  private defaults(): FinderViewState {
    const list = (value: string) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    return {
      query: '',
      // An attendance the editor mistyped is reported (attributeProblems) and left out,
      // so the finder lists every group rather than none.
      filters: {
        ...EMPTY_FILTERS,
        topics: list(this.topics ?? ''),
        attendance: listNames(this.attendance).filter((a) => ATTENDANCE.includes(a as Attendance)),
      },
      sort: 'soonest',
      where: '',
      radius: Number.isFinite(this.radius) && this.radius > 0 ? this.radius : 0,
      page: 1,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topics') || changed.has('attendance') || changed.has('radius')) {
      const fresh = this.defaults();
      if (!this.hasUpdated || !this.syncUrl) {
        this.view = { ...this.view, filters: { ...this.view.filters, topics: fresh.filters.topics, attendance: fresh.filters.attendance }, radius: fresh.radius };
      }
    }
    if (!this.hasUpdated && this.syncUrl) {
      this.view = readUrlState(location.search, this.defaults());
    }
    if ((changed.has('near') || !this.hasUpdated) && this.near && !this.view.where) {
      this.place.setFromAttribute(this.near);
    }
    if (!this.hasUpdated && this.view.where && !this.place.origin) {
      this.place.lookUp(this.view.where);
    }

    const directory = this.feedController.state.directory;
    let loaded = false;
    if (directory !== this.lastDirectory) {
      this.lastDirectory = directory;
      loaded = true;
      if (directory) this.engine.load(directory.groups);
    }
    if (directory) {
      const run: FinderRun = {
        view: this.view,
        origin: this.place.origin,
        online: this.onlineMode,
        pageSize: this.printing ? PRINT_LIMIT : this.safePageSize,
      };
      // Updates that change nothing searched (the announcement, a toggle, a
      // share message) reuse the last results instead of searching again.
      const last = this.lastRun;
      const same =
        !loaded && last && last.view === run.view && last.origin === run.origin && last.online === run.online && last.pageSize === run.pageSize;
      if (!same) {
        this.results = this.engine.run(run);
        this.lastRun = run;
      }
    }
  }

  protected override updated(): void {
    this.writeStructuredData();
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  /**
   * JSON-LD must be in the page itself (search engines do not read shadow
   * DOM), so it goes in a data-only script child of the element: never run,
   * so no CSP rule applies, and its text is JSON with `<` escaped.
   */
  private writeStructuredData(): void {
    const items = this.structuredData && !this.view.group ? (this.results?.items ?? []).filter((item) => item.next) : [];
    if (items.length === 0) {
      this.querySelector(':scope > script[data-sg-structured-data]')?.remove();
      return;
    }
    const results = this.results;
    // Loaded only by pages that ask for structured data; a newer search wins.
    void import('./structured-data.js').then(({ eventFor, jsonLdText }) => {
      if (!this.structuredData || this.results !== results) return;
      this.placeStructuredData(jsonLdText(items.map((item) => eventFor(item.group, item.next!, this.groupUrl(item.group)))));
    });
  }

  private placeStructuredData(text: string): void {
    let script = this.querySelector<HTMLScriptElement>(':scope > script[data-sg-structured-data]');
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.sgStructuredData = '';
      this.append(script);
    }
    if (script.textContent !== text) script.textContent = text;
  }

  /** The region for the crisis box: a mistyped one is reported once, by the finder, and the box shows the UK's. */
  private get crisisRegion(): string {
    return isRegion(this.region) ? this.region : 'uk';
  }

  private get onlineMode(): OnlineMode {
    return this.onlineOverride ?? ONLINE_MODES.find((m) => m === this.online) ?? 'with';
  }

  /**
   * Whether online and phone groups are being left out, so "show them" would help.
   * @internal
   */
  get onlineHidden(): boolean {
    return this.onlineMode === 'hide';
  }

  /** @internal For the views. */
  showOnline(): void {
    this.onlineOverride = 'with';
    this.scheduleAnnouncement();
  }

  /** @internal For the views. */
  widenRadius(): void {
    const wider = RADII_MILES.find((r) => r > this.view.radius);
    this.setRadius(wider ?? 0);
  }

  /**
   * Miles for UK and US English and Welsh; kilometres elsewhere.
   * @internal
   */
  get usesMiles(): boolean {
    return /^(en|cy)(-(GB|US|UK))?$/i.test(this.localize.locale) || /^(en|cy)$/i.test(this.localize.locale);
  }

  /** @internal For the views. */
  distanceText(km: number): string {
    return formatDistance(km, this.localize.locale);
  }

  /**
   * A link to this group that opens it again (with sync-url), else the page itself.
   * @internal
   */
  groupUrl(group: Group): string {
    const url = new URL(location.href);
    if (this.syncUrl) {
      const params = writeUrlState(url.search, { ...this.defaults(), group: group.id }, this.defaults());
      url.search = params.toString();
    }
    return url.toString();
  }

  private get safePageSize(): number {
    const n = Math.floor(Number(this.pageSize));
    return n >= 1 && n <= 500 ? n : 20;
  }

  /** @internal For the views. */
  /** A place box only when there is a geocoder to ask (an empty `geocoder` is a mistake, reported below, not a service). */
  get geocoderEnabled(): boolean {
    const geocoder = this.geocoder.trim();
    return geocoder !== '' && geocoder !== 'off';
  }

  /** What the finder accepts; the base element warns and keeps the list for the editor note. */
  protected override attributeProblems(): AttributeProblem[] {
    const problems: AttributeProblem[] = [
      ...super.attributeProblems(),
      ...oneOf('region', this.region, REGIONS),
      ...listOf('attendance', this.attendance, ATTENDANCE, true),
      ...oneOf('online', this.online, ONLINE_MODES),
      ...numberFrom('page-size', this.pageSize, 1, 500, false),
      ...numberFrom('radius', this.radius, 0, Infinity, false, 'a number of miles, or 0 for any distance'),
    ];
    const geocoder = this.geocoder.trim();
    if (geocoder !== 'off' && !/^https?:\/\//.test(geocoder) && !geocoder.startsWith('/')) {
      problems.push({ attribute: 'geocoder', value: this.geocoder, expected: 'an https:// address or off' });
    }
    // Inside <sg-feed> the feed comes from it, perhaps a moment later (a framework sets `src` after attaching).
    if (this.feed === '' && this.feedController.state.status === 'idle' && !this.closest('sg-feed')) {
      problems.push({ attribute: 'feed', value: '', expected: 'the address of your feed, or place the finder inside <sg-feed src="…">' });
    }
    return problems;
  }

  // ——— view changes ———

  /**
   * Every change to what the visitor searched goes through here.
   * @internal
   */
  setView(patch: Partial<FinderViewState>, options: { push?: boolean; announce?: boolean } = {}): void {
    const next: FinderViewState = { ...this.view, ...patch, page: patch.page ?? 1 };
    if (patch.group === undefined && 'group' in patch) delete (next as { group?: string }).group;
    const before = this.view;
    this.view = next;
    if (this.syncUrl && !sameUrlState(before, next, this.defaults())) {
      const params = writeUrlState(location.search, next, this.defaults());
      const url = `${location.pathname}${params.toString() ? `?${params}` : ''}${location.hash}`;
      if (options.push) history.pushState({ sgFinder: true }, '', url);
      else history.replaceState(history.state, '', url);
    }
    if (options.announce !== false) this.scheduleAnnouncement();
  }

  /** @internal For the views. */
  setQuery(text: string): void {
    this.setView({ query: text });
  }

  /** @internal For the views. */
  toggleFilter(key: ListFilterKey, value: string, on: boolean): void {
    const current = this.view.filters[key];
    const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.setView({ filters: { ...this.view.filters, [key]: values } });
  }

  /** @internal For the views. */
  setFlag(key: 'free' | 'dropIn', on: boolean): void {
    this.setView({ filters: { ...this.view.filters, [key]: on } });
  }

  /** @internal For the views. */
  clearFilters(): void {
    this.setView({ filters: EMPTY_FILTERS });
    this.focusAfterRender = '#' + this.ids + '-search';
  }

  /** @internal For the views. */
  setSort(sort: SortOrder): void {
    this.setView({ sort });
  }

  /** @internal For the views. */
  setRadius(miles: number): void {
    this.setView({ radius: miles });
  }

  /** @internal For the views. */
  showMore(): void {
    const firstNew = this.view.page * this.safePageSize;
    this.setView({ page: this.view.page + 1 }, { announce: false });
    this.focusAfterRender = `[data-index="${firstNew}"] .result__open`;
  }

  /** @internal For the views. */
  openGroup(group: Group): void {
    this.setView({ group: group.id }, { push: true, announce: false });
    this.focusAfterRender = '.details__name';
    this.emit('sg-group-open', { id: group.id });
  }

  /** @internal For the views. */
  closeGroup(): void {
    const id = this.view.group;
    if (this.syncUrl && history.state?.sgFinder) {
      history.back();
      return;
    }
    this.setView({ group: undefined }, { announce: false });
    this.focusAfterRender = id ? `[data-id="${CSS.escape(id)}"] .result__open` : undefined;
  }

  /**
   * Place searches and location changed the origin: results re-rank and count again.
   * @internal
   */
  placeChanged(): void {
    if (this.place.origin && this.view.sort === 'soonest' && this.place.origin.fromVisitor) {
      this.view = { ...this.view, sort: 'nearest' };
    }
    this.setView({ where: this.place.origin?.label && this.place.origin.typed ? this.place.origin.typed : '' });
  }

  /** @internal For the views. */
  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  /** @internal For the views. */
  retry(): void {
    this.feedController.retry();
  }

  /** @internal For the views. */
  contactChosen(group: Group, channel: string): void {
    this.emit('sg-contact', { id: group.id, channel });
  }

  /** @internal For the views. */
  calendarChosen(group: Group): void {
    this.emit('sg-calendar', { id: group.id });
  }

  /** @internal For the views. */
  shared(group: Group, message: string): void {
    this.shareMessage = message;
    this.emit('sg-share', { id: group.id });
  }

  // Lit renders synchronously enough for print when the update is forced here.
  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  private readonly onPopState = (): void => {
    if (!this.syncUrl) return;
    const from = readUrlState(location.search, this.defaults());
    const closing = this.view.group && !from.group ? this.view.group : undefined;
    this.view = from;
    this.focusAfterRender = closing
      ? `[data-id="${CSS.escape(closing)}"] .result__open`
      : from.group
        ? '.details__name'
        : undefined;
  };

  /** The count is announced once typing settles, not on every keystroke. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
      if (this.results) this.emit('sg-results', { total: this.results.total, query: this.view.query });
    }, ANNOUNCE_DELAY_MS);
  }

  /** @internal For the views. */
  countText(): string {
    const total = this.results?.total ?? 0;
    const origin = this.place.origin;
    if (origin?.label && this.view.radius > 0) {
      return this.localize.t('finder.countNear', { count: total, place: origin.label });
    }
    return this.localize.t('finder.count', { count: total });
  }

  // ——— rendering ———

  /** @internal For the views. */
  get viewState(): FinderViewState {
    return this.view;
  }

  /** @internal For the views. */
  get idPrefix(): string {
    return this.ids;
  }

  /** @internal For the views. */
  get radii(): readonly number[] {
    return RADII_MILES;
  }

  /** @internal For the views. */
  get isFiltersOpen(): boolean {
    return this.filtersOpen;
  }

  /** @internal For the views. */
  get shareStatus(): string {
    return this.shareMessage;
  }

  /** @internal The localiser, for the views. */
  get l10n(): LocalizeController {
    return this.localize;
  }

  /** @internal For the views. */
  activeFilterCount(filters: FinderFilters = this.view.filters): number {
    return LIST_FILTER_KEYS.reduce((n, k) => n + filters[k].length, 0) + (filters.free ? 1 : 0) + (filters.dropIn ? 1 : 0);
  }

  private renderState(): TemplateResult {
    const feed = this.feedController.state;
    // Failed with nothing saved to fall back on: say so plainly. (With a saved
    // copy, the listings show with a note that they may be out of date.)
    if (feed.status === 'error' && !feed.stale) return renderFeedFailed(this.localize, this.crisisRegion, () => this.retry());
    if (!feed.directory || !this.results) return renderLoading(this.localize);
    const group = this.view.group ? this.engine.byId(this.view.group) : undefined;
    if (group) return renderDetails(this, group);
    return html`
      ${renderSearch(this)}
      <div class="layout">
        ${renderFilters(this, this.results)}
        <div class="results-area">
          ${feed.stale
            ? html`<div class="message" part="message" role="status">
                <p>${this.localize.t('finder.error.stale')}</p>
                <p><button type="button" class="button" part="retry-button" @click=${() => this.retry()}>${this.localize.t('finder.retry')}</button></p>
              </div>`
            : nothing}
          ${renderChips(this)}
          ${this.results.total === 0 && (this.results.online?.length ?? 0) === 0
            ? html`${renderNoResults(this)} ${renderCrisis(this.localize, this.crisisRegion)}`
            : renderResults(this, this.results)}
        </div>
      </div>
    `;
  }

  override render(): TemplateResult {
    const directory = this.feedController.state.directory;
    return html`${this.renderAttributeNote(this.debug)}
      ${this.debug ? renderFeedFailure(this.feedController.state) : nothing}
      ${this.debug && directory ? renderFeedProblems(directory) : nothing}
      <section class="base" part="base" aria-label=${this.localize.t('finder.label')} lang=${this.localize.resolvedLang}>
        ${this.renderState()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-group-finder': SgGroupFinder;
  }
}
