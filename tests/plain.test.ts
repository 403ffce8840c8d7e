import { expect, fixture, html } from '@open-wc/testing';
import { render, svg } from 'lit';
import { plainList, type PlainEl } from '../src/components/base/plain.js';

/** plainList: elements as data, with no marker nodes between them, reused across renders. */
describe('plainList', () => {
  const cells = (keys: number[], extra: (k: number) => Partial<PlainEl> = () => ({})): PlainEl[] =>
    keys.map((k) => ({ tag: 'div', key: k, attrs: { class: `c c${k}`, 'data-k': k, tabindex: k === 2 ? '0' : '-1' }, text: `#${k}`, ...extra(k) }));
  const draw = (host: HTMLElement, items: PlainEl[]) => render(html`<div class="row">${plainList(items)}</div>`, host);
  const row = (host: HTMLElement) => host.querySelector('.row')!;

  it('renders each item as its element and text, with one marker for the whole list', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, cells([1, 2, 3]));
    const r = row(host);
    expect([...r.children].map((c) => c.textContent)).to.deep.equal(['#1', '#2', '#3']);
    expect(r.children[1]!.getAttribute('tabindex')).to.equal('0');
    expect([...r.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE)).to.have.length(1);
    expect(r.childNodes).to.have.length(4);
  });

  it('keeps each keyed element across renders: focus and classes set between renders survive a reorder', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, cells([1, 2, 3]));
    const two = row(host).children[1] as HTMLElement;
    two.focus();
    two.classList.add('hl');
    draw(host, cells([0, 2, 3, 4]));
    expect(row(host).children[1]).to.equal(two);
    expect(host.querySelector('.c1'), 'a dropped item is removed').to.equal(null);
    expect([...row(host).children].map((c) => c.getAttribute('data-k'))).to.deep.equal(['0', '2', '3', '4']);
    expect(document.activeElement).to.equal(two);
    expect(two.classList.contains('hl'), 'the class attribute is not rewritten when unchanged').to.equal(true);
    draw(host, cells([4, 3, 2]));
    expect([...row(host).children].map((c) => c.getAttribute('data-k'))).to.deep.equal(['4', '3', '2']);
    expect(row(host).children[2]).to.equal(two);
  });

  it('writes only what changed, removes attributes set to null or left out, and switches between text and children', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    draw(host, cells([1], () => ({ attrs: { class: 'a', title: 'x', 'aria-label': 'one' } })));
    const one = row(host).children[0]!;
    draw(host, cells([1], () => ({ attrs: { class: 'b', title: null } })));
    expect(one.getAttribute('class')).to.equal('b');
    expect(one.hasAttribute('title')).to.equal(false);
    expect(one.hasAttribute('aria-label')).to.equal(false);
    draw(host, cells([1], () => ({ text: '5', children: [{ tag: 'span', attrs: { class: 'hidden' }, text: '任务' }] })));
    expect(row(host).children[0]).to.equal(one);
    expect(one.innerHTML).to.equal('<span class="hidden">任务</span>5');
    draw(host, cells([1], () => ({ text: '6', children: [{ tag: 'span', attrs: { class: 'hidden' }, text: '任务' }] })));
    expect(one.innerHTML).to.equal('<span class="hidden">任务</span>6');
    draw(host, cells([1], () => ({ text: 'plain' })));
    expect(one.innerHTML).to.equal('plain');
  });

  it('creates SVG elements inside an SVG', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<svg viewBox="0 0 10 10">${svg`<g>${plainList([{ tag: 'path', attrs: { d: 'M0,0L5,5' } }, { tag: 'text', attrs: { x: 1, y: 2 }, text: '2025' }])}</g>`}</svg>`, host);
    const path = host.querySelector('path')!;
    expect(path.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(path instanceof SVGPathElement).to.equal(true);
    expect(host.querySelector('text')!.textContent).to.equal('2025');
  });

  it('leaves nothing behind when the template around it changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (on: boolean) => render(html`<div class="row">${on ? plainList(cells([1, 2])) : 'none'}</div>`, host);
    show(true);
    show(false);
    expect(row(host).textContent).to.equal('none');
    show(true);
    expect([...row(host).children].map((c) => c.textContent)).to.deep.equal(['#1', '#2']);
  });
});
