import { html, nothing, type TemplateResult } from 'lit';
import type { SgGroupFinder } from '../group-finder.component.js';
import type { FinderItem, FinderResults } from '../finder-engine.js';
import { attendanceLabel, facetLabel } from '../labels.js';
import { meetingText } from '../meeting-text.js';
import type { SortOrder } from '../url-state.js';

function renderItem(finder: SgGroupFinder, item: FinderItem, index: number): TemplateResult {
  const t = finder.l10n;
  const { group } = item;
  const place = group.location?.name ?? group.location?.address;
  const topics = group.topics.map((topic) => facetLabel(t, 'topics', topic));
  return html`<li class="result" part="result" data-id=${group.id} data-index=${index}>
    <h3 class="result__name">
      <button type="button" class="result__open" part="result-name" @click=${() => finder.openGroup(group)}>${group.name}</button>
    </h3>
    <p part="result-next">
      ${item.now ? html`<span class="badge badge--now" part="badge">${t.t('finder.happeningNow')}</span> ` : nothing}
      ${item.next ? t.t('finder.next', { when: meetingText(item.next, t) }) : t.t('finder.noUpcoming')}
    </p>
    <p class="result__meta" part="result-meta">
      <span>${attendanceLabel(t, group.attendance)}</span>
      ${item.distanceKm !== undefined ? html`<span>${t.t('finder.away', { distance: finder.distanceText(item.distanceKm) })}</span>` : nothing}
      ${place && group.attendance !== 'online' && group.attendance !== 'phone' ? html`<span>${place}</span>` : nothing}
      ${group.cost?.free ? html`<span class="badge" part="badge">${t.t('finder.free')}</span>` : nothing}
    </p>
    ${topics.length > 0 ? html`<p class="result__topics"><span class="visually-hidden">${t.t('finder.topicsLabel')}: </span>${t.list(topics)}</p>` : nothing}
    ${group.summary ? html`<p class="result__summary">${group.summary}</p>` : nothing}
  </li>`;
}

function renderSort(finder: SgGroupFinder): TemplateResult {
  const t = finder.l10n;
  const id = `${finder.idPrefix}-sort`;
  const sorts: SortOrder[] = finder.place.origin ? ['soonest', 'nearest', 'az'] : ['soonest', 'az'];
  const current = finder.viewState.sort === 'nearest' && !finder.place.origin ? 'soonest' : finder.viewState.sort;
  return html`<div class="field">
    <label for=${id}>${t.t('finder.sortLabel')}</label>
    <select id=${id} part="sort-select" @change=${(e: Event) => finder.setSort((e.target as HTMLSelectElement).value as SortOrder)}>
      ${sorts.map((sort) => html`<option value=${sort} ?selected=${sort === current}>${t.t(`finder.sort.${sort}`)}</option>`)}
    </select>
  </div>`;
}

/** The count, sort, the page of groups, "Show more" and (with online="apart") the online list. */
export function renderResults(finder: SgGroupFinder, results: FinderResults): TemplateResult {
  const t = finder.l10n;
  const headingId = `${finder.idPrefix}-count`;
  return html`<div class="results-bar">
      <p class="count" part="count" id=${headingId}>${finder.countText()}</p>
      ${renderSort(finder)}
    </div>
    ${results.items.length > 0
      ? html`<ol class="results" part="results" aria-labelledby=${headingId}>
          ${results.items.map((item, i) => renderItem(finder, item, i))}
        </ol>`
      : nothing}
    ${results.items.length < results.total
      ? html`<p class="hint">${t.t('finder.showing', { shown: results.items.length, total: results.total })}</p>
          <button type="button" class="button button--secondary more" part="more-button" @click=${() => finder.showMore()}>
            ${t.t('finder.showMore')}
          </button>`
      : nothing}
    ${results.online && results.online.length > 0
      ? html`<h3 class="online-heading" id="${finder.idPrefix}-online">${t.t('finder.onlineHeading')}</h3>
          <ol class="results" part="results" aria-labelledby="${finder.idPrefix}-online">
            ${results.online.map((item, i) => renderItem(finder, item, results.items.length + i))}
          </ol>`
      : nothing}`;
}

/** When nothing matches: say so, and offer the ways out that would actually find something. */
export function renderNoResults(finder: SgGroupFinder): TemplateResult {
  const t = finder.l10n;
  const view = finder.viewState;
  const options: TemplateResult[] = [];
  if (finder.activeFilterCount() > 0) {
    options.push(html`<li><button type="button" class="button button--link" part="suggestion" @click=${() => finder.clearFilters()}>${t.t('finder.noResults.clear')}</button></li>`);
  }
  if (view.query) {
    options.push(html`<li><button type="button" class="button button--link" part="suggestion" @click=${() => finder.setQuery('')}>${t.t('finder.noResults.query')}</button></li>`);
  }
  if (finder.place.origin && view.radius > 0) {
    options.push(html`<li><button type="button" class="button button--link" part="suggestion" @click=${() => finder.widenRadius()}>${t.t('finder.noResults.widen')}</button></li>`);
  }
  if (finder.onlineHidden) {
    options.push(html`<li><button type="button" class="button button--link" part="suggestion" @click=${() => finder.showOnline()}>${t.t('finder.noResults.online')}</button></li>`);
  }
  return html`<div class="no-results" part="no-results">
    <p class="count" part="count">${finder.countText()}</p>
    <h3>${t.t('finder.noResults.heading')}</h3>
    ${options.length > 0 ? html`<p>${t.t('finder.noResults.body')}</p><ul>${options}</ul>` : nothing}
  </div>`;
}
