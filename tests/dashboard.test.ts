import { expect, fixture, html as testHtml, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../src/components/dashboard/dashboard.js';
import { TrDashboard } from '../src/components/dashboard/dashboard.js';
import { readSelection, writeSelection } from '../src/components/dashboard/dashboard.url.js';
import type { Selection, SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import { defineElement, TrElement, type ViewContext } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';

/** A widget that shows what is selected and can select by script, as a click would. */
class LinkedProbe extends TrElement {
  context: ViewContext | undefined;
  protected buildView(context: ViewContext): void {
    this.context = context;
  }
  pick(selection: Selection): void {
    this.selection.select(selection);
  }
  protected renderView(): TemplateResult {
    return html`<p part="base" tabindex="0">${JSON.stringify(this.context?.selection ?? {})}</p>`;
  }
}
defineElement('tr-linked-probe', LinkedProbe);

const register = bundledRegister();
const settle = async (...elements: TrElement[]) => {
  for (const el of elements) await el.updateComplete;
};

describe('linked selection', () => {
  it('shares one selection between the widgets of a dashboard, and says what is selected', async () => {
    const board = await fixture<TrDashboard>(testHtml`<tr-dashboard><tr-linked-probe id="a"></tr-linked-probe><tr-linked-probe id="b"></tr-linked-probe></tr-dashboard>`);
    const a = board.querySelector<LinkedProbe>('#a')!;
    const b = board.querySelector<LinkedProbe>('#b')!;
    await settle(board, a, b);
    const changed = oneEvent(a, 'tr-selection-change');
    a.pick({ unit: 'edu' });
    const event = (await changed) as CustomEvent<SelectionChangeDetail>;
    expect(event.detail.selection).to.deep.equal({ unit: 'edu' });
    await settle(board, a, b);
    expect(b.context?.selection).to.deep.equal({ unit: 'edu' });
    expect(board.shadowRoot!.querySelector('[part~="bar"]')!.textContent).to.contain('省教育厅');
  });

  it('links widgets that were defined before their dashboard (a dashboard script loaded later)', async () => {
    class LateDashboard extends TrDashboard {}
    const board = await fixture<TrDashboard>(testHtml`<tr-late-dashboard><tr-linked-probe id="a"></tr-linked-probe><div><tr-linked-probe id="b"></tr-linked-probe></div></tr-late-dashboard>`);
    const a = board.querySelector<LinkedProbe>('#a')!;
    const b = board.querySelector<LinkedProbe>('#b')!;
    await settle(a, b);
    customElements.define('tr-late-dashboard', LateDashboard);
    await settle(board, a, b);
    a.pick({ task: 't5' });
    await settle(board, a, b);
    expect(b.context?.selection).to.deep.equal({ task: 't5' });
    expect(board.selectionHub.value).to.deep.equal({ task: 't5' });
  });

  it('links widgets outside a dashboard by a shared group name, and no others', async () => {
    const box = await fixture<HTMLDivElement>(
      testHtml`<div><tr-linked-probe group="g1" id="a"></tr-linked-probe><tr-linked-probe group="g1" id="b"></tr-linked-probe><tr-linked-probe id="c"></tr-linked-probe></div>`,
    );
    const [a, b, c] = ['#a', '#b', '#c'].map((id) => box.querySelector<LinkedProbe>(id)!);
    await settle(a!, b!, c!);
    a!.pick({ task: 't5' });
    await settle(a!, b!, c!);
    expect(b!.context?.selection).to.deep.equal({ task: 't5' });
    expect(c!.context?.selection).to.deep.equal({});
    a!.pick({});
  });

  it('clears with Escape and with the clear button', async () => {
    const board = await fixture<TrDashboard>(testHtml`<tr-dashboard><tr-linked-probe></tr-linked-probe></tr-dashboard>`);
    const probe = board.querySelector<LinkedProbe>('tr-linked-probe')!;
    await settle(board, probe);
    probe.pick({ unit: 'edu', state: 'overdue' });
    await settle(board, probe);
    probe.shadowRoot!.querySelector<HTMLElement>('p')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(board, probe);
    expect(probe.context?.selection).to.deep.equal({});
    probe.pick({ unit: 'edu' });
    await settle(board, probe);
    board.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
    await settle(board, probe);
    expect(probe.context?.selection).to.deep.equal({});
  });

  it('passes src and as-of down to widgets that set none', async () => {
    const board = await fixture<TrDashboard>(
      testHtml`<tr-dashboard as-of="2024-06-30"><tr-linked-probe id="a"></tr-linked-probe><tr-linked-probe id="b" as-of="2023-01-01"></tr-linked-probe></tr-dashboard>`,
    );
    const a = board.querySelector<LinkedProbe>('#a')!;
    const b = board.querySelector<LinkedProbe>('#b')!;
    await settle(board, a, b);
    expect(a.context?.asOf.toISOString().slice(0, 10)).to.equal('2024-06-30');
    expect(b.context?.asOf.toISOString().slice(0, 10)).to.equal('2023-01-01');
  });
});

describe('selection in the address', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('reads and writes the hash and the query, keeping other parameters', () => {
    const url = new URL('https://portal.example/plan.html?page=2#top');
    const written = writeSelection(url, 'query', { unit: 'edu', task: 't5' });
    expect(written.search).to.equal('?page=2&tr-unit=edu&tr-task=t5');
    expect(readSelection(written, 'query', register).selection).to.deep.equal({ unit: 'edu', task: 't5' });
    const hashed = writeSelection(new URL('https://portal.example/plan.html'), 'hash', { state: 'overdue' });
    expect(hashed.hash).to.equal('#tr-state=overdue');
  });

  it('ignores a value that names nothing, with a note, never an error', () => {
    const { selection, ignored } = readSelection(new URL('https://p.example/#tr-unit=nobody&tr-state=late&tr-task=t5'), 'hash', register);
    expect(selection).to.deep.equal({ task: 't5' });
    expect(ignored).to.deep.equal(['tr-unit=nobody', 'tr-state=late']);
  });

  it('keeps the selection in the hash, restores it on reload and on Back', async () => {
    history.replaceState(null, '', '#tr-unit=edu');
    const board = await fixture<TrDashboard>(testHtml`<tr-dashboard sync-url="hash"><tr-linked-probe></tr-linked-probe></tr-dashboard>`);
    const probe = board.querySelector<LinkedProbe>('tr-linked-probe')!;
    await settle(board, probe);
    await waitUntil(() => probe.context?.selection.unit === 'edu', 'restored from the address');
    probe.pick({ unit: 'hrss' });
    await settle(board, probe);
    expect(location.hash).to.equal('#tr-unit=hrss');
    history.back();
    await waitUntil(() => probe.context?.selection.unit === 'edu', 'Back restores the earlier selection');
  });
});
