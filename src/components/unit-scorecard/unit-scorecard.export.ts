/**
 * What <tr-unit-scorecard> exports: a CSV of its table, every unit in its ranking (the role as the
 * document words it heads the unit column), the tasks, the completed ones, the rates and the
 * count in each state that occurs. Loaded on first use.
 */
import type { Register } from '../../data/model.js';
import { taskStates } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { exportHeaders } from '../../i18n/export.js';
import type { Lang } from '../../i18n/lang.js';
import type { ExportContent } from '../base/export-menu.js';
import type { ScorecardModel } from './unit-scorecard.model.js';

const percent = (rate: number | undefined) => (rate === undefined ? '' : `${Math.round(rate * 100)}%`);

export function scorecardExport(model: ScorecardModel | undefined, register: Register, lang: Lang, title: string): ExportContent | null {
  if (!model) return null;
  const msg = exportHeaders[lang];
  const en = lang === 'en';
  const roleId = model.role === 'all' ? model.roleFallback : model.role;
  const role = register.roles.find((r) => r.id === roleId);
  const unitHeader = role ? (en ? (role.labelEn ?? role.label) : role.label) : msg.unit;
  const states = taskStates.filter((state) => model.totals[state] > 0);
  const rows = [
    [unitHeader, msg.tasks, taskStateWord(lang, 'completed'), msg.completionRate, msg.onTimeRate, ...states.map((state) => taskStateWord(lang, state))],
    ...model.rows.map((score) => [
      en ? (score.unit.nameEn ?? score.unit.name) : score.unit.name,
      String(score.tasks.length),
      String(score.completed),
      percent(score.completionRate),
      percent(score.onTimeRate),
      ...states.map((state) => String(score.counts[state])),
    ]),
  ];
  return { title, rows };
}
