/**
 * The words of the progress fill-in form, both ways: what the template writes (headers, status
 * words, sheet names in zh-CN and en) and what the import accepts (those words, their usual
 * variants, the contract's ids; dates and percents as people type them).
 */
import { reportStatuses, type ReportStatus } from '../data/progress.js';
import type { ComparatorV2, IndicatorV2, RegisterV2 } from '../data/schema-v2.js';
import type { Lang } from '../i18n/lang.js';

/** The columns the import knows, by meaning. */
export type ColumnKey = 'number' | 'taskId' | 'status' | 'percent' | 'note' | 'date' | 'unit' | 'source' | 'value' | 'indicator';

export interface FormWords {
  readonly tasksSheet: string;
  readonly guideSheet: string;
  readonly number: string;
  readonly task: string;
  readonly deadline: string;
  readonly status: string;
  readonly percent: string;
  readonly note: string;
  readonly date: string;
  readonly unit: string;
  readonly taskId: string;
  readonly value: string;
  /** The date column of an indicator's sheet. */
  readonly valueDate: string;
  readonly source: string;
  readonly noDeadline: string;
  readonly statuses: Readonly<Record<ReportStatus, string>>;
}

export const formWords: Readonly<Record<Lang, FormWords>> = {
  'zh-CN': {
    tasksSheet: '任务进展',
    guideSheet: '说明',
    number: '序号',
    task: '任务',
    deadline: '完成时限',
    status: '状态',
    percent: '完成百分比',
    note: '进展情况',
    date: '报送日期',
    unit: '报送单位',
    taskId: '任务编号',
    value: '数值',
    valueDate: '日期',
    source: '来源',
    noDeadline: '无',
    statuses: { notStarted: '未启动', inProgress: '推进中', completed: '已完成', suspended: '暂缓', cancelled: '取消' },
  },
  en: {
    tasksSheet: 'Task progress',
    guideSheet: 'Instructions',
    number: 'No.',
    task: 'Task',
    deadline: 'Deadline',
    status: 'Status',
    percent: 'Percent complete',
    note: 'Progress',
    date: 'Report date',
    unit: 'Reported by',
    taskId: 'Task id',
    value: 'Value',
    valueDate: 'Date',
    source: 'Source',
    noDeadline: 'none',
    statuses: { notStarted: 'Not started', inProgress: 'In progress', completed: 'Completed', suspended: 'Suspended', cancelled: 'Cancelled' },
  },
};

/** The label of the register id on the instructions sheet, in either language. */
export const registerIdLabels = ['登记表编号', 'Register id'] as const;
/** The label of an indicator's id above its table, in either language. */
export const indicatorIdLabels = ['指标编号', 'Indicator id'] as const;

/** Case, width, spaces, hyphens and bracketed asides removed: `完成百分比（%）` → `完成百分比`. */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s\-_:*.#]/g, '');
}

const columnWords: Readonly<Record<ColumnKey, readonly string[]>> = {
  number: ['序号', '任务序号', 'no', 'number', 'tasknumber'],
  taskId: ['任务编号', 'taskid'],
  status: ['状态', '完成状态', '进展状态', '任务状态', '完成情况', 'status'],
  percent: ['完成百分比', '百分比', '完成进度', '完成比例', '完成率', 'percent', 'percentcomplete', '%complete', '%'],
  note: ['进展情况', '进展', '工作进展', '进展说明', '备注', 'progress', 'note', 'notes'],
  date: ['报送日期', '填报日期', '报告日期', '日期', 'reportdate', 'date'],
  unit: ['报送单位', '填报单位', '报告单位', 'reportedby', 'reportingunit', 'unit'],
  source: ['来源', '资料来源', '数据来源', 'source'],
  value: ['数值', '值', '完成值', '实际值', 'value'],
  indicator: ['指标', '指标编号', 'indicator', 'indicatorid'],
};

const columnByWord = new Map<string, ColumnKey>();
for (const [key, words] of Object.entries(columnWords) as [ColumnKey, readonly string[]][]) {
  for (const word of words) columnByWord.set(normalizeWord(word), key);
}
// In a tasks table 编号 is the task id; in an indicator table the indicator's.
/** The column a header cell names, if any. */
export function columnOf(header: string): ColumnKey | undefined {
  return columnByWord.get(normalizeWord(header));
}

const statusWords: Readonly<Record<ReportStatus, readonly string[]>> = {
  completed: ['已完成', '完成', '已办结', '办结', 'completed', 'complete', 'done'],
  inProgress: ['推进中', '进行中', '正在推进', '正在进行', '在推进', '实施中', 'inprogress', 'ongoing', 'underway'],
  notStarted: ['未启动', '未开始', '尚未启动', '尚未开始', 'notstarted', 'notyetstarted'],
  suspended: ['暂缓', '暂停', '已暂停', '暂缓推进', 'suspended', 'onhold', 'paused'],
  cancelled: ['取消', '已取消', '撤销', '已撤销', 'cancelled', 'canceled'],
};

const statusByWord = new Map<string, ReportStatus>();
for (const status of reportStatuses) {
  for (const word of [...statusWords[status], status, formWords.en.statuses[status]]) statusByWord.set(normalizeWord(word), status);
}

/** A status word (Chinese, English, or the contract's id) as the contract's status. */
export function statusOf(text: string): ReportStatus | undefined {
  return statusByWord.get(normalizeWord(text));
}

/** A cell as read: its value (a date cell is a Date) and whether it is formatted as a percent. */
export interface RawCell {
  readonly value: string | number | Date | undefined;
  readonly percentFormat?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function calendarIso(y: number, m: number, d: number): string | undefined {
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const excelEpoch = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

/**
 * A date as an ISO day: 2024-06-30, 2024/6/30, 2024年6月30日, 2024.6.30, 20240630, a date cell, or
 * an Excel day number (2000 to 2100); undefined when it is none of these or not a calendar date.
 */
export function dateOf(value: RawCell['value']): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return calendarIso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231) {
      return calendarIso(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
    }
    if (Number.isInteger(value) && value >= 36_526 && value <= 73_415) return dateOf(new Date(excelEpoch + value * dayMs));
    return undefined;
  }
  const text = (value ?? '').normalize('NFKC').trim();
  const written = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:T[\d:.]+Z?)?$/.exec(text);
  if (written) return calendarIso(Number(written[1]), Number(written[2]), Number(written[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return calendarIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return undefined;
}

/** A number as typed: `60`, `60%`, `1,234`, `268家` (the indicator's measure after it); undefined when not one. */
export function numberOf(cell: RawCell, suffix = ''): number | undefined {
  const { value } = cell;
  if (typeof value === 'number') return Number.isFinite(value) ? (cell.percentFormat ? Math.round(value * 10_000) / 100 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.normalize('NFKC').trim().replace(/,/g, '');
  const measure = suffix.normalize('NFKC');
  if (measure && measure !== 'ratio' && text.endsWith(measure)) text = text.slice(0, -measure.length).trim();
  text = text.replace(/%$/, '').trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/** A cell's text for a message or a note: a date cell as its ISO day, a number as written. */
export function textOf(cell: RawCell | undefined): string {
  const value = cell?.value;
  if (value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return cell?.percentFormat ? `${Math.round(value * 10_000) / 100}%` : String(value);
  return value.trim();
}

/**
 * A label in at most `max` characters: as it is when it fits; words kept from both ends around an
 * ellipsis (`Industry-education…enterprises`), since the last word often tells labels apart; else
 * cut at the end.
 */
function shorten(label: string, max: number): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const words = label.split(' ');
  const fits = (head: number, tail: number) => [...`${words.slice(0, head).join(' ')}…${words.slice(words.length - tail).join(' ')}`].length <= max;
  if (words.length >= 2 && fits(1, 1)) {
    let head = 1;
    let tail = 1;
    while (head + tail < words.length && fits(head + 1, tail)) head++;
    while (head + tail < words.length && fits(head, tail + 1)) tail++;
    return `${words.slice(0, head).join(' ')}…${words.slice(words.length - tail).join(' ')}`;
  }
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Characters a sheet name cannot hold. */
const sheetNameForbidden = /[\\/?*[\]:]/g;

/**
 * One sheet name per indicator: its label (in English with `lang` en, when it has one), without the
 * characters a sheet name cannot hold, at most 31 characters (a longer label cut with …), unique
 * (case-insensitively; a repeat numbered) and distinct from the reserved names. The full label
 * heads the sheet.
 */
export function indicatorSheetNames(register: RegisterV2, lang: Lang, reserved: readonly string[]): Map<string, string> {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  for (const indicator of register.indicators) {
    const label = (lang === 'en' ? indicator.labelEn ?? indicator.label : indicator.label).replace(sheetNameForbidden, '_').replace(/^'+|'+$/g, '').trim() || indicator.id;
    const cut = (max: number) => shorten(label, max);
    let name = cut(31);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const tail = `(${n})`;
      name = cut(31 - tail.length) + tail;
    }
    taken.add(name.toLowerCase());
    names.set(indicator.id, name);
  }
  return names;
}

const comparatorZh: Readonly<Record<Exclude<ComparatorV2, 'range'>, (v: string) => string>> = {
  atLeast: (v) => `不少于${v}`,
  exactly: (v) => `${v}`,
  about: (v) => `${v}左右`,
  atMost: (v) => `不超过${v}`,
  moreThan: (v) => `超过${v}`,
  lessThan: (v) => `低于${v}`,
};
const comparatorEn: Readonly<Record<Exclude<ComparatorV2, 'range'>, (v: string) => string>> = {
  atLeast: (v) => `at least ${v}`,
  exactly: (v) => `${v}`,
  about: (v) => `about ${v}`,
  atMost: (v) => `at most ${v}`,
  moreThan: (v) => `more than ${v}`,
  lessThan: (v) => `less than ${v}`,
};

/** An indicator's target in words: `不少于300家`, `3至5家`, `at least 1.2:1`. */
export function targetText(indicator: IndicatorV2, lang: Lang): string {
  const ratio = indicator.measure === 'ratio';
  const withMeasure = (v: string) => (ratio ? `${v}${lang === 'en' ? ':1' : '：1'}` : `${v}${lang === 'en' && indicator.measure !== '%' ? ` ${indicator.measure}` : indicator.measure}`);
  if (indicator.comparator === 'range') {
    return lang === 'en' ? `between ${withMeasure(String(indicator.min))} and ${withMeasure(String(indicator.max))}` : `${indicator.min}至${withMeasure(String(indicator.max))}`;
  }
  return (lang === 'en' ? comparatorEn : comparatorZh)[indicator.comparator](withMeasure(String(indicator.target)));
}
