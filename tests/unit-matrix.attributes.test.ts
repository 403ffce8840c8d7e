import { expect, fixture, html } from '@open-wc/testing';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/unit-matrix/unit-matrix.js';
import type { TrUnitMatrix } from '../src/components/unit-matrix/unit-matrix.js';
import { alertOf, root, text } from './support/widgets.js';

const rowNames = (el: TrUnitMatrix) =>
  [...root(el).querySelectorAll('.tbody [role="rowheader"]')].map((h) => h.getAttribute('aria-label') ?? text(h));
const columnNames = (el: TrUnitMatrix) =>
  [...root(el).querySelectorAll('.row.head .col-head')].map((h) => h.getAttribute('aria-label') ?? text(h));

describe('<tr-unit-matrix> attributes', () => {
  describe('attributes', () => {
    it('takes lists as arrays from script (a Vue or React binding), as well as comma strings', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      el.units = ['省教育厅', '省人力社保厅'];
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
      expect(rowNames(el)).to.deep.equal(['省教育厅', '省人力社保厅']);
      el.tasks = ['1-3', '20'];
      el.deadline = ['2025', 'annual'];
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
      const shown = columnNames(el);
      expect(shown.length).to.be.above(0);
      expect(shown.every((name) => ['任务1', '任务2', '任务3', '任务20'].includes(name))).to.equal(true);
      el.tasks = ['99'];
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('tasks="99"');
      el.tasks = [];
      el.deadline = '';
      el.units = 'edu';
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['省教育厅']);
    });

    it('returns to the defaults when attributes are removed', async () => {
      const el = await fixture<TrUnitMatrix>(
        html`<tr-unit-matrix units="edu" tasks="1-10" unit-role="lead" sort="name" orientation="tasks" highlight-task="5"></tr-unit-matrix>`,
      );
      expect(el.unitRole).to.equal('lead');
      expect(el.orientation).to.equal('tasks');
      for (const name of ['units', 'tasks', 'unit-role', 'sort', 'orientation', 'highlight-task']) el.removeAttribute(name);
      await el.updateComplete;
      expect([el.unitRole, el.sort, el.orientation]).to.deep.equal(['all', 'involvement', 'units']);
      expect(rowNames(el)).to.have.length(11);
      expect(columnNames(el)).to.have.length(46);
      expect(root(el).querySelector('.marked')).to.equal(null);
    });

    it('takes a task number as a number', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      el.highlightTask = 12;
      await el.updateComplete;
      expect(root(el).querySelector('.col-head.marked')!.getAttribute('aria-label')).to.equal('任务12');
    });
  });
});
