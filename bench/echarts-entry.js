// The same three views drawn with Apache ECharts (tree-shaken `echarts/core`): a gauge with the
// target, a heatmap of units × tasks, and a scatter timeline of tasks by deadline. Built by
// bench/run.mjs into one file holding the same register data as our drop-in file.
import { GaugeChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import register from '../src/data/register.json' with { type: 'json' };

echarts.use([GaugeChart, HeatmapChart, ScatterChart, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

const charts = [];

function gauge(element) {
  const indicator = register.indicators.find((i) => i.id === 'integration-enterprises');
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 400,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14, color: [[indicator.target / 400, '#dde1e6'], [1, '#c9cdd4']] } },
        detail: { formatter: `{value}${indicator.measure}\n目标 ≥ ${indicator.target}${indicator.measure} · ${indicator.dueYear}年`, fontSize: 14 },
        title: { show: true },
        data: [{ value: 268, name: indicator.label }],
      },
    ],
  });
  charts.push(chart);
}

function heatmap(element) {
  const units = register.units.map((u) => u.name);
  const tasks = register.tasks.map((t) => String(t.number));
  const cells = [];
  register.tasks.forEach((task, x) => {
    register.units.forEach((unit, y) => {
      const role = task.units.lead?.includes(unit.id) ? 2 : task.units.participant?.includes(unit.id) ? 1 : 0;
      if (role) cells.push([x, y, role]);
    });
  });
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: {},
    grid: { left: 120, right: 10, top: 10, bottom: 40 },
    xAxis: { type: 'category', data: tasks },
    yAxis: { type: 'category', data: units },
    visualMap: { min: 1, max: 2, show: false, inRange: { color: ['#5fd0d8', '#1450a3'] } },
    series: [{ type: 'heatmap', data: cells }],
  });
  charts.push(chart);
}

function timeline(element) {
  const asOf = Date.UTC(2026, 10, 29);
  const byYear = new Map();
  const points = [];
  for (const task of register.tasks) {
    if (task.deadline.kind !== 'year') continue;
    const stack = byYear.get(task.deadline.year) ?? 0;
    byYear.set(task.deadline.year, stack + 1);
    points.push([Date.UTC(task.deadline.year, 11, 31), stack, task.number]);
  }
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: {},
    xAxis: { type: 'time', min: Date.UTC(2022, 0, 1), max: Date.UTC(2027, 0, 1) },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'scatter',
        data: points,
        label: { show: true, formatter: (p) => String(p.value[2]) },
        markLine: { symbol: 'none', data: [{ xAxis: asOf, name: '截至 2026年11月29日' }] },
      },
    ],
  });
  charts.push(chart);
}

gauge(document.getElementById('gauge'));
heatmap(document.getElementById('matrix'));
timeline(document.getElementById('timeline'));
window.__charts = charts;
