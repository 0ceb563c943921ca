import { html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../feed/context.js';
import type { Directory } from '../feed/types.js';

const MAX_SHOWN = 50;

/**
 * Feed problems for the editor (with `debug`): which record, which field, what
 * was wrong, and what we did. English on purpose: it is for the publisher.
 */
export function renderFeedProblems(directory: Directory): TemplateResult | typeof nothing {
  const problems = directory.problems;
  if (problems.length === 0) return nothing;
  return html`<details class="editor-note" part="editor-note" open>
    <summary part="editor-note-summary"><strong>For the page editor:</strong> the feed has ${problems.length} problem${problems.length === 1 ? '' : 's'}
      (${directory.stats.skipped} record${directory.stats.skipped === 1 ? '' : 's'} left out)</summary>
    <ul>
      ${problems.slice(0, MAX_SHOWN).map(
        (p) => html`<li><code>${p.path}</code>${p.id ? html` (id <code>${p.id}</code>)` : nothing}: ${p.message} — <em>${p.action}</em></li>`,
      )}
    </ul>
    ${problems.length > MAX_SHOWN ? html`<p>…and ${problems.length - MAX_SHOWN} more. Run <code>sg-feed validate</code> for the full list.</p>` : nothing}
  </details>`;
}

/**
 * Why the feed could not be used, for the editor (with `debug`): the sentence
 * the loader wrote (which says what to do, e.g. host the formats file next to
 * the script) and the address. Visitors see the plain failure message instead.
 */
export function renderFeedFailure(state: FeedState): TemplateResult | typeof nothing {
  const error = state.error;
  // Also when a saved copy is showing: the feed itself still failed.
  if (!error) return nothing;
  return html`<div class="editor-note" part="editor-note" role="note">
    <p><strong>For the page editor:</strong> the feed${state.url ? html` <code>${state.url}</code>` : nothing} could not be
      used${state.stale ? ' (a saved copy is showing)' : ''}. ${error.message}${error.status ? ` (HTTP ${error.status})` : ''}</p>
  </div>`;
}
