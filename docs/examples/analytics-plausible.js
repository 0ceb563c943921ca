/* global window, document, plausible */
// Sends the widgets' events to Plausible as custom events, but only once your
// site calls startWidgetAnalytics(): do that after your own consent step.
// It never sends what the visitor typed or their postcode.
let widgetAnalyticsStarted = false;
window.startWidgetAnalytics = () => {
  if (widgetAnalyticsStarted) return;
  widgetAnalyticsStarted = true;
  const on = (type, send) => document.addEventListener(type, (event) => send(event.detail ?? {}));
  // Plausible wants every property value as text.
  const props = (values) => ({ props: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) });

  // detail.query is what the visitor typed: leave it out. Send the count only.
  on('sg-results', (d) => plausible('Group search', props({ results: d.total })));
  on('sg-group-open', (d) => plausible('Group opened', props({ group: d.id })));
  on('sg-contact', (d) => plausible('Contact chosen', props({ contact: d.id, channel: d.channel })));
  on('sg-calendar', (d) => plausible('Calendar download', props({ group: d.id })));
  on('sg-share', (d) => plausible('Group shared', props({ group: d.id })));
  on('sg-step-change', (d) => plausible('First meeting step', props({ step: d.step })));
  on('sg-cta', () => plausible('Find a group pressed'));
  on('sg-dismiss', () => plausible('Crisis help hidden'));
};
