/**
 * The words of the export menu, the exported files' header and footer lines, and the column
 * headers of the CSV files that are not the register's own words (task numbers and role labels
 * come from the document).
 */
import type { Lang } from './lang.js';

const zhCN = {
  menu: '导出',
  formats: { csv: 'CSV 表格', svg: 'SVG 矢量图', png: 'PNG 图片' },
  failed: (format: string, reason: string) => `无法导出 ${format}：${reason}`,
  noView: '组件尚未显示内容',
  noChart: '此组件没有图表，只能导出 CSV 表格',
  imageFailed: '浏览器未能绘制图片（页面的内容安全策略需允许 img-src blob:）',
};

/** The CSV column headers that are not the register's own words. */
const headersZh = {
  number: '序号',
  task: '任务',
  deadline: '完成期限',
  status: '状态',
  indicator: '指标',
  target: '目标',
  value: '当前值',
  asOfHeading: '截至日期',
  report: '报告',
  item: '项目',
  count: '数量',
  unit: '单位',
  tasks: '任务数',
  completionRate: '完成率',
  onTimeRate: '按期完成率',
};

export type ExportMessages = typeof zhCN;
export type ExportHeaders = typeof headersZh;

const en: ExportMessages = {
  menu: 'Export',
  formats: { csv: 'CSV table', svg: 'SVG image', png: 'PNG image' },
  failed: (format, reason) => `Cannot export ${format}: ${reason}`,
  noView: 'the widget shows nothing yet',
  noChart: 'this widget has no chart; it exports a CSV table only',
  imageFailed: "the browser could not draw the image (the page's Content-Security-Policy must allow img-src blob:)",
};

const headersEn: ExportHeaders = {
  number: 'No.',
  task: 'Task',
  deadline: 'Deadline',
  status: 'Status',
  indicator: 'Indicator',
  target: 'Target',
  value: 'Value',
  asOfHeading: 'As of',
  report: 'Report',
  item: 'Item',
  count: 'Count',
  unit: 'Unit',
  tasks: 'Tasks',
  completionRate: 'Completion rate',
  onTimeRate: 'On-time rate',
};

export const exportMessages: { readonly [L in Lang]: ExportMessages } = { 'zh-CN': zhCN, en };
export const exportHeaders: { readonly [L in Lang]: ExportHeaders } = { 'zh-CN': headersZh, en: headersEn };

/** The words printed under every widget on paper and a missing export file: always loaded, unlike the menu's. */
const printZh = {
  source: (issuer: string, title: string, subtitle: string) => `来源：${issuer}《${title}》${subtitle}`,
  missing: (url: string) => `无法加载导出文件 ${url}：请把 tr-export.js 与组件脚本放在同一目录。`,
};

const printEn: typeof printZh = {
  source: (issuer: string, title: string, subtitle: string) => `Source: ${issuer ? `${issuer}, ` : ''}${title}${subtitle ? `, ${subtitle}` : ''}`,
  missing: (url: string) => `Could not load the export file ${url}: put tr-export.js in the same folder as the widget script.`,
};

export const printMessages: { readonly [L in Lang]: typeof printZh } = { 'zh-CN': printZh, en: printEn };
