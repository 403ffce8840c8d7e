/** The words of the timeline: names, lane names, the summary sentence, the narrow list's groups and the focused mark's label. Pure. */
import type { Deadline, Register, RoleId, Section } from '../../data/model.js';
import { sectionById, unitById, type RoleFilter } from '../../data/selectors.js';
import type { TaskState } from '../../data/status.js';
import { commonMessages, taskStateWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatDeadline, formatList, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { joinSentences } from '../../i18n/punctuation.js';
import type { Selection } from '../base/controllers/selection.js';
import { undatedKinds, type GroupBy, type Lane, type TimelineEntry, type TimelineModel, type UndatedKind } from './deadline-timeline.model.js';

/** A text and whether it stays in the document's Chinese while the widget speaks English. */
export interface Words {
  readonly text: string;
  readonly zh?: boolean;
}

/** A name in the reader's language: the English one, else the Chinese, marked as such. */
export function named(lang: Lang, name: string, nameEn: string | undefined): Words {
  return lang === 'en' ? (nameEn ? { text: nameEn } : { text: name, zh: true }) : { text: name };
}

export function unitWords(register: Register, id: string, lang: Lang): Words {
  const unit = unitById(register, id);
  return unit ? named(lang, unit.name, unit.nameEn) : { text: id };
}

/** Unit names as one plain string (lane labels, sentences). */
export function unitNames(register: Register, ids: readonly string[], lang: Lang): string {
  return ids.length ? formatList(lang, ids.map((id) => unitWords(register, id, lang).text)) : commonMessages[lang].none;
}

/** The document's word for a role (牵头单位, 责任单位…), in English when the register gives it. */
export function roleWord(register: Register, role: RoleId, lang: Lang): string {
  const found = register.roles.find((r) => r.id === role);
  return found ? named(lang, found.label, found.labelEn).text : role;
}

export function sectionTitle(section: Section, lang: Lang): string {
  const title = lang === 'en' ? (section.titleEn ?? section.title) : section.title;
  const number = section.number ?? '';
  // 一 → 一、; （四） and —— run on; 1 → 1.
  return /[一二三四五六七八九十]$/.test(number) ? `${number}、${title}` : /\d$/.test(number) ? `${number}. ${title}` : `${number}${title}`;
}

/** A deadline as the document writes it; in English, dated kinds in English and the rest as written. */
export function deadlineWords(lang: Lang, deadline: Deadline): Words {
  const { text, lang: written } = formatDeadline(lang, deadline, deadlineTimelineMessages[lang].kinds.none);
  return { text, zh: !!written };
}

/** An undated lane's name: the document's own words (持续推进、长期坚持), in English the kind. */
function kindName(lane: Lane, lang: Lang): string {
  const kinds = deadlineTimelineMessages[lang].kinds;
  const kind = lane.kind as UndatedKind;
  if (lang === 'en' || kind === 'none') return kinds[kind];
  const texts = [...new Set(lane.entries.map((e) => ('text' in e.task.deadline ? e.task.deadline.text : '')))];
  return texts.slice(0, 3).join('、') + (texts.length > 3 ? '等' : '');
}

/** A lane's name: the year, unit, status, section or undated kind it holds. */
export function laneName(lane: Lane, register: Register, lang: Lang, model: TimelineModel): string {
  const msg = deadlineTimelineMessages[lang];
  const role = roleWord(register, model.laneRole, lang);
  switch (lane.kind) {
    case 'dated':
      return msg.laneDated;
    case 'year':
      return msg.laneYear(formatYear(lang, lane.year!));
    case 'lead': {
      if (!lane.unitId) return msg.laneNoUnit(role);
      const name = unitNames(register, [lane.unitId], lang);
      return model.laneRole === 'lead' ? name : msg.laneRoleUnit(role, name);
    }
    case 'status':
      return taskStateWord(lang, lane.state!);
    case 'section': {
      const section = sectionById(register, lane.sectionId);
      return section ? sectionTitle(section, lang) : msg.laneNoSection;
    }
    default:
      return kindName(lane, lang);
  }
}

/** The order the summary names states in: what went wrong right after what was done. */
const summaryOrder: readonly TaskState[] = [
  'completedOnTime',
  'completedLate',
  'completed',
  'overdue',
  'passedNoReport',
  'inProgress',
  'notStarted',
  'dueThisYear',
  'notYetDue',
  'noDeadline',
  'suspended',
  'cancelled',
];

/** The state counts, in words: with reports, completions first (`已完成18项（按期15项）`); each state shown is named. */
export function stateParts(lang: Lang, counts: Readonly<Record<TaskState, number>>, hasProgress: boolean): string[] {
  const msg = deadlineTimelineMessages[lang];
  const parts: string[] = [];
  const done = counts.completedOnTime + counts.completedLate + counts.completed;
  if (hasProgress && done) parts.push(msg.completedCount(taskStateWord(lang, 'completed'), done, counts.completedOnTime));
  for (const state of summaryOrder) {
    if (counts[state] && !(hasProgress && done && (state === 'completedOnTime' || state === 'completedLate' || state === 'completed'))) {
      parts.push(msg.stateCount(taskStateWord(lang, state), counts[state]));
    }
  }
  return parts;
}

/** The plain-language summary above the chart, which is also its accessible description. */
export function summarize(
  model: TimelineModel,
  register: Register,
  lang: Lang,
  asOf: Date,
  o: { groupBy: GroupBy; unitIds: readonly string[]; role: RoleFilter; fromText: string; toText: string; laneNames: ReadonlyMap<string, string> },
): string {
  const msg = deadlineTimelineMessages[lang];
  const filter = o.unitIds.length
    ? [o.role === 'all' ? msg.filterAny(unitNames(register, o.unitIds, lang)) : msg.filterRole(unitNames(register, o.unitIds, lang), roleWord(register, o.role, lang))]
    : [];
  if (!model.entries.length) return joinSentences(lang, [commonMessages[lang].empty, ...filter]);
  const parts = model.byYear.map(([year, count]) => msg.dueIn(formatYear(lang, year), count));
  for (const kind of undatedKinds) {
    const lane = model.lanes.find((l) => l.kind === kind);
    if (lane) parts.push(msg.kindCount(kind, kindName(lane, lang), lane.entries.length));
  }
  const sentences = [msg.overview(msg.total(model.entries.length), parts), msg.states(formatDate(lang, asOf), stateParts(lang, model.stateCounts, model.hasProgress))];
  if (!model.hasProgress) sentences.push(msg.noProgress);
  sentences.push(...filter);
  const role = roleWord(register, model.laneRole, lang);
  if (o.groupBy !== 'none') {
    const what = { lead: role, deadline: msg.groupDeadline, status: msg.groupStatus, section: msg.groupSection }[o.groupBy];
    sentences.push(msg.groupedBy(what));
    if (o.groupBy === 'lead' && model.laneRole !== 'lead') sentences.push(msg.roleFallback(role));
  }
  if (model.multiLead.length) sentences.push(msg.multiLead(msg.taskList(model.multiLead.slice(0, 8), model.multiLead.length), role));
  if (model.outside) sentences.push(msg.outside(model.outside, o.fromText, o.toText));
  if (model.hiddenAnnual) sentences.push(msg.annualHidden(model.hiddenAnnual));
  return joinSentences(lang, sentences);
}

/** A group of the narrow list: a heading and its tasks. */
export interface ListSection {
  readonly key: string;
  readonly heading: string;
  readonly entries: readonly TimelineEntry[];
  /** The deadline year the group stands for (a year group or a year lane). */
  readonly year?: number;
}

/** Narrow list groups: by year (and the undated lanes) without grouping or by deadline, else by lane. */
export function listSections(model: TimelineModel, groupBy: GroupBy, laneLabels: ReadonlyMap<string, string>, lang: Lang): ListSection[] {
  const msg = deadlineTimelineMessages[lang];
  const lanes = model.lanes.map((lane) => ({ key: lane.key, heading: laneLabels.get(lane.key)!, entries: lane.entries, year: lane.year }));
  if (groupBy !== 'none') return lanes;
  const sections: ListSection[] = model.byYear.map(([year, count]) => ({
    key: `year:${year}`,
    year,
    heading: msg.laneCount(msg.laneYear(formatYear(lang, year)), count),
    entries: model.entries.filter((e) => e.year === year),
  }));
  return [...sections, ...lanes.filter((lane) => (undatedKinds as readonly string[]).includes(lane.key))];
}

/** The roving focus element's label: the task, its deadline as written and its status. */
export function markLabel(lang: Lang, entry: TimelineEntry): string {
  const msg = deadlineTimelineMessages[lang];
  return msg.markLabel(msg.task(entry.task.number), deadlineWords(lang, entry.task.deadline).text, taskStateWord(lang, entry.state));
}

/** What the linked selection names, in words (for the note above the chart). */
export function selectionWords(register: Register, selection: Selection, lang: Lang): string {
  const msg = deadlineTimelineMessages[lang];
  const words: string[] = [];
  if (selection.unit) words.push(unitNames(register, [selection.unit], lang));
  if (selection.section) {
    const section = sectionById(register, selection.section);
    words.push(section ? sectionTitle(section, lang) : selection.section);
  }
  if (selection.task) words.push(msg.task(register.tasks.find((t) => t.id === selection.task)?.number ?? selection.task));
  if (selection.state) words.push(taskStateWord(lang, selection.state));
  return words.join(lang === 'en' ? ', ' : '，');
}
