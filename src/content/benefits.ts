/**
 * Default words for <sg-benefits>: what a peer support group can give,
 * its honest limits, and what makes a group work well.
 *
 * Written for a reading age of about 9 to 11, in short sentences. Every claim
 * says "can" or "may": the evidence (see research.ts) supports hope and
 * feeling less alone for some people, not a cure. A charity replaces any of
 * this from its feed or in its own HTML.
 */
import type { Bilingual, TitledText } from './bilingual.js';

/** A benefit of going to a group, with an everyday example. */
export interface Benefit extends TitledText {
  readonly example: Bilingual;
}

export const BENEFITS: readonly Benefit[] = [
  {
    id: 'shared-experience',
    title: { en: 'You are not alone', cy: 'Dydych chi ddim ar eich pen eich hun' },
    text: {
      en: 'Meeting people who have been through something similar can make you feel less alone.',
      cy: 'Gall cwrdd â phobl sydd wedi bod drwy rywbeth tebyg wneud i chi deimlo’n llai unig.',
    },
    example: {
      en: 'Someone describes exactly what you have been feeling, and you realise it is not just you.',
      cy: 'Mae rhywun yn disgrifio’r union beth rydych chi wedi bod yn ei deimlo, ac rydych chi’n sylweddoli nad chi yw’r unig un.',
    },
  },
  {
    id: 'safe-space',
    title: { en: 'A safe place to talk', cy: 'Lle diogel i siarad' },
    text: {
      en: 'You can say how you feel without being judged.',
      cy: 'Gallwch ddweud sut rydych chi’n teimlo heb i neb eich barnu.',
    },
    example: {
      en: 'You talk about a bad week, and people listen instead of telling you to cheer up.',
      cy: 'Rydych chi’n sôn am wythnos anodd, ac mae pobl yn gwrando yn lle dweud wrthych chi am godi’ch calon.',
    },
  },
  {
    id: 'coping',
    title: { en: 'Ideas that have worked for others', cy: 'Syniadau sydd wedi helpu eraill' },
    text: {
      en: 'People share what helps them cope from day to day.',
      cy: 'Mae pobl yn rhannu beth sy’n eu helpu i ymdopi o ddydd i ddydd.',
    },
    example: {
      en: 'Someone explains how they plan their morning after a bad night’s sleep, and you give it a try.',
      cy: 'Mae rhywun yn esbonio sut mae’n cynllunio’i fore ar ôl noson wael o gwsg, ac rydych chi’n rhoi cynnig arni.',
    },
  },
  {
    id: 'hope',
    title: { en: 'Hope for the future', cy: 'Gobaith at y dyfodol' },
    text: {
      en: 'Seeing other people get through hard times can give you hope.',
      cy: 'Gall gweld pobl eraill yn dod drwy gyfnodau anodd roi gobaith i chi.',
    },
    example: {
      en: 'A member who has been coming for a year tells you how things have slowly got easier.',
      cy: 'Mae aelod sydd wedi bod yn dod ers blwyddyn yn dweud wrthych chi sut mae pethau wedi mynd yn haws yn araf bach.',
    },
  },
  {
    id: 'encouragement',
    title: { en: 'Encouragement to keep going', cy: 'Anogaeth i ddal ati' },
    text: {
      en: 'The group can cheer you on and help you stick to small goals.',
      cy: 'Gall y grŵp eich annog a’ch helpu i gadw at nodau bach.',
    },
    example: {
      en: 'You say you will go for a short walk this week, and next time someone asks how it went.',
      cy: 'Rydych chi’n dweud y byddwch chi’n mynd am dro byr yr wythnos hon, a’r tro nesaf mae rhywun yn gofyn sut aeth hi.',
    },
  },
  {
    id: 'confidence',
    title: { en: 'More confidence with people', cy: 'Mwy o hyder gyda phobl' },
    text: {
      en: 'Talking in a small, friendly group can make it easier to talk to other people too.',
      cy: 'Gall siarad mewn grŵp bach, cyfeillgar ei gwneud hi’n haws siarad â phobl eraill hefyd.',
    },
    example: {
      en: 'After a few meetings, you find it easier to say hello to someone new.',
      cy: 'Ar ôl ychydig o gyfarfodydd, rydych chi’n gweld ei bod hi’n haws dweud helo wrth rywun newydd.',
    },
  },
  {
    id: 'less-stigma',
    title: { en: 'Less shame', cy: 'Llai o gywilydd' },
    text: {
      en: 'Hearing others talk openly can help you feel less ashamed about your mental health.',
      cy: 'Gall clywed eraill yn siarad yn agored eich helpu i deimlo llai o gywilydd am eich iechyd meddwl.',
    },
    example: {
      en: 'You stop hiding how you feel, because others in the group talk about it openly.',
      cy: 'Rydych chi’n stopio cuddio sut rydych chi’n teimlo, am fod eraill yn y grŵp yn siarad yn agored am y peth.',
    },
  },
];

/** Honest limits: why a group may not suit everyone. */
export const LIMITS: readonly TitledText[] = [
  {
    id: 'hard-at-first',
    title: { en: 'It can feel hard at first', cy: 'Gall deimlo’n anodd ar y dechrau' },
    text: {
      en: 'Sitting with people you do not know can feel awkward. Hearing other people’s stories can sometimes be upsetting.',
      cy: 'Gall eistedd gyda phobl dydych chi ddim yn eu hadnabod deimlo’n lletchwith. Weithiau gall clywed straeon pobl eraill beri gofid.',
    },
  },
  {
    id: 'groups-vary',
    title: { en: 'Groups are all different', cy: 'Mae pob grŵp yn wahanol' },
    text: {
      en: 'The people, the size and the way a group is run all vary. If one group does not suit you, another might.',
      cy: 'Mae’r bobl, y maint a’r ffordd mae grŵp yn cael ei redeg i gyd yn amrywio. Os nad yw un grŵp yn addas i chi, efallai y bydd un arall.',
    },
  },
  {
    id: 'not-care',
    title: { en: 'It does not replace care', cy: 'Nid yw’n cymryd lle gofal' },
    text: {
      en: 'A group is not a replacement for help from your GP, a therapist or a crisis service. It works best alongside them.',
      cy: 'Nid yw grŵp yn cymryd lle help gan eich meddyg teulu, therapydd neu wasanaeth argyfwng. Mae’n gweithio orau ochr yn ochr â nhw.',
    },
  },
];

/** What makes a group work well. */
export const GROUP_WORKS: readonly TitledText[] = [
  {
    id: 'facilitator',
    title: { en: 'A skilled facilitator', cy: 'Hwylusydd medrus' },
    text: {
      en: 'Someone who keeps the group safe, kind and fair, and makes sure everyone gets a chance.',
      cy: 'Rhywun sy’n cadw’r grŵp yn ddiogel, yn garedig ac yn deg, ac yn gwneud yn siŵr bod pawb yn cael cyfle.',
    },
  },
  {
    id: 'size',
    title: { en: 'A manageable size', cy: 'Maint hylaw' },
    text: { en: 'Small enough for everyone to be heard.', cy: 'Digon bach i bawb gael eu clywed.' },
  },
  {
    id: 'structure',
    title: { en: 'Structure, with room to be flexible', cy: 'Trefn, gyda lle i fod yn hyblyg' },
    text: {
      en: 'A clear plan for each meeting, which can change when people need something different.',
      cy: 'Cynllun clir ar gyfer pob cyfarfod, sy’n gallu newid pan fydd angen rhywbeth gwahanol ar bobl.',
    },
  },
  {
    id: 'regular',
    title: { en: 'Regular meetings', cy: 'Cyfarfodydd rheolaidd' },
    text: {
      en: 'Meeting at the same time, often enough for people to get to know each other.',
      cy: 'Cwrdd ar yr un amser, yn ddigon aml i bobl ddod i adnabod ei gilydd.',
    },
  },
  {
    id: 'inclusive',
    title: { en: 'Open to everyone', cy: 'Croeso i bawb' },
    text: {
      en: 'Welcoming to people from every background, and easy to get to and take part in.',
      cy: 'Yn croesawu pobl o bob cefndir, ac yn hawdd ei gyrraedd a chymryd rhan ynddo.',
    },
  },
];
