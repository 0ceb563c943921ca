/* global window, document, gtag */
// Sends the widgets' events to Google Analytics 4, but only once your site
// calls startWidgetAnalytics(): do that from your consent banner, after the
// visitor has said yes. Nothing here runs before then.
// It never sends what the visitor typed or their postcode.
let widgetAnalyticsStarted = false;
window.startWidgetAnalytics = () => {
  if (widgetAnalyticsStarted) return;
  widgetAnalyticsStarted = true;
  const on = (type, send) => document.addEventListener(type, (event) => send(event.detail ?? {}));

  // detail.query is what the visitor typed: leave it out. Send the count only.
  on('sg-results', (d) => gtag('event', 'sg_search', { results: d.total }));
  on('sg-group-open', (d) => gtag('event', 'sg_group_open', { group_id: d.id }));
  on('sg-contact', (d) => gtag('event', 'sg_contact', { contact_id: d.id, channel: d.channel }));
  on('sg-calendar', (d) => gtag('event', 'sg_calendar', { group_id: d.id }));
  on('sg-share', (d) => gtag('event', 'sg_share', { group_id: d.id }));
  on('sg-step-change', (d) => gtag('event', 'sg_step', { step: d.step, steps: d.count }));
  on('sg-cta', () => gtag('event', 'sg_find_a_group'));
  on('sg-dismiss', () => gtag('event', 'sg_help_hidden'));
};
