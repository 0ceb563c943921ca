import { html, type TemplateResult } from 'lit';
import { COMPARED, type ComparisonRow, type Compared } from '../../content/comparison.js';

/** Everything the table shows, already in the visitor's language. */
export interface ComparisonView {
  readonly caption: string;
  readonly columns: Readonly<Record<'aspect' | Compared, string>>;
  readonly rows: readonly ComparisonRow[];
}

/**
 * The comparison as a real table: a caption, column headers with
 * `scope="col"` and a row header with `scope="row"` per row.
 *
 * Each cell also carries its column's name in a span hidden from assistive
 * technology (the table's own headers already name it there). The styles
 * show those spans only when the table stacks into cards at narrow widths,
 * so every value keeps a visible label when the header row is out of sight.
 */
export function renderComparisonTable(view: ComparisonView): TemplateResult {
  return html`<div class="compare__frame" part="comparison">
    <table class="compare__table" part="table">
      <caption class="compare__caption" part="caption">
        <slot name="compare-caption">${view.caption}</slot>
      </caption>
      <thead class="compare__head">
        <tr>
          <th scope="col" part="column-header">${view.columns.aspect}</th>
          ${COMPARED.map((key) => html`<th scope="col" part="column-header" class="compare__col--${key}">${view.columns[key]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          (row) => html`<tr class="compare__row" part="row">
            <th scope="row" class="compare__aspect" part="row-header">${row.aspect}</th>
            ${COMPARED.map(
              (key) => html`<td class="compare__cell compare__cell--${key}" part="cell">
                <span class="compare__label" aria-hidden="true">${view.columns[key]}</span>
                <span class="compare__value">${row[key]}</span>
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
