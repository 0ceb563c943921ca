import type { Keys, StringsBundle } from '../../i18n/registry.js';

/**
 * English source strings for <sg-benefits>: headings and labels. The long
 * default content (benefits, comparison, limits, research) is data in
 * src/content/, in English and Welsh side by side.
 */
export const en = {
  'benefits.heading': 'How a peer support group can help',
  'benefits.intro':
    'A peer support group is a group of people with similar experiences who meet to support each other. Here is how it can help, and when it might not be right for you.',
  'benefits.benefitsHeading': 'What a group can give you',
  'benefits.example': 'For example:',
  'benefits.compareHeading': 'Groups, talking therapy and medication',
  'benefits.compareIntro':
    'These are not rivals. They can work well together, and many people use more than one. Your GP can help you decide what might suit you.',
  'benefits.compareCaption': 'How peer support groups, talking therapy and medication compare',
  'benefits.colAspect': 'What we compare',
  'benefits.colPeer': 'Peer support group',
  'benefits.colTherapy': 'Talking therapy',
  'benefits.colMedication': 'Medication',
  'benefits.limitsHeading': 'Not for everyone',
  'benefits.limitsIntro': 'Peer support helps many people, but it is not right for everyone, and that is OK.',
  'benefits.worksHeading': 'What makes a group work well',
  'benefits.researchHeading': 'What the research says',
  'benefits.sourcesHeading': 'Sources',
} as const;

/** Welsh. Written by the developers: a native speaker's review is welcome. */
export const cy: Keys<typeof en> = {
  'benefits.heading': 'Sut gall grŵp cymorth cymheiriaid helpu',
  'benefits.intro':
    'Mae grŵp cymorth cymheiriaid yn grŵp o bobl sydd â phrofiadau tebyg sy’n cwrdd i gefnogi ei gilydd. Dyma sut gall helpu, a phryd efallai na fydd yn iawn i chi.',
  'benefits.benefitsHeading': 'Beth gall grŵp ei roi i chi',
  'benefits.example': 'Er enghraifft:',
  'benefits.compareHeading': 'Grwpiau, therapi siarad a meddyginiaeth',
  'benefits.compareIntro':
    'Nid ydyn nhw’n cystadlu. Gallan nhw weithio’n dda gyda’i gilydd, ac mae llawer o bobl yn defnyddio mwy nag un. Gall eich meddyg teulu eich helpu i benderfynu beth allai fod yn addas i chi.',
  'benefits.compareCaption': 'Cymharu grwpiau cymorth cymheiriaid, therapi siarad a meddyginiaeth',
  'benefits.colAspect': 'Beth rydyn ni’n ei gymharu',
  'benefits.colPeer': 'Grŵp cymorth cymheiriaid',
  'benefits.colTherapy': 'Therapi siarad',
  'benefits.colMedication': 'Meddyginiaeth',
  'benefits.limitsHeading': 'Nid i bawb',
  'benefits.limitsIntro': 'Mae cymorth cymheiriaid yn helpu llawer o bobl, ond nid yw’n iawn i bawb, ac mae hynny’n iawn.',
  'benefits.worksHeading': 'Beth sy’n gwneud i grŵp weithio’n dda',
  'benefits.researchHeading': 'Beth mae’r ymchwil yn ei ddweud',
  'benefits.sourcesHeading': 'Ffynonellau',
};

declare module '../../i18n/registry.js' {
  interface SgStrings extends Keys<typeof en> {}
}

export const benefitsStrings: StringsBundle = { en, cy };
