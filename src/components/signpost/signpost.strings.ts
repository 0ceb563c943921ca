import type { Keys, StringsBundle } from '../../i18n/registry.js';

/** English source strings for <sg-signpost>. Plain words, reading age about 9. */
export const en = {
  'signpost.label': 'Help now',
  'signpost.heading': 'Need to talk to someone now?',
  'signpost.intro': 'These services will listen. You do not have to be at breaking point to get in touch.',
  'signpost.emergency': 'If a life is at risk right now, call {numbers}.',
  'signpost.emergencyAandE': 'If a life is at risk right now, call {numbers} or go to A&E.',
  'signpost.or': 'or',
  'signpost.call': 'Call {value}',
  'signpost.text': 'Text {value}',
  'signpost.textKeyword': 'Text {keyword} to {value}',
  'signpost.email': 'Email {value}',
  'signpost.textphone': 'Textphone {value}',
  'signpost.web': 'Visit {value}',
  'signpost.hours': 'Open: {hours}',
  'signpost.compactLead': 'Need to talk?',
  'signpost.more': 'More places to get help',
  'signpost.fewer': 'Fewer places to get help',
  'signpost.dismiss': 'Hide',
  'signpost.dismissLabel': 'Hide crisis help',
  'signpost.show': 'Show crisis help',
} as const;

/** Welsh. Reviewed only by the developers: a native speaker's review is welcome. */
export const cy: Keys<typeof en> = {
  'signpost.label': 'Help nawr',
  'signpost.heading': 'Angen siarad â rhywun nawr?',
  'signpost.intro': 'Bydd y gwasanaethau hyn yn gwrando. Does dim rhaid i chi fod mewn argyfwng i gysylltu.',
  'signpost.emergency': 'Os oes bywyd mewn perygl nawr, ffoniwch {numbers}.',
  'signpost.emergencyAandE': 'Os oes bywyd mewn perygl nawr, ffoniwch {numbers} neu ewch i’r Adran Achosion Brys.',
  'signpost.or': 'neu',
  'signpost.call': 'Ffoniwch {value}',
  'signpost.text': 'Tecstiwch {value}',
  'signpost.textKeyword': 'Tecstiwch {keyword} i {value}',
  'signpost.email': 'E-bostiwch {value}',
  'signpost.textphone': 'Ffôn testun {value}',
  'signpost.web': 'Ewch i {value}',
  'signpost.hours': 'Ar agor: {hours}',
  'signpost.compactLead': 'Angen siarad?',
  'signpost.more': 'Rhagor o lefydd i gael help',
  'signpost.fewer': 'Llai o lefydd i gael help',
  'signpost.dismiss': 'Cuddio',
  'signpost.dismissLabel': 'Cuddio help mewn argyfwng',
  'signpost.show': 'Dangos help mewn argyfwng',
};

declare module '../../i18n/registry.js' {
  interface SgStrings extends Keys<typeof en> {}
}

export const signpostStrings: StringsBundle = { en, cy };
