/**
 * Default words for <sg-what-to-expect>: a first meeting step by step, and
 * answers to common worries.
 *
 * Groups differ, so the words say "usually", "some" and "many". The most
 * important line is that nobody has to talk. No phone numbers here: crisis
 * contacts live in one place (helplines.ts, shown by <sg-signpost>).
 * A blank line in a text starts a new paragraph.
 */
import type { TitledText } from './bilingual.js';

export const STEPS: readonly TitledText[] = [
  {
    id: 'before',
    title: { en: 'Before you go', cy: 'Cyn i chi fynd' },
    text: {
      en:
        'Find a group that suits you. Some groups ask you to book or get in touch first. Others let you just turn up.\n\n' +
        'You can often bring a friend, family member or carer to your first meeting. Check with the group first.',
      cy:
        'Dewch o hyd i grŵp sy’n addas i chi. Mae rhai grwpiau’n gofyn i chi gadw lle neu gysylltu â nhw yn gyntaf. Mae eraill yn gadael i chi droi i fyny.\n\n' +
        'Yn aml, gallwch ddod â ffrind, aelod o’r teulu neu ofalwr i’ch cyfarfod cyntaf. Holwch y grŵp yn gyntaf.',
    },
  },
  {
    id: 'arriving',
    title: { en: 'Arriving and introductions', cy: 'Cyrraedd a chyflwyno' },
    text: {
      en:
        'Someone will say hello and show you where to sit. People usually say their first name. You only share what you want to.\n\n' +
        'The group may go over a few simple rules, such as keeping what is said private.',
      cy:
        'Bydd rhywun yn dweud helo ac yn dangos i chi ble i eistedd. Fel arfer, mae pobl yn dweud eu henw cyntaf. Dim ond beth rydych chi eisiau ei rannu sydd angen i chi ei rannu.\n\n' +
        'Efallai y bydd y grŵp yn sôn am ychydig o reolau syml, fel cadw’n breifat yr hyn sy’n cael ei ddweud.',
    },
  },
  {
    id: 'sharing',
    title: { en: 'Sharing time', cy: 'Amser rhannu' },
    text: {
      en: 'People take turns to talk about how they are doing. You never have to talk. You can just listen, or say “pass”.',
      cy: 'Mae pobl yn cymryd eu tro i siarad am sut maen nhw. Does dim rhaid i chi siarad byth. Gallwch wrando yn unig, neu ddweud “pasio”.',
    },
  },
  {
    id: 'activities',
    title: { en: 'Activities', cy: 'Gweithgareddau' },
    text: {
      en: 'Some groups do an activity, such as talking about a topic, a short relaxation exercise or something creative. You can join in or not.',
      cy: 'Mae rhai grwpiau’n gwneud gweithgaredd, fel siarad am bwnc, ymarfer ymlacio byr neu rywbeth creadigol. Gallwch ymuno neu beidio.',
    },
  },
  {
    id: 'support',
    title: { en: 'Support and advice', cy: 'Cymorth a chyngor' },
    text: {
      en: 'People share what has helped them, and you can ask questions. Nobody will tell you what you must do. Take what is useful and leave the rest.',
      cy: 'Mae pobl yn rhannu beth sydd wedi’u helpu, a gallwch ofyn cwestiynau. Fydd neb yn dweud wrthych chi beth sy’n rhaid i chi ei wneud. Cymerwch beth sy’n ddefnyddiol a gadewch y gweddill.',
    },
  },
  {
    id: 'wrapping-up',
    title: { en: 'Wrapping up', cy: 'Dod â’r cyfarfod i ben' },
    text: {
      en: 'The facilitator brings the meeting to a close, often by checking how everyone is feeling. You can stay for a chat or leave straight away.',
      cy: 'Mae’r hwylusydd yn dod â’r cyfarfod i ben, yn aml drwy holi sut mae pawb yn teimlo. Gallwch aros am sgwrs neu adael yn syth.',
    },
  },
  {
    id: 'after',
    title: { en: 'After your first meeting', cy: 'Ar ôl eich cyfarfod cyntaf' },
    text: {
      en:
        'It is normal to feel tired or unsure afterwards. Give it a few meetings if you can.\n\n' +
        'If the group was not right for you, that is fine. You could try a different group, or come back another time.',
      cy:
        'Mae’n arferol teimlo’n flinedig neu’n ansicr wedyn. Rhowch gynnig ar ychydig o gyfarfodydd os gallwch chi.\n\n' +
        'Os nad oedd y grŵp yn iawn i chi, mae hynny’n iawn. Gallech roi cynnig ar grŵp gwahanol, neu ddod yn ôl rywbryd eto.',
    },
  },
];

/** Common worries before a first meeting; `title` is the question, `text` the answer. */
export const WORRIES: readonly TitledText[] = [
  {
    id: 'talk',
    title: { en: 'Do I have to talk?', cy: 'Oes rhaid i mi siarad?' },
    text: {
      en: 'No. You can just listen. Lots of people say very little at their first meeting.',
      cy: 'Nac oes. Gallwch wrando yn unig. Mae llawer o bobl yn dweud ychydig iawn yn eu cyfarfod cyntaf.',
    },
  },
  {
    id: 'confidential',
    title: { en: 'Is it confidential?', cy: 'Ydy e’n gyfrinachol?' },
    text: {
      en:
        'Most groups agree that what is said in the group stays in the group. ' +
        'If someone is at risk of serious harm, the facilitator may need to get help. Ask the group about its rules.',
      cy:
        'Mae’r rhan fwyaf o grwpiau’n cytuno bod yr hyn sy’n cael ei ddweud yn y grŵp yn aros yn y grŵp. ' +
        'Os oes rhywun mewn perygl o niwed difrifol, efallai y bydd angen i’r hwylusydd gael help. Holwch y grŵp am ei reolau.',
    },
  },
  {
    id: 'upset',
    title: { en: 'What if I get upset?', cy: 'Beth os bydda i’n ypset?' },
    text: {
      en: 'That is OK. People in the group understand. You can take a break or step outside, and the facilitator can check you are all right.',
      cy: 'Mae hynny’n iawn. Mae pobl yn y grŵp yn deall. Gallwch gymryd seibiant neu fynd allan am ychydig, a gall yr hwylusydd wneud yn siŵr eich bod chi’n iawn.',
    },
  },
  {
    id: 'online',
    title: { en: 'Online or in person?', cy: 'Ar-lein neu wyneb yn wyneb?' },
    text: {
      en:
        'Both can help. Online groups can be easier to fit into your week, and some let you keep your camera off. ' +
        'Meeting in person can feel more connected. Choose what feels right for you.',
      cy:
        'Gall y ddau helpu. Gall grwpiau ar-lein fod yn haws eu ffitio i’ch wythnos, ac mae rhai’n gadael i chi gadw’ch camera i ffwrdd. ' +
        'Gall cwrdd wyneb yn wyneb deimlo’n fwy agos. Dewiswch beth sy’n teimlo’n iawn i chi.',
    },
  },
  {
    id: 'bring',
    title: { en: 'Can I bring someone?', cy: 'Ga i ddod â rhywun?' },
    text: {
      en: 'Many groups are happy for you to bring a friend, family member or carer to your first meeting. Some groups are only for members, so check first.',
      cy: 'Mae llawer o grwpiau’n hapus i chi ddod â ffrind, aelod o’r teulu neu ofalwr i’ch cyfarfod cyntaf. Mae rhai grwpiau ar gyfer aelodau yn unig, felly holwch yn gyntaf.',
    },
  },
  {
    id: 'cost',
    title: { en: 'What does it cost?', cy: 'Faint mae’n ei gostio?' },
    text: {
      en: 'Many peer support groups are free. Some ask for a small donation. The group’s details should tell you.',
      cy: 'Mae llawer o grwpiau cymorth cymheiriaid am ddim. Mae rhai’n gofyn am gyfraniad bach. Dylai manylion y grŵp ddweud wrthych chi.',
    },
  },
];
