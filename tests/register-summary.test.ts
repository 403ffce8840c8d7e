import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/register-summary/register-summary.js';
import type { TrRegisterSummary } from '../src/components/register-summary/register-summary.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { deferredResponse } from './support/deferred.js';
import { bundledFigures, registerCopy, registerJson } from './support/registers.js';
import { alertOf, settled, shadowText as text } from './support/widgets.js';

describe('<tr-register-summary> and the shared base', () => {
  describe('rendering', () => {
    it('shows the bundled register with no configuration', async () => {
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary></tr-register-summary>`);
      expect(text(el)).to.contain('《浙江省深化产教融合推进职业教育高质量发展实施方案》');
      const figures = bundledFigures();
      expect(text(el)).to.contain(`${figures.tasks}项任务`).and.contain(`${figures.units}个单位`).and.contain(`${figures.indicators}项量化指标`);
      for (const [year, count] of figures.dueByYear) expect(text(el)).to.contain(`${year}年到期 ${count} 项`);
      expect(text(el)).to.contain(`年度常规工作 ${figures.annual} 项`);
      await expect(el).to.be.accessible();
    });

    it('shows a register given as a property', async () => {
      const copy = registerCopy();
      copy.tasks = copy.tasks.slice(0, 3);
      copy.indicators = copy.indicators.filter((i) => copy.tasks.some((t) => t.id === i.task));
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary .register=${copy}></tr-register-summary>`);
      expect(text(el)).to.contain('3项任务');
    });

    it('loads a register from src, showing a loading state first', async () => {
      const url = URL.createObjectURL(new Blob([registerJson((r) => (r.title = '另一个方案'))]));
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary src=${url}></tr-register-summary>`);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('正在加载');
      await waitUntil(() => text(el).includes('另一个方案'));
    });
  });

  describe('attributes', () => {
    it('speaks English with lang="en", and follows an ancestor’s lang', async () => {
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary lang="en"></tr-register-summary>`);
      expect(text(el)).to.contain('46 tasks').and.contain('28 due in 2025');
      const wrapper = await fixture(html`<section lang="en-GB"><tr-register-summary></tr-register-summary></section>`);
      expect(text(wrapper.querySelector('tr-register-summary')!)).to.contain('Division of Key Tasks');
    });

    it('follows a change of the document language', async () => {
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary></tr-register-summary>`);
      const before = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        await waitUntil(() => text(el).includes('46 tasks'));
      } finally {
        document.documentElement.lang = before;
      }
      await waitUntil(() => text(el).includes('46项任务'));
    });
  });

  describe('errors', () => {
    it('shows a localized alert and fires one tr-error for a 404, then recovers', async () => {
      const el = document.createElement('tr-register-summary');
      const errors: CustomEvent<TrErrorDetail>[] = [];
      el.addEventListener('tr-error', (e) => errors.push(e as CustomEvent<TrErrorDetail>));
      el.src = '/tests/fixtures/missing.json';
      document.body.append(el);
      await waitUntil(() => alertOf(el));
      expect(alertOf(el)!.textContent).to.contain('HTTP 404').and.contain('/tests/fixtures/missing.json');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ code: 'http', status: 404, url: '/tests/fixtures/missing.json' });
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      await expect(el).to.be.accessible();
      el.src = '';
      await waitUntil(() => !alertOf(el));
      expect(text(el)).to.contain('46项任务');
      el.remove();
    });

    it('lists the issues of an invalid register given as a property', async () => {
      const copy = registerCopy();
      copy.tasks[4]!.units.lead = ['nobody'];
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary lang="en" .register=${copy}></tr-register-summary>`);
      expect(alertOf(el)!.textContent).to.contain('tasks[4].units.lead[0]').and.contain('nobody');
    });

    it('names a bad as-of attribute and recovers when it is fixed', async () => {
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary as-of="2025-13-45"></tr-register-summary>`);
      expect(alertOf(el)!.textContent).to.contain('as-of="2025-13-45"').and.contain('2025-06-30');
      let firedAgain = 0;
      el.addEventListener('tr-error', () => firedAgain++);
      el.asOf = '2025-06-30';
      // The update that clears the alert is the one that would fire tr-error.
      await settled(el);
      expect(alertOf(el)).to.equal(null);
      expect(firedAgain).to.equal(0);
    });

    it('shows only the last of quickly changed sources, even when the first answers last', async () => {
      const first = deferredResponse('first-source');
      const second = URL.createObjectURL(new Blob([registerJson((r) => (r.title = '第二个'))]));
      const el = await fixture<TrRegisterSummary>(html`<tr-register-summary src=${first.url}></tr-register-summary>`);
      // A second widget held with the first shows when the first answer has been processed (its own
      // query string, or the browser would hold its request back behind the first one to the same URL).
      const witness = await fixture<TrRegisterSummary>(html`<tr-register-summary src=${`${first.url}?for=witness`}></tr-register-summary>`);
      await first.held();
      el.src = second;
      await waitUntil(() => text(el).includes('第二个'), 'the second source was not shown');
      // The server answers every request still held (the widget may have aborted its own).
      await first.release(registerJson((r) => (r.title = '第一个')));
      await waitUntil(() => text(witness).includes('第一个'), 'the first response never arrived');
      await el.updateComplete;
      expect(text(el)).to.contain('第二个').and.not.contain('第一个');
      expect(alertOf(el)).to.equal(null);
    });
  });
});
