/**
 * The summary's view model, pure: the register, the progress reports, the as-of date, the language
 * and the linked selection in; the figures, the completion at a glance (or the plan's honest counts
 * without progress data), deadlines by kind in the document's words, the roles and what is selected.
 */
import type { Register, Role, Task } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import { countByDeadline, sectionById, taskById, tasksOfUnit, unitById, usedRoles } from '../../data/selectors.js';
import { countStates, taskStatusAt, type TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { formatDate, formatNumber, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { punctuation } from '../../i18n/punctuation.js';
import { deadlineKindsEn, registerSummaryMessages } from '../../i18n/register-summary.js';
import type { Selection } from '../base/controllers/selection.js';

/** A stretch of the completion bar: a task state, or every state without a report but a passed deadline. */
export type Segment = 'completedOnTime' | 'completedLate' | 'completed' | 'inProgress' | 'notStarted' | 'overdue' | 'suspended' | 'cancelled' | 'passedNoReport' | 'noReport';

/** The bar's stretches, in the order they are drawn (done first, then under way, then nothing known). */
export const segments: readonly Segment[] = ['completedOnTime', 'completedLate', 'completed', 'inProgress', 'notStarted', 'overdue', 'suspended', 'cancelled', 'passedNoReport', 'noReport'];

/** A text, marked `zh` when an English view shows the document's Chinese words. */
export interface Words {
  readonly text: string;
  readonly lang?: 'zh';
}

export interface CompletionFigure {
  readonly key: Segment;
  readonly count: number;
  /** The shared status word, or "no report yet". */
  readonly word: string;
  /** What the count is made of: `按期完成15项、逾期完成3项`; '' when nothing to add. */
  readonly detail: string;
  /** The bar's stretches it covers (its legend swatch is the first). */
  readonly segments: readonly Segment[];
}

export interface SummaryModel {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly figures: readonly { value: number; label: string }[];
  readonly sentence: string;
  /** With progress data: the tasks by where they stand at the as-of date. */
  readonly completion: { readonly heading: string; readonly figures: readonly CompletionFigure[]; readonly bar: readonly { key: Segment; count: number }[] } | null;
  /** Without progress data: the plan's counts by deadline at the as-of date, and the statement that there is no progress data. */
  readonly plan: { readonly heading: string; readonly note: string; readonly figures: readonly { key: TaskState; word: string; count: number }[] } | null;
  readonly deadlines: readonly Words[];
  readonly roles: readonly Words[];
  /** What the linked selection names, each with a detail (`省教育厅` `（牵头12项）`). */
  readonly selected: readonly { readonly name: Words; readonly detail: string }[];
}

type Counts = Readonly<Record<TaskState, number>>;

const sum = (counts: Counts, states: readonly TaskState[]) => states.reduce((total, state) => total + counts[state], 0);

/** The tasks by where they stand, grouped as a reader asks: done (on time, late), under way, overdue, nothing reported. */
function completionFigures(lang: Lang, counts: Counts): CompletionFigure[] {
  const msg = registerSummaryMessages[lang];
  const p = punctuation(lang);
  const word = (state: TaskState) => taskStateWord(lang, state);
  const parts = (states: readonly TaskState[]) =>
    states.filter((state) => counts[state] > 0).map((state) => msg.detail(word(state), formatNumber(lang, counts[state])));
  const done: TaskState[] = ['completedOnTime', 'completedLate', 'completed'];
  // Not reported on and not yet due (or with no dated deadline): nothing is known yet.
  const silent: TaskState[] = ['dueThisYear', 'notYetDue', 'noDeadline'];
  const figures: CompletionFigure[] = [
    { key: 'completed', count: sum(counts, done), word: word('completed'), detail: parts(done.filter((s) => s !== 'completed')).join(p.list), segments: ['completedOnTime', 'completedLate', 'completed'] },
    { key: 'inProgress', count: counts.inProgress, word: word('inProgress'), detail: '', segments: ['inProgress'] },
    { key: 'notStarted', count: counts.notStarted, word: word('notStarted'), detail: '', segments: ['notStarted'] },
    { key: 'overdue', count: counts.overdue, word: word('overdue'), detail: '', segments: ['overdue'] },
    { key: 'suspended', count: counts.suspended, word: word('suspended'), detail: '', segments: ['suspended'] },
    { key: 'cancelled', count: counts.cancelled, word: word('cancelled'), detail: '', segments: ['cancelled'] },
    { key: 'passedNoReport', count: counts.passedNoReport, word: word('passedNoReport'), detail: '', segments: ['passedNoReport'] },
    { key: 'noReport', count: sum(counts, silent), word: msg.noReport, detail: '', segments: ['noReport'] },
  ];
  // The four a reader always looks for stay even at zero; the rarer ones only when they occur.
  return figures.filter((f) => f.count > 0 || ['completed', 'inProgress', 'overdue', 'noReport'].includes(f.key));
}

/** Deadlines by kind: per year, then the undated kinds in the document's own words (grouped by the words). */
function deadlineWords(lang: Lang, tasks: readonly Task[]): Words[] {
  const msg = registerSummaryMessages[lang];
  const { years, none } = countByDeadline(tasks);
  const worded = new Map<string, { kind: 'annual' | 'ongoing' | 'text'; count: number }>();
  for (const { deadline } of tasks) {
    if (deadline.kind !== 'annual' && deadline.kind !== 'ongoing' && deadline.kind !== 'text') continue;
    const key = `${deadline.kind}|${deadline.text}`;
    worded.set(key, { kind: deadline.kind, count: (worded.get(key)?.count ?? 0) + 1 });
  }
  return [
    ...years.map(([year, count]) => ({ text: msg.dueByYear(formatYear(lang, year), count) })),
    ...[...worded].map(([key, { kind, count }]): Words => {
      const written = key.slice(key.indexOf('|') + 1);
      // English names the kind; text deadlines (年内见成效) have no kind to name and stay as written.
      if (lang === 'en' && kind !== 'text') return { text: msg.byWords(deadlineKindsEn[kind], count) };
      return lang === 'en' ? { text: msg.byWords(written, count), lang: 'zh' } : { text: msg.byWords(written, count) };
    }),
    ...(none ? [{ text: msg.noDeadline(none) }] : []),
  ];
}

const roleWord = (lang: Lang, role: Role): Words =>
  lang === 'en' && role.labelEn ? { text: role.labelEn } : lang === 'en' ? { text: role.label, lang: 'zh' } : { text: role.label };

/** A section's heading as the document numbers it (一、稳就业; （四） 标题); an English title goes without the Chinese number. */
const numbered = (number: string | undefined, title: string, english: boolean) =>
  !number || english ? title : /[、，．.）)]$/.test(number) ? `${number}${title}` : `${number} ${title}`;

/** What the selection names, in words. */
function selectedWords(register: Register, lang: Lang, selection: Selection, counts: () => Counts, asOf: Date, progress: Progress | undefined) {
  const msg = registerSummaryMessages[lang];
  const p = punctuation(lang);
  const out: { name: Words; detail: string }[] = [];
  const unit = selection.unit === undefined ? undefined : unitById(register, selection.unit);
  if (unit) {
    const roles = usedRoles(register)
      .map((role) => ({ role, count: tasksOfUnit(register, unit.id, role.id).length }))
      .filter(({ count }) => count > 0)
      .map(({ role, count }) => msg.unitRole(lang === 'en' ? (role.labelEn ?? role.label) : role.label, count));
    const name: Words = lang === 'en' && unit.nameEn ? { text: unit.nameEn } : lang === 'en' ? { text: unit.name, lang: 'zh' } : { text: unit.name };
    out.push({ name, detail: roles.length ? `${p.open}${roles.join(p.comma)}${p.close}` : '' });
  }
  const task = selection.task === undefined ? undefined : taskById(register, selection.task);
  if (task) out.push({ name: { text: msg.task(task.number) }, detail: `${p.open}${taskStateWord(lang, taskStatusAt(task, asOf, progress).state)}${p.close}` });
  if (selection.state) out.push({ name: { text: taskStateWord(lang, selection.state) }, detail: `${p.open}${msg.tasksCount(counts()[selection.state])}${p.close}` });
  const section = sectionById(register, selection.section);
  if (section) {
    const title = lang === 'en' && section.titleEn ? section.titleEn : section.title;
    const count = register.tasks.filter((t) => t.sectionId === section.id).length;
    out.push({
      name: { text: numbered(section.number, title, lang === 'en' && !!section.titleEn), ...(lang === 'en' && !section.titleEn ? { lang: 'zh' as const } : {}) },
      detail: `${p.open}${msg.tasksCount(count)}${p.close}`,
    });
  }
  return out;
}

export interface SummaryInput {
  readonly register: Register;
  readonly lang: Lang;
  readonly asOf: Date;
  readonly progress: Progress | undefined;
  readonly selection: Selection;
}

/** Builds the summary's model. */
export function summaryModel({ register, lang, asOf, progress, selection }: SummaryInput): SummaryModel {
  const msg = registerSummaryMessages[lang];
  const asOfText = formatDate(lang, asOf);
  let counted: Counts | undefined;
  const counts = () => (counted ??= countStates(register.tasks, asOf, progress));
  const completion = progress
    ? (() => {
        const figures = completionFigures(lang, counts());
        const c = counts();
        const bar = segments.map((key) => ({
          key,
          count: key === 'noReport' ? c.dueThisYear + c.notYetDue + c.noDeadline : c[key],
        }));
        return { heading: msg.completionHeading(asOfText), figures, bar: bar.filter((b) => b.count > 0) };
      })()
    : null;
  const planStates: TaskState[] = ['passedNoReport', 'dueThisYear', 'notYetDue', 'noDeadline'];
  const plan = progress
    ? null
    : {
        heading: msg.planHeading(asOfText),
        note: msg.noProgress,
        figures: planStates.filter((state) => counts()[state] > 0).map((state) => ({ key: state, word: taskStateWord(lang, state), count: counts()[state] })),
      };
  return {
    lang,
    title: lang === 'en' ? (register.titleEn ?? register.title) : `《${register.title}》`,
    subtitle: (lang === 'en' ? (register.subtitleEn ?? register.subtitle) : register.subtitle) ?? '',
    figures: [
      { value: register.tasks.length, label: msg.tasks },
      { value: register.units.length, label: msg.units },
      { value: register.indicators.length, label: msg.indicators },
    ],
    sentence: msg.summary(register.tasks.length, register.units.length, register.indicators.length),
    completion,
    plan,
    deadlines: deadlineWords(lang, register.tasks),
    roles: usedRoles(register).map((role) => {
      const units = new Set(register.tasks.flatMap((task) => task.units[role.id] ?? []));
      const word = roleWord(lang, role);
      return { ...word, text: msg.role(word.text, units.size) };
    }),
    selected: selectedWords(register, lang, selection, counts, asOf, progress),
  };
}
