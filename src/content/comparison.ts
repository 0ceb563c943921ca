/**
 * Peer support groups, talking therapy and medication side by side, for the
 * comparison table in <sg-benefits>.
 *
 * Written as complementary: each does a different job and many people use
 * more than one. No row says medication cannot help. No prices or waiting
 * times in weeks: those vary by place and change, so the words stay general.
 */
import type { Bilingual } from './bilingual.js';

/** The three kinds of help compared, in column order. */
export const COMPARED = ['peer', 'therapy', 'medication'] as const;
export type Compared = (typeof COMPARED)[number];

/** One row of the table: what is compared, and a cell for each kind of help. */
export interface ComparisonRow {
  readonly aspect: string;
  readonly peer: string;
  readonly therapy: string;
  readonly medication: string;
}

/** Column headings, when a feed or an editor renames them. */
export interface ComparisonColumns {
  readonly aspect?: string;
  readonly peer?: string;
  readonly therapy?: string;
  readonly medication?: string;
}

/**
 * The comparison as a feed may give it in `content.comparison`: either an
 * array of rows, or an object with rows and optional column headings and
 * caption. See docs/content.md.
 */
export interface Comparison {
  readonly caption?: string;
  readonly columns?: ComparisonColumns;
  readonly rows: readonly ComparisonRow[];
}

interface DefaultRow {
  readonly id: string;
  readonly aspect: Bilingual;
  readonly peer: Bilingual;
  readonly therapy: Bilingual;
  readonly medication: Bilingual;
}

export const COMPARISON: readonly DefaultRow[] = [
  {
    id: 'shared-experience',
    aspect: { en: 'Shared experience', cy: 'Profiad a rennir' },
    peer: { en: 'Everyone there has been through something similar.', cy: 'Mae pawb yno wedi bod drwy rywbeth tebyg.' },
    therapy: {
      en: 'Your therapist is trained to understand, but may not have been through it.',
      cy: 'Mae eich therapydd wedi’i hyfforddi i ddeall, ond efallai nad yw wedi bod drwyddo.',
    },
    medication: {
      en: 'Not part of it. Medication works on symptoms, and it helps many people.',
      cy: 'Nid yw’n rhan ohoni. Mae meddyginiaeth yn gweithio ar symptomau, ac mae’n helpu llawer o bobl.',
    },
  },
  {
    id: 'who-leads',
    aspect: { en: 'Who leads it', cy: 'Pwy sy’n arwain' },
    peer: {
      en: 'A facilitator, often someone with lived experience. Everyone takes part.',
      cy: 'Hwylusydd, yn aml rhywun sydd â phrofiad bywyd. Mae pawb yn cymryd rhan.',
    },
    therapy: { en: 'A trained therapist or counsellor.', cy: 'Therapydd neu gwnselydd hyfforddedig.' },
    medication: {
      en: 'A GP or psychiatrist prescribes it and checks how it is going.',
      cy: 'Mae meddyg teulu neu seiciatrydd yn ei rhagnodi ac yn gwirio sut mae’n mynd.',
    },
  },
  {
    id: 'cost',
    aspect: { en: 'Cost', cy: 'Cost' },
    peer: { en: 'Often free.', cy: 'Am ddim yn aml.' },
    therapy: {
      en: 'Free on the NHS. Private sessions cost money.',
      cy: 'Am ddim ar y GIG. Mae sesiynau preifat yn costio arian.',
    },
    medication: {
      en: 'Usually prescribed by a GP. Prescription charges may apply in England.',
      cy: 'Fel arfer, meddyg teulu sy’n ei rhagnodi. Efallai y bydd taliadau presgripsiwn yn Lloegr.',
    },
  },
  {
    id: 'waiting',
    aspect: { en: 'Waiting times', cy: 'Amser aros' },
    peer: {
      en: 'You can often join soon. Some groups have a waiting list.',
      cy: 'Yn aml, gallwch ymuno’n fuan. Mae gan rai grwpiau restr aros.',
    },
    therapy: { en: 'Waiting times vary and can be long.', cy: 'Mae amseroedd aros yn amrywio a gallan nhw fod yn hir.' },
    medication: {
      en: 'You can often start soon after seeing a GP, but getting an appointment can take time.',
      cy: 'Yn aml, gallwch ddechrau’n fuan ar ôl gweld meddyg teulu, ond gall gymryd amser i gael apwyntiad.',
    },
  },
  {
    id: 'peer-contact',
    aspect: { en: 'Meeting others like you', cy: 'Cwrdd ag eraill fel chi' },
    peer: { en: 'This is the heart of it.', cy: 'Dyma galon y peth.' },
    therapy: {
      en: 'Usually one to one. Some therapy happens in a group.',
      cy: 'Un i un fel arfer. Mae rhywfaint o therapi yn digwydd mewn grŵp.',
    },
    medication: { en: 'Not part of it.', cy: 'Nid yw’n rhan ohoni.' },
  },
  {
    id: 'flexibility',
    aspect: { en: 'Flexibility', cy: 'Hyblygrwydd' },
    peer: {
      en: 'Many groups let you come when you can. Some meet online.',
      cy: 'Mae llawer o grwpiau’n gadael i chi ddod pan allwch chi. Mae rhai’n cwrdd ar-lein.',
    },
    therapy: {
      en: 'Usually a set number of sessions at set times.',
      cy: 'Nifer penodol o sesiynau ar amseroedd penodol, fel arfer.',
    },
    medication: {
      en: 'Take it as your doctor says. Talk to them before you change or stop it.',
      cy: 'Cymerwch hi fel mae’ch meddyg yn dweud. Siaradwch â nhw cyn i chi ei newid neu ei stopio.',
    },
  },
  {
    id: 'stigma',
    aspect: { en: 'Stigma', cy: 'Stigma' },
    peer: {
      en: 'Being with people who understand can help you feel less ashamed.',
      cy: 'Gall bod gyda phobl sy’n deall eich helpu i deimlo llai o gywilydd.',
    },
    therapy: {
      en: 'Private and confidential, which can make it easier to talk openly.',
      cy: 'Preifat a chyfrinachol, a all ei gwneud hi’n haws siarad yn agored.',
    },
    medication: {
      en: 'Private. Lots of people take it, and there is nothing to be ashamed of.',
      cy: 'Preifat. Mae llawer o bobl yn ei chymryd, a does dim cywilydd yn hynny.',
    },
  },
];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function readRow(value: unknown): ComparisonRow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const aspect = text(record.aspect);
  const peer = text(record.peer);
  const therapy = text(record.therapy);
  const medication = text(record.medication);
  // A row with a missing cell would leave a blank a visitor cannot interpret;
  // leave the row out instead.
  if (!aspect || !peer || !therapy || !medication) return undefined;
  return { aspect, peer, therapy, medication };
}

/**
 * Reads a feed's `content.comparison`, whose shape the feed types leave open.
 * Accepts an array of rows or `{ caption?, columns?, rows }`; rows missing a
 * cell are left out. Returns undefined when nothing usable is left, so the
 * built-in comparison shows instead.
 */
export function readComparison(value: unknown): Comparison | undefined {
  const source = Array.isArray(value)
    ? { rows: value }
    : typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  if (!source || !Array.isArray(source.rows)) return undefined;
  const rows = source.rows.map(readRow).filter((row): row is ComparisonRow => row !== undefined);
  if (rows.length === 0) return undefined;
  const caption = text(source.caption);
  const columnsSource = typeof source.columns === 'object' && source.columns !== null ? (source.columns as Record<string, unknown>) : {};
  const columns: ComparisonColumns = Object.fromEntries(
    (['aspect', ...COMPARED] as const).flatMap((key) => {
      const heading = text(columnsSource[key]);
      return heading ? [[key, heading]] : [];
    }),
  );
  return { rows, ...(caption ? { caption } : {}), ...(Object.keys(columns).length ? { columns } : {}) };
}
