/**
 * Deadline cells: the kinds the contract knows, never a guess. An empty cell is `none`; what is
 * not a year, month, date, 年度常规工作 or 持续推进 is kept as written (`text`).
 */
import type { DeadlineV2Input } from '../data/schema-v2.js';
import { fold } from './text.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `recognised` is false for a `text` deadline (the importer warns about it). */
export function parseDeadline(cell: string, planYear?: number): { deadline: DeadlineV2Input; recognised: boolean } {
  const text = cell.trim();
  if (!text) return { deadline: { kind: 'none' }, recognised: true };
  const f = fold(text).replace(/\s+/g, '').replace(/[。.]$/, '');
  const ok = (deadline: DeadlineV2Input) => ({ deadline, recognised: true });
  if (/^(年度常规工作|常规工作|每年|每年度|年度|常年|按年度)/.test(f)) return ok({ kind: 'annual', text });
  if (/^(持续推进|长期坚持|持续|长期|常态化|持续开展|长期推进)/.test(f)) return ok({ kind: 'ongoing', text });
  let m = /^(\d{4})年?(?:年底前|底前|底|前|以前|内|年内|全年)?$/.exec(f);
  if (m) return ok({ kind: 'year', year: Number(m[1]), text });
  m = /^\d{4}年?[-—–~至到](\d{4})年?(?:底前|底|前)?$/.exec(f);
  if (m) return ok({ kind: 'year', year: Number(m[1]), text });
  m = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?(?:前|以前)?$/.exec(f);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCMonth() === mo - 1 && day.getUTCDate() === d) return ok({ kind: 'date', date: `${y}-${pad(mo)}-${pad(d)}`, text });
  }
  m = /^(\d{4})(?:年|[-/.])(\d{1,2})月?(?:底前|底|前|以前|中旬|上旬|下旬|末|份)?$/.exec(f);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok({ kind: 'month', year: Number(m[1]), month: Number(m[2]), text });
  m = /^(\d{1,2})月(?:底前|底|前|以前|中旬|上旬|下旬|末|份)?$/.exec(f);
  if (m && planYear !== undefined && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return ok({ kind: 'month', year: planYear, month: Number(m[1]), text });
  }
  return { deadline: { kind: 'text', text }, recognised: false };
}

/** Whether a cell reads as a deadline (a year, month, date, annual or ongoing work). */
export function looksLikeDeadline(text: string): boolean {
  const { deadline, recognised } = parseDeadline(text, 2000);
  return recognised && deadline.kind !== 'none';
}
