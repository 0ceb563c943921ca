/**
 * Built-in crisis contacts for <sg-signpost>: the one place these numbers live.
 *
 * Only rows marked "confirmed" in shared/HELPLINES.md are here. Each carries
 * the page it was confirmed on and the date this list was checked against
 * that review. Tests pin every number, so a change here is deliberate.
 * Never add a number or an opening time that has not been confirmed on the
 * service's own site; a charity can add its own contacts from its feed.
 */

import { pick, type Bilingual } from './bilingual.js';

/** Text in English and Welsh (both required, so a missing translation is a type error). */
export type LocalText = Bilingual;

export type Region = 'uk' | 'england' | 'scotland' | 'wales' | 'northern-ireland' | 'ireland';

export const REGIONS: readonly Region[] = ['uk', 'england', 'scotland', 'wales', 'northern-ireland', 'ireland'];

export type Channel = 'call' | 'text' | 'email' | 'textphone';

export interface Helpline {
  /** Stable id, used in events and for feed overrides. */
  readonly id: string;
  readonly service: string;
  readonly channel: Channel;
  /** Exactly what the visitor dials, texts or writes to. */
  readonly value: string;
  /** The word to text, when the service needs one. */
  readonly keyword?: string;
  /** `tel:`/`sms:` in national form, or `mailto:`. */
  readonly href: string;
  readonly hours?: LocalText;
  readonly audience: LocalText;
  readonly note?: LocalText;
  /** Where it was confirmed. */
  readonly source: string;
  /** When this entry was last checked against its source (YYYY-MM-DD). */
  readonly checked: string;
}

/**
 * The date these entries were last compared with shared/HELPLINES.md, the
 * project's record of what was confirmed on each service's own pages.
 */
const CHECKED = '2026-11-27';

const ALWAYS: LocalText = { en: '24 hours a day, every day', cy: '24 awr y dydd, bob dydd' };

export const HELPLINES = {
  samaritans: {
    id: 'samaritans',
    service: 'Samaritans',
    channel: 'call',
    value: '116 123',
    href: 'tel:116123',
    hours: ALWAYS,
    audience: { en: 'Anyone who needs to talk', cy: 'Unrhyw un sydd angen siarad' },
    note: { en: 'Free to call, even with no credit', cy: 'Am ddim, hyd yn oed heb gredyd' },
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
  },
  samaritansEmail: {
    id: 'samaritans-email',
    service: 'Samaritans',
    channel: 'email',
    value: 'jo@samaritans.org',
    href: 'mailto:jo@samaritans.org',
    audience: { en: 'Anyone who would rather write', cy: 'Unrhyw un sy’n well ganddo ysgrifennu' },
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED,
  },
  shout: {
    id: 'shout',
    service: 'Shout',
    channel: 'text',
    value: '85258',
    keyword: 'SHOUT',
    href: 'sms:85258?body=SHOUT',
    hours: ALWAYS,
    audience: {
      en: 'Anyone in the UK who would rather text. It is not for ongoing support',
      cy: 'Unrhyw un yn y DU sy’n well ganddo decstio. Nid yw ar gyfer cymorth parhaus',
    },
    source: 'https://giveusashout.org/faqs/',
    checked: CHECKED,
  },
  nhs111England: {
    id: 'nhs-111-england',
    service: 'NHS 111',
    channel: 'call',
    value: '111',
    href: 'tel:111',
    hours: ALWAYS,
    audience: { en: 'Any age, or if you are worried about someone else', cy: 'Unrhyw oed, neu os ydych chi’n poeni am rywun arall' },
    note: { en: 'Choose the mental health option', cy: 'Dewiswch yr opsiwn iechyd meddwl' },
    source: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
    checked: CHECKED,
  },
  nhs24: {
    id: 'nhs-24',
    service: 'NHS 24',
    channel: 'call',
    value: '111',
    href: 'tel:111',
    hours: ALWAYS,
    audience: { en: 'Anyone in Scotland', cy: 'Unrhyw un yn yr Alban' },
    note: { en: 'Ask for the Mental Health Hub', cy: 'Gofynnwch am yr Hyb Iechyd Meddwl' },
    source: 'NHS 24 announcements of the Mental Health Hub on 111 (no page address recorded in shared/HELPLINES.md)',
    checked: CHECKED,
  },
  breathingSpace: {
    id: 'breathing-space',
    service: 'Breathing Space',
    channel: 'call',
    value: '0800 83 85 87',
    href: 'tel:0800838587',
    hours: {
      en: 'Monday to Thursday, 6pm to 2am. Friday 6pm to Monday 6am',
      cy: 'Dydd Llun i ddydd Iau, 6pm tan 2am. Dydd Gwener 6pm tan ddydd Llun 6am',
    },
    audience: { en: 'People aged 16 and over in Scotland', cy: 'Pobl 16 oed a hŷn yn yr Alban' },
    source: 'https://breathingspace.scot/',
    checked: CHECKED,
  },
  nhs111Wales: {
    id: 'nhs-111-wales',
    service: 'NHS 111 Wales',
    channel: 'call',
    value: '111',
    href: 'tel:111',
    hours: ALWAYS,
    audience: { en: 'All ages, in Wales', cy: 'Pob oed, yng Nghymru' },
    note: { en: 'Press 2 for mental health support', cy: 'Pwyswch 2 am gymorth iechyd meddwl' },
    source: 'NHS Wales announcements of 111 press 2 (2023, 2025; no page address recorded in shared/HELPLINES.md)',
    checked: CHECKED,
  },
  lifeline: {
    id: 'lifeline',
    service: 'Lifeline',
    channel: 'call',
    value: '0808 808 8000',
    href: 'tel:08088088000',
    hours: ALWAYS,
    audience: {
      en: 'People in Northern Ireland, and anyone worried about them',
      cy: 'Pobl yng Ngogledd Iwerddon, ac unrhyw un sy’n poeni amdanynt',
    },
    source: 'https://www.lifelinehelpline.info/page/about.html',
    checked: CHECKED,
  },
  lifelineTextphone: {
    id: 'lifeline-textphone',
    service: 'Lifeline',
    channel: 'textphone',
    value: '18001 0808 808 8000',
    href: 'tel:1800108088088000',
    hours: ALWAYS,
    audience: { en: 'Deaf people and people with hearing loss', cy: 'Pobl fyddar a phobl â cholled clyw' },
    source: 'https://www.lifelinehelpline.info/page/about.html',
    checked: CHECKED,
  },
  samaritansIreland: {
    id: 'samaritans-ireland',
    service: 'Samaritans',
    channel: 'call',
    value: '116 123',
    href: 'tel:116123',
    hours: ALWAYS,
    audience: { en: 'Anyone who needs to talk', cy: 'Unrhyw un sydd angen siarad' },
    source: 'https://www.samaritans.ie/',
    checked: CHECKED,
  },
  text50808: {
    id: 'text-50808',
    service: '50808',
    channel: 'text',
    value: '50808',
    href: 'sms:50808',
    hours: ALWAYS,
    audience: { en: 'Anyone in Ireland who would rather text', cy: 'Unrhyw un yn Iwerddon sy’n well ganddo decstio' },
    source: 'HSE-funded service launch pages (no page address recorded in shared/HELPLINES.md)',
    checked: CHECKED,
  },
  papyrus: {
    id: 'papyrus',
    service: 'Papyrus HOPELINE247',
    channel: 'call',
    value: '0800 068 4141',
    href: 'tel:08000684141',
    hours: ALWAYS,
    audience: {
      en: 'People under 35, or anyone worried about a young person',
      cy: 'Pobl dan 35 oed, neu unrhyw un sy’n poeni am berson ifanc',
    },
    source: 'https://www.papyrus-uk.org/hopelineuk-faqs/',
    checked: CHECKED,
  },
  papyrusEmail: {
    id: 'papyrus-email',
    service: 'Papyrus HOPELINE247',
    channel: 'email',
    value: 'pat@papyrus-uk.org',
    href: 'mailto:pat@papyrus-uk.org',
    audience: {
      en: 'People under 35, or anyone worried about a young person',
      cy: 'Pobl dan 35 oed, neu unrhyw un sy’n poeni am berson ifanc',
    },
    source: 'https://www.papyrus-uk.org/hopelineuk-faqs/',
    checked: CHECKED,
  },
  childline: {
    id: 'childline',
    service: 'Childline',
    channel: 'call',
    value: '0800 1111',
    href: 'tel:08001111',
    hours: ALWAYS,
    audience: { en: 'Children and young people under 19', cy: 'Plant a phobl ifanc dan 19 oed' },
    source: 'https://learning.nspcc.org.uk/services/childline',
    checked: CHECKED,
  },
  calm: {
    id: 'calm',
    service: 'CALM',
    channel: 'call',
    value: '0800 58 58 58',
    href: 'tel:0800585858',
    hours: { en: '5pm to midnight, every day', cy: '5pm tan hanner nos, bob dydd' },
    audience: { en: 'Anyone in the UK', cy: 'Unrhyw un yn y DU' },
    source: 'https://www.thecalmzone.net/helpline-terms/',
    checked: CHECKED,
  },
} as const satisfies Record<string, Helpline>;

/** The emergency line for a region: who to call when a life is at risk now. */
export interface EmergencyLine {
  /** The numbers to show, in order. */
  readonly numbers: readonly { readonly value: string; readonly href: string }[];
  /** Whether to also say "or go to A&E". */
  readonly aAndE: boolean;
  readonly source: string;
  readonly checked: string;
}

const UK_EMERGENCY: EmergencyLine = {
  numbers: [{ value: '999', href: 'tel:999' }],
  aAndE: true,
  source: 'NHS pages on when to call 999 or go to A&E (see shared/HELPLINES.md)',
  checked: CHECKED,
};

const IRELAND_EMERGENCY: EmergencyLine = {
  numbers: [
    { value: '112', href: 'tel:112' },
    { value: '999', href: 'tel:999' },
  ],
  aAndE: false,
  source: 'shared/HELPLINES.md (Ireland: emergencies, call 112 or 999)',
  checked: CHECKED,
};

/** What a region shows: first the main lines, then more specialist help. */
export interface RegionHelp {
  readonly emergency: EmergencyLine;
  readonly primary: readonly Helpline[];
  readonly more: readonly Helpline[];
}

const h = HELPLINES;
const UK_MORE: readonly Helpline[] = [h.samaritansEmail, h.papyrus, h.papyrusEmail, h.childline, h.calm];

export const REGION_HELP: Readonly<Record<Region, RegionHelp>> = {
  uk: { emergency: UK_EMERGENCY, primary: [h.samaritans, h.shout], more: UK_MORE },
  england: { emergency: UK_EMERGENCY, primary: [h.samaritans, h.shout, h.nhs111England], more: UK_MORE },
  scotland: { emergency: UK_EMERGENCY, primary: [h.samaritans, h.shout, h.nhs24, h.breathingSpace], more: UK_MORE },
  wales: { emergency: UK_EMERGENCY, primary: [h.samaritans, h.shout, h.nhs111Wales], more: UK_MORE },
  'northern-ireland': {
    emergency: UK_EMERGENCY,
    primary: [h.samaritans, h.lifeline, h.shout],
    more: [h.lifelineTextphone, ...UK_MORE],
  },
  ireland: { emergency: IRELAND_EMERGENCY, primary: [h.samaritansIreland, h.text50808], more: [] },
};

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** Built-in text in the element's language (Welsh for cy, else English); feed text is used as it is. */
export function localText(text: LocalText | string | undefined, lang: string): string | undefined {
  return text === undefined || typeof text === 'string' ? text : pick(text, lang);
}
