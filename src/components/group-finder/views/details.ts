import { html, nothing, type TemplateResult } from 'lit';
import type { Group } from '../../../feed/types.js';
import type { SgGroupFinder } from '../group-finder.component.js';
import { attendanceLabel, facetLabel } from '../labels.js';
import { directionsUrl, scheduleWords, upcoming, meetingText } from '../meeting-text.js';
import { calendarFile } from '../calendar.js';

function row(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === nothing || value === '') return nothing;
  return html`<dt>${label}</dt>
    <dd>${value}</dd>`;
}

function downloadCalendar(finder: SgGroupFinder, group: Group): void {
  const blob = new Blob([calendarFile(group, finder.l10n)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${group.id.replace(/[^\w-]+/g, '-').slice(0, 60) || 'group'}.ics`;
  finder.renderRoot.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  finder.calendarChosen(group);
}

async function share(finder: SgGroupFinder, group: Group): Promise<void> {
  const url = finder.groupUrl(group);
  const t = finder.l10n;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: group.name, url });
      finder.shared(group, '');
      return;
    } catch (error) {
      // The visitor closed the share sheet: nothing to say.
      if ((error as DOMException)?.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    finder.shared(group, t.t('finder.copied'));
  } catch {
    finder.shared(group, t.t('finder.copyFailed'));
  }
}

/** A group's details, inside the element: what, when, where, how to get in. */
export function renderDetails(finder: SgGroupFinder, group: Group): TemplateResult {
  const t = finder.l10n;
  const dates = upcoming(group, 4);
  const location = group.location;
  const address = [location?.name, location?.address, location?.postcode].filter(Boolean).join(', ');
  const directions = directionsUrl(group);
  const contact = group.contact;
  const access = (location?.accessibility ?? []).map((a) => facetLabel(t, 'accessibility', a));
  const languages = group.languages.map((l) => facetLabel(t, 'languages', l));
  // Each way the group meets, with the feed's note for it ("Not in August").
  const words = group.schedule.map((entry) =>
    entry.note ? `${scheduleWords(entry, t)}. ${t.t('finder.scheduleNote', { note: entry.note })}` : scheduleWords(entry, t),
  );
  const lastVerified = group.lastVerified ? new Date(`${group.lastVerified}T12:00:00Z`) : undefined;
  return html`<article class="details" part="details" aria-labelledby="${finder.idPrefix}-details-name">
    <p>
      <button type="button" class="button button--link" part="back-button" @click=${() => finder.closeGroup()}>
        <span aria-hidden="true">←</span> ${t.t('finder.back')}
      </button>
    </p>
    <h3 class="details__name" part="details-name" id="${finder.idPrefix}-details-name" tabindex="-1">${group.name}</h3>
    ${group.summary ? html`<p>${group.summary}</p>` : nothing}
    ${group.description && group.description !== group.summary ? html`<p class="details__description">${group.description}</p>` : nothing}
    <dl>
      ${row(t.t('finder.when'), words.length ? html`${words.map((w) => html`<span class="details__line">${w}</span><br />`)}` : undefined)}
      ${row(
        t.t('finder.nextDates'),
        dates.length
          ? html`<ul class="dates">
              ${dates.map((m) => html`<li>${meetingText(m, t)}</li>`)}
            </ul>`
          : t.t('finder.noUpcoming'),
      )}
      ${row(t.t('finder.where'), html`${attendanceLabel(t, group.attendance)}${address ? html`<br />${address}` : nothing}`)}
      ${row(t.t('finder.access'), access.length ? t.list(access) : undefined)}
      ${row(t.t('finder.cost'), group.cost?.free ? t.t('finder.costFree') : (group.cost?.details ?? t.t('finder.costAsk')))}
      ${row(t.t('finder.booking'), group.booking ? t.t(`finder.booking.${group.booking}`) : undefined)}
      ${row(t.t('finder.runBy'), group.facilitation ? facetLabel(t, 'facilitation', group.facilitation) : undefined)}
      ${row(
        t.t('finder.organisation'),
        group.organisation?.name
          ? html`${group.organisation.url
              ? html`<a href=${group.organisation.url} part="organisation-link" rel="noopener noreferrer" target="_blank">${group.organisation.name}</a>`
              : group.organisation.name}${group.organisation.charityNumber
              ? html`<br /><span class="hint">${t.t('finder.charityNumber', { number: group.organisation.charityNumber })}</span>`
              : nothing}`
          : undefined,
      )}
      ${row(t.t('finder.languages'), languages.length ? t.list(languages) : undefined)}
      ${row(t.t('finder.size'), group.size)}
    </dl>
    <h4>${t.t('finder.contact')}</h4>
    <ul class="actions">
      ${group.online?.url
        ? html`<li>
            <a class="button" part="action" href=${group.online.url} rel="noopener noreferrer" target="_blank" @click=${() => finder.contactChosen(group, 'join')}
              >${group.online.platform ? t.t('finder.joinOn', { platform: group.online.platform }) : t.t('finder.join')}</a
            >
          </li>`
        : nothing}
      ${contact?.phone
        ? html`<li>
            <a class="button button--secondary" part="action" href="tel:${contact.phone.replace(/[^\d+]/g, '')}" @click=${() => finder.contactChosen(group, 'phone')}
              >${t.t('finder.call', { value: contact.phone })}</a
            >
          </li>`
        : nothing}
      ${contact?.email
        ? html`<li>
            <a class="button button--secondary" part="action" href="mailto:${contact.email}" @click=${() => finder.contactChosen(group, 'email')}
              >${t.t('finder.email', { value: contact.email })}</a
            >
          </li>`
        : nothing}
      ${contact?.url
        ? html`<li>
            <a class="button button--secondary" part="action" href=${contact.url} rel="noopener noreferrer" target="_blank" @click=${() => finder.contactChosen(group, 'web')}
              >${t.t('finder.website')}</a
            >
          </li>`
        : nothing}
    </ul>
    <ul class="actions">
      ${group.schedule.length > 0
        ? html`<li>
            <button type="button" class="button button--secondary" part="action" @click=${() => downloadCalendar(finder, group)}>
              ${t.t('finder.addToCalendar')}
            </button>
          </li>`
        : nothing}
      ${directions
        ? html`<li>
            <a class="button button--secondary" part="action" href=${directions} rel="noopener noreferrer" target="_blank" @click=${() => finder.contactChosen(group, 'directions')}
              >${t.t('finder.directions')}</a
            >
          </li>`
        : nothing}
      <li>
        <button type="button" class="button button--secondary" part="action" @click=${() => share(finder, group)}>${t.t('finder.share')}</button>
      </li>
    </ul>
    <p role="status" class="hint">${finder.shareStatus}</p>
    ${finder.whatToExpect ? html`<p><a href=${finder.whatToExpect} part="what-to-expect-link">${t.t('finder.whatToExpect')}</a></p>` : nothing}
    ${lastVerified && !Number.isNaN(lastVerified.getTime())
      ? html`<p class="hint">${t.t('finder.lastVerified', { date: t.date(lastVerified, { dateStyle: 'long', timeZone: 'UTC' }) })}</p>`
      : nothing}
  </article>`;
}
