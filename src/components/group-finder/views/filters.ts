import { html, nothing, type TemplateResult } from 'lit';
import type { StringKey } from '../../../i18n/registry.js';
import type { SgGroupFinder } from '../group-finder.component.js';
import type { FinderResults } from '../finder-engine.js';
import { DAY_ORDER, facetLabel } from '../labels.js';
import { LIST_FILTER_KEYS, type ListFilterKey } from '../url-state.js';

const FIXED_ORDER: Partial<Record<ListFilterKey, readonly string[]>> = {
  days: DAY_ORDER,
  times: ['morning', 'afternoon', 'evening'],
  attendance: ['in-person', 'hybrid', 'online', 'phone'],
  facilitation: ['peer', 'co-facilitated', 'professional'],
};

function orderedValues(finder: SgGroupFinder, key: ListFilterKey, counts: Readonly<Record<string, number>>): string[] {
  const selected = finder.viewState.filters[key];
  const values = [...new Set([...Object.keys(counts), ...selected])];
  const fixed = FIXED_ORDER[key];
  if (fixed) return values.sort((a, b) => fixed.indexOf(a) - fixed.indexOf(b));
  const collator = new Intl.Collator(finder.l10n.locale);
  return values.sort((a, b) => collator.compare(facetLabel(finder.l10n, key, a), facetLabel(finder.l10n, key, b)));
}

function renderFacet(finder: SgGroupFinder, key: ListFilterKey, counts: Readonly<Record<string, number>>): TemplateResult | typeof nothing {
  const values = orderedValues(finder, key, counts);
  // A facet with a single value tells the visitor nothing and cannot narrow anything.
  if (values.length < 2 && finder.viewState.filters[key].length === 0) return nothing;
  const t = finder.l10n;
  const selected = new Set(finder.viewState.filters[key]);
  const id = `${finder.idPrefix}-${key}`;
  return html`<fieldset part="filter-group">
    <legend>${t.t(`finder.facet.${key}` as StringKey)}</legend>
    ${values.map((value, i) => {
      const label = facetLabel(t, key, value);
      return html`<div class="check" part="filter-option">
        <input
          type="checkbox"
          id="${id}-${i}"
          .checked=${selected.has(value)}
          @change=${(e: Event) => finder.toggleFilter(key, value, (e.target as HTMLInputElement).checked)}
        />
        <label for="${id}-${i}">${t.t('finder.optionCount', { label, count: counts[value] ?? 0 })}</label>
      </div>`;
    })}
  </fieldset>`;
}

function renderFlag(finder: SgGroupFinder, key: 'free' | 'dropIn', count: number): TemplateResult {
  const t = finder.l10n;
  const id = `${finder.idPrefix}-${key}`;
  const label = t.t(key === 'free' ? 'finder.freeOnly' : 'finder.dropInOnly');
  return html`<div class="check" part="filter-option">
    <input
      type="checkbox"
      id=${id}
      .checked=${finder.viewState.filters[key]}
      @change=${(e: Event) => finder.setFlag(key, (e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${t.t('finder.optionCount', { label, count })}</label>
  </div>`;
}

/** The filters panel: a fieldset per facet, built from the feed's own values, with live counts. */
export function renderFilters(finder: SgGroupFinder, results: FinderResults): TemplateResult {
  const t = finder.l10n;
  const panelId = `${finder.idPrefix}-filters`;
  const chosen = finder.activeFilterCount();
  const title = chosen > 0 ? t.t('finder.filtersChosen', { count: chosen }) : t.t('finder.filters');
  return html`<div class="filters-area">
    <button
      type="button"
      class="button button--secondary filters-toggle"
      part="filters-toggle"
      aria-expanded=${finder.isFiltersOpen ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${() => finder.toggleFilters()}
    >
      ${title}
    </button>
    <div id=${panelId} class="filters" part="filters" ?hidden=${!finder.isFiltersOpen} role="group" aria-label=${t.t('finder.filters')}>
      <fieldset part="filter-group">
        <legend class="visually-hidden">${t.t('finder.cost')}</legend>
        ${renderFlag(finder, 'free', results.flagCounts.free)} ${renderFlag(finder, 'dropIn', results.flagCounts.dropIn)}
      </fieldset>
      ${LIST_FILTER_KEYS.map((key) => renderFacet(finder, key, results.facets[key] ?? {}))}
    </div>
  </div>`;
}

/** The filters the visitor chose, each a button that removes it, and "Clear all". */
export function renderChips(finder: SgGroupFinder): TemplateResult | typeof nothing {
  const t = finder.l10n;
  const filters = finder.viewState.filters;
  const chips: TemplateResult[] = [];
  for (const key of LIST_FILTER_KEYS) {
    for (const value of filters[key]) {
      const label = facetLabel(t, key, value);
      chips.push(html`<li>
        <button
          type="button"
          class="chip"
          part="chip"
          aria-label=${t.t('finder.removeFilter', { label })}
          @click=${() => finder.toggleFilter(key, value, false)}
        >
          ${label} <span aria-hidden="true">×</span>
        </button>
      </li>`);
    }
  }
  for (const key of ['free', 'dropIn'] as const) {
    if (!filters[key]) continue;
    const label = t.t(key === 'free' ? 'finder.freeOnly' : 'finder.dropInOnly');
    chips.push(html`<li>
      <button type="button" class="chip" part="chip" aria-label=${t.t('finder.removeFilter', { label })} @click=${() => finder.setFlag(key, false)}>
        ${label} <span aria-hidden="true">×</span>
      </button>
    </li>`);
  }
  if (chips.length === 0) return nothing;
  return html`<ul class="chips" part="chips" aria-label=${t.t('finder.activeFilters')}>
    ${chips}
    <li>
      <button type="button" class="button button--link" part="clear-button" @click=${() => finder.clearFilters()}>
        ${t.t('finder.clearAll')}
      </button>
    </li>
  </ul>`;
}
