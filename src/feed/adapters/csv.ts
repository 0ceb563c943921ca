/**
 * A spreadsheet of groups (CSV, one row per group) → canonical feed.
 *
 * Columns are the canonical field names flattened (`location_name`,
 * `online_url`, `cost_details`…). Headers ignore case and spacing, lists are
 * separated by `;`, and every problem names the row number the editor sees in
 * their spreadsheet, where the header is row 1.
 */
import type { AdapterResult, RawGroup, RawSchedule } from './types.js';
import type { ParseCsv } from './csv-parser.js';
import {
  IdMaker,
  Problems,
  clockTime,
  compact,
  coordinates,
  costFromText,
  isPlaceholder,
  isoDate,
  languageCode,
  slugify,
  splitList,
  token,
  unique,
  weekday,
} from './shared.js';

/** The columns a sheet may have, in the order the docs list them. */
export const CSV_COLUMNS = [
  'id', 'name', 'summary', 'description', 'topics', 'audiences', 'attendance', 'facilitation', 'booking',
  'free', 'cost_details', 'day', 'frequency', 'week_of_month', 'start', 'end', 'timezone',
  'location_name', 'address', 'postcode', 'lat', 'lng', 'region', 'accessibility',
  'online_platform', 'online_url', 'email', 'phone', 'website', 'organisation', 'organisation_url',
  'charity_number', 'languages', 'last_verified', 'size', 'inactive',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

// Other spellings people use for the same column.
const ALIASES: Record<string, Column> = {
  organization: 'organisation', organization_url: 'organisation_url', organisation_name: 'organisation',
  postal_code: 'postcode', post_code: 'postcode', latitude: 'lat', longitude: 'lng', lon: 'lng', long: 'lng',
  url: 'website', web: 'website', days: 'day', week: 'week_of_month', venue: 'location_name',
  cost: 'cost_details', language: 'languages', topic: 'topics', audience: 'audiences', charity_no: 'charity_number',
  start_time: 'start', end_time: 'end', time: 'start', telephone: 'phone',
};

function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s\-.]+/g, '_');
}

// Columns whose own readers judge values like "0" (a coordinate, a no).
const RAW_COLUMNS: ReadonlySet<Column> = new Set(['free', 'inactive', 'lat', 'lng']);

/** A sheet row's cells by column, and the ways to report about them. */
class Row {
  constructor(
    private readonly cells: Partial<Record<Column, string>>,
    readonly number: number,
    private readonly problems: Problems,
    readonly record: { index: number; id?: string },
  ) {}

  report(action: 'skipped' | 'dropped' | 'warning', column: Column | '', message: string): void {
    this.problems.add(action, column ? `row ${this.number}, ${column}` : `row ${this.number}`, message, this.record);
  }

  /** Trimmed cell text; placeholders such as "N/A" are reported and read as blank. */
  get(column: Column): string | undefined {
    const value = this.cells[column]?.trim();
    if (!value) return undefined;
    // "0" is a placeholder elsewhere, but as a cost it says free.
    if (isPlaceholder(value) && !RAW_COLUMNS.has(column) && !(column === 'cost_details' && value === '0')) {
      this.report('dropped', column, `"${value}" is a placeholder, not a real value, so it was left out.`);
      return undefined;
    }
    return value;
  }

  list(column: Column): string[] {
    return splitList(this.get(column), ';');
  }

  yesNo(column: Column): boolean | undefined {
    const value = this.cells[column]?.trim().toLowerCase();
    if (!value) return undefined;
    if (['yes', 'y', 'true', '1', 'free'].includes(value)) return true;
    if (['no', 'n', 'false', '0'].includes(value)) return false;
    this.report('dropped', column, `"${this.cells[column]!.trim()}" should be yes or no, so it was left out.`);
    return undefined;
  }
}

/**
 * Maps CSV text into the canonical feed. `parse` splits the text into records
 * (see `loadCsvParser`), so this module never pulls Papa Parse in itself.
 */
export function adaptCsv(text: string, parse: ParseCsv): AdapterResult {
  const problems = new Problems();
  const groups: RawGroup[] = [];
  const sources: string[] = [];
  const done = (): AdapterResult => ({ feed: { version: 1, groups }, problems: problems.list, sources });
  const { rows, errors } = parse(text.replace(/^\uFEFF/, ''));
  for (const error of errors) {
    const where = error.row === undefined ? '' : `row ${error.row + 1}`;
    problems.add('warning', where, `The spreadsheet could not be read cleanly here (${error.message}). Check for a quote mark that is not closed.`);
  }
  const [header = [], ...records] = rows;
  const columns = mapHeader(header, problems);
  if (!columns.includes('name')) {
    problems.add('skipped', 'row 1', 'The first row must name the columns, and one of them must be "name". No groups were read.');
    return done();
  }

  const ids = new IdMaker();
  const idColumn = columns.indexOf('id');
  if (idColumn >= 0) for (const r of records) if (r[idColumn]?.trim()) ids.reserve(r[idColumn]!.trim());

  records.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const byColumn: Partial<Record<Column, string>> = {};
    columns.forEach((column, c) => {
      if (column && cells[c] !== undefined && byColumn[column] === undefined) byColumn[column] = cells[c];
    });
    // Record 0 is the header (row 1), so record i + 1 is sheet row i + 2.
    const row = new Row(byColumn, i + 2, problems, { index: i });
    const group = adaptRow(row, ids);
    if (group) {
      groups.push(group);
      sources.push(`row ${row.number}`);
    }
  });
  return done();
}

function mapHeader(header: string[], problems: Problems): (Column | undefined)[] {
  const seen = new Set<Column>();
  const known = new Set<string>(CSV_COLUMNS);
  return header.map((raw) => {
    const key = headerKey(raw);
    if (!key) return undefined;
    const column = (known.has(key) ? key : ALIASES[key]) as Column | undefined;
    if (!column) {
      problems.add('dropped', `row 1, ${raw.trim()}`, `The column "${raw.trim()}" is not one we know, so it was ignored.`);
      return undefined;
    }
    if (seen.has(column)) {
      problems.add('warning', `row 1, ${raw.trim()}`, `There are two "${column}" columns; only the first is read.`);
      return undefined;
    }
    seen.add(column);
    return column;
  });
}

function adaptRow(row: Row, ids: IdMaker): RawGroup | undefined {
  const name = row.get('name');
  const given = row.get('id');
  if (given) row.record.id = given;
  if (!name) {
    row.report('skipped', 'name', `Row ${row.number} has no name, so it was left out.`);
    return undefined;
  }
  const id = given ?? ids.make(slugify(name));
  row.record.id = id;

  const group: RawGroup = {
    id,
    name,
    summary: row.get('summary'),
    description: row.get('description'),
    topics: unique(row.list('topics').map(token)),
    audiences: unique(row.list('audiences').map(token)),
    attendance: choice(row.get('attendance'), { 'in person': 'in-person', 'face to face': 'in-person', virtual: 'online', both: 'hybrid', telephone: 'phone' }),
    facilitation: choice(row.get('facilitation'), { 'peer led': 'peer', 'co facilitated': 'co-facilitated', 'peer and professional': 'co-facilitated' }),
    booking: choice(row.get('booking'), { 'drop in': 'drop-in', 'book': 'register', 'booking': 'register', 'registration': 'register' }),
    cost: costOf(row),
    schedule: scheduleOf(row),
    online: compact({ platform: row.get('online_platform'), url: row.get('online_url') }),
    contact: compact({ email: row.get('email'), phone: row.get('phone'), url: row.get('website') }),
    organisation: compact({ name: row.get('organisation'), url: row.get('organisation_url'), charityNumber: row.get('charity_number') }),
    languages: languagesOf(row),
    lastVerified: dateOf(row, 'last_verified'),
    size: row.get('size'),
  };
  const point = coordinates(row.get('lat'), row.get('lng'), (action, message) => row.report(action, 'lat', message), true);
  group.location = compact({
    name: row.get('location_name'),
    address: row.get('address'),
    postcode: row.get('postcode'),
    lat: point?.lat,
    lng: point?.lng,
    region: row.get('region'),
    accessibility: unique(row.list('accessibility').map(token)),
  });
  if (row.yesNo('inactive')) group.inactive = true;
  return compact(group);
}

/** Lower-cased value with common spellings mapped to the canonical word; unknown words pass on for normalise to report. */
function choice(value: string | undefined, synonyms: Record<string, string>): string | undefined {
  if (!value) return undefined;
  const key = value.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  return synonyms[key] ?? key.replace(/ /g, '-');
}

function costOf(row: Row): RawGroup['cost'] {
  const free = row.yesNo('free');
  const details = row.get('cost_details');
  if (free !== undefined) return compact({ free, details });
  if (!details) return undefined;
  const { free: guess } = costFromText(details);
  row.report('warning', 'free', `The free column is blank, so "${details}" was read as ${guess ? 'free' : 'not free'}. Put yes or no in the free column to be sure.`);
  return { free: guess, details };
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };

function scheduleOf(row: Row): RawSchedule[] | undefined {
  const dayCells = row.list('day');
  const startText = row.get('start');
  if (dayCells.length === 0 && !startText) return undefined;
  const days = unique(
    dayCells.map((d) => {
      const code = weekday(d);
      if (!code) row.report('dropped', 'day', `"${d}" is not a day of the week, so it was left out.`);
      return code;
    }),
  );
  const start = startText ? clockTime(startText) : undefined;
  if (!start || days.length === 0) {
    const why = !startText ? 'There is a day but no start time' : !start ? `"${startText}" is not a time like 18:30` : 'There is a start time but no day';
    row.report('dropped', !start ? 'start' : 'day', `${why}, so the meeting times were left out.`);
    return undefined;
  }
  const endText = row.get('end');
  const end = endText ? clockTime(endText) : undefined;
  if (endText && !end) row.report('dropped', 'end', `"${endText}" is not a time like 20:00, so the end time was left out.`);

  const frequency = (row.get('frequency') ?? 'weekly').toLowerCase().replace(/[-_]/g, ' ').trim();
  const entry: RawSchedule = { freq: 'weekly', interval: 1, byday: days, start };
  if (frequency === 'fortnightly' || frequency === 'biweekly' || frequency === 'every 2 weeks' || frequency === 'every other week') {
    entry.interval = 2;
  } else if (frequency === 'monthly') {
    const weeks = row.list('week_of_month').map((w) => {
      const n = ORDINALS[w.toLowerCase()] ?? Number(w);
      if (!Number.isInteger(n) || n === 0 || n < -1 || n > 5) {
        row.report('dropped', 'week_of_month', `"${w}" should be 1 to 5 or last, so it was left out.`);
        return undefined;
      }
      return n;
    });
    const ordinals = weeks.filter((n): n is number => n !== undefined);
    if (ordinals.length === 0) {
      row.report('dropped', 'week_of_month', 'A monthly group needs week_of_month (1 to 5, or last), so the meeting times were left out.');
      return undefined;
    }
    entry.freq = 'monthly';
    entry.byday = ordinals.flatMap((n) => days.map((d) => `${n}${d}`));
  } else if (frequency !== 'weekly') {
    row.report('dropped', 'frequency', `"${row.get('frequency')}" should be weekly, fortnightly or monthly, so the meeting times were left out.`);
    return undefined;
  }
  if (end) entry.end = end;
  const timezone = row.get('timezone');
  if (timezone) entry.timezone = timezone;
  return [entry];
}

function languagesOf(row: Row): string[] {
  return unique(
    row.list('languages').map((l) => {
      const code = languageCode(l);
      if (!code) row.report('dropped', 'languages', `"${l}" is not a language we recognise; use a code such as en or cy.`);
      return code;
    }),
  );
}

/** `YYYY-MM-DD` from ISO dates or the UK spreadsheet habit `DD/MM/YYYY`. */
function dateOf(row: Row, column: Column): string | undefined {
  const value = row.get(column);
  if (!value) return undefined;
  const iso = isoDate(value);
  if (iso) return iso;
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (uk) return `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  row.report('dropped', column, `"${value}" is not a date like 2025-03-31 or 31/03/2025, so it was left out.`);
  return undefined;
}
