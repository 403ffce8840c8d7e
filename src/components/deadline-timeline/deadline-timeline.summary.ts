/** The words of the timeline: lane names, the summary sentence, the narrow list's groups and the focused mark's label. Pure. */
import type { Register } from '../../data/schema.js';
import type { RoleFilter } from '../../data/selectors.js';
import { commonMessages, taskStatusWord as statusWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { joinSentences } from '../../i18n/punctuation.js';
import type { GroupBy, Lane, TimelineEntry, TimelineModel } from './deadline-timeline.model.js';
import { unitNames, type ListSection } from './deadline-timeline.views.js';

/** A lane's name: the year, unit or status it holds. */
export function laneName(lane: Lane, register: Register, lang: Lang): string {
  const msg = deadlineTimelineMessages[lang];
  switch (lane.kind) {
    case 'dated':
      return msg.laneDated;
    case 'year':
      return msg.laneYear(formatYear(lang, lane.year!));
    case 'lead':
      return unitNames(register, [lane.unitId!], lang);
    case 'status':
      return statusWord(lang, lane.status!);
    case 'annual':
      return commonMessages[lang].annual;
  }
}

/** The plain-language summary above the chart, which is also its accessible description. */
export function summarize(
  model: TimelineModel,
  register: Register,
  lang: Lang,
  asOf: Date,
  o: { groupBy: GroupBy; unitIds: readonly string[]; role: RoleFilter; fromText: string; toText: string },
): string {
  const msg = deadlineTimelineMessages[lang];
  if (!model.entries.length) {
    return joinSentences(lang, [commonMessages[lang].empty, ...(o.unitIds.length ? [msg.filter(unitNames(register, o.unitIds, lang), o.role)] : [])]);
  }
  const parts = model.byYear.map(([year, count]) => msg.dueIn(formatYear(lang, year), count));
  if (model.annual) parts.push(msg.annualCount(model.annual));
  const sentences = [msg.overview(msg.total(model.entries.length), parts)];
  const { passed, upcoming } = model.statusCounts;
  if (model.byYear.length) sentences.push(msg.statusCounts(formatDate(lang, asOf), passed, model.statusCounts['due-this-year'], upcoming));
  if (o.unitIds.length) sentences.push(msg.filter(unitNames(register, o.unitIds, lang), o.role));
  if (o.groupBy !== 'none') sentences.push(msg.groupedBy(o.groupBy));
  if (model.multiLead.length) {
    sentences.push(msg.multiLead(msg.taskList(model.multiLead.slice(0, 8), model.multiLead.length), model.multiLead.length));
  }
  if (model.outside) sentences.push(msg.outside(model.outside, o.fromText, o.toText));
  if (model.hiddenAnnual) sentences.push(msg.annualHidden(model.hiddenAnnual));
  return joinSentences(lang, sentences);
}

/** Narrow list groups: by year (and annual work) without grouping or by deadline, else by lane. */
export function listSections(model: TimelineModel, groupBy: GroupBy, laneLabels: ReadonlyMap<string, string>, lang: Lang): ListSection[] {
  const msg = deadlineTimelineMessages[lang];
  if (groupBy !== 'none') return model.lanes.map((lane) => ({ key: lane.key, heading: laneLabels.get(lane.key)!, entries: lane.entries }));
  const sections: ListSection[] = model.byYear.map(([year, count]) => ({
    key: `year:${year}`,
    heading: msg.laneCount(msg.laneYear(formatYear(lang, year)), count),
    entries: model.entries.filter((e) => e.year === year),
  }));
  const annual = model.lanes.find((lane) => lane.kind === 'annual');
  if (annual) sections.push({ key: annual.key, heading: laneLabels.get(annual.key)!, entries: annual.entries });
  return sections;
}

/** The roving focus element's label: the task, its deadline year and status (or that it is annual work). */
export function markLabel(lang: Lang, entry: TimelineEntry): string {
  const msg = deadlineTimelineMessages[lang];
  const task = commonMessages[lang].task(entry.task.number);
  if (entry.year === null) return msg.annualMarkLabel(task);
  return msg.markLabel(task, msg.deadlineYear(formatYear(lang, entry.year)), statusWord(lang, entry.status));
}
