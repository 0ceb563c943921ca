import type { Keys, StringsBundle } from '../../i18n/registry.js';

/**
 * English source strings for <sg-what-to-expect>: headings, controls and the
 * "help now" line. The steps and worries are data in src/content/steps.ts.
 */
export const en = {
  'wte.heading': 'What happens at a group',
  'wte.intro':
    'Going to a group for the first time can feel scary. Here is what usually happens, so you know what to expect. Every group is a bit different.',
  'wte.stepsHeading': 'Your first meeting, step by step',
  'wte.stepCount': 'Step {index} of {count}',
  'wte.back': 'Back',
  'wte.next': 'Next',
  'wte.cta': 'Find a group',
  'wte.worriesHeading': 'Common worries',
  'wte.helpNow':
    'If you need help right now, you do not have to wait for a group. Contact a helpline, your GP or your local crisis service. If a life is at risk, call the emergency services.',
  'wte.helpNowLink': 'See who you can talk to now',
} as const;

/** Welsh. Written by the developers: a native speaker's review is welcome. */
export const cy: Keys<typeof en> = {
  'wte.heading': 'Beth sy’n digwydd mewn grŵp',
  'wte.intro':
    'Gall mynd i grŵp am y tro cyntaf deimlo’n frawychus. Dyma beth sy’n digwydd fel arfer, er mwyn i chi wybod beth i’w ddisgwyl. Mae pob grŵp ychydig yn wahanol.',
  'wte.stepsHeading': 'Eich cyfarfod cyntaf, gam wrth gam',
  'wte.stepCount': 'Cam {index} o {count}',
  'wte.back': 'Yn ôl',
  'wte.next': 'Nesaf',
  'wte.cta': 'Dod o hyd i grŵp',
  'wte.worriesHeading': 'Pryderon cyffredin',
  'wte.helpNow':
    'Os oes angen help arnoch chi nawr, does dim rhaid i chi aros am grŵp. Cysylltwch â llinell gymorth, eich meddyg teulu neu’ch gwasanaeth argyfwng lleol. Os oes bywyd mewn perygl, ffoniwch y gwasanaethau brys.',
  'wte.helpNowLink': 'Gweld â phwy y gallwch chi siarad nawr',
};

declare module '../../i18n/registry.js' {
  interface SgStrings extends Keys<typeof en> {}
}

export const whatToExpectStrings: StringsBundle = { en, cy };
