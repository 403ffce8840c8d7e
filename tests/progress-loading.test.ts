import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import '../src/components/task-list/task-list.js';
import type { TrTaskList } from '../src/components/task-list/task-list.js';
import type { ViewContext } from '../src/components/base/tr-element.js';
import { deferredResponse } from './support/deferred.js';
import { root, settled } from './support/widgets.js';
import { scorecardProgress, scorecardRegister } from './unit-scorecard.fixtures.js';

const register = scorecardRegister();
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
/** The task numbers the list shows. */
const shown = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[data-task]')].map((row) => row.dataset.task);

describe('a widget whose progress is loading', () => {
  it('shows the loading message; an attribute set meanwhile takes effect once the reports are in', async () => {
    const el = await fixture<TrTaskList>(html`<tr-task-list as-of="2025-06-30" .register=${register} .progress=${scorecardProgress()}></tr-task-list>`);
    await waitUntil(() => part(el, 'search'), 'the list rendered', { timeout: 5000 });
    await settled(el);
    expect(shown(el)).to.have.length(7);
    // The reader looks for the tasks of 甲厅 (1, 2, 4 and 6).
    const input = part(el, 'search') as HTMLInputElement;
    input.value = '甲厅';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(el);
    expect(shown(el)).to.deep.equal(['t1', 't2', 't4', 't6']);

    // The page loads newer reports from a file and, while they load, sets its own search.
    const file = deferredResponse('progress-loading');
    el.progress = undefined;
    el.progressSrc = file.url;
    await file.held();
    await settled(el);
    expect(part(el, 'loading'), 'the loading message').to.exist;
    el.setAttribute('search', '丙厅');
    await el.updateComplete;
    expect(part(el, 'loading'), 'still loading').to.exist;

    await file.release(JSON.stringify(scorecardProgress()));
    await waitUntil(() => !part(el, 'loading'), 'the reports in', { timeout: 5000 });
    await settled(el);
    // The attribute replaced the reader's query, as it does when nothing is loading: 丙厅's tasks 5, 6 and 7.
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('丙厅');
    expect(shown(el)).to.deep.equal(['t5', 't6', 't7']);
  });

  it('is built once, with the reports: never first without them while the loading message shows', async () => {
    const contexts: ViewContext[] = [];
    class CountingTimeline extends TrDeadlineTimeline {
      protected override buildView(context: ViewContext): void {
        contexts.push(context);
        super.buildView(context);
      }
    }
    customElements.define('counting-timeline', CountingTimeline);
    const el = await fixture<TrDeadlineTimeline>(html`<counting-timeline as-of="2025-06-30" .register=${register} .progress=${scorecardProgress()}></counting-timeline>`);
    await waitUntil(() => part(el, 'summary'), 'the timeline rendered', { timeout: 5000 });
    await settled(el);
    // Building a view of 2,000 tasks takes a noticeable moment: building it twice doubled a first render.
    expect(contexts.map((context) => !!context.progress)).to.deep.equal([true]);
    expect(part(el, 'summary')!.textContent).to.match(/已完成/);
  });
});
