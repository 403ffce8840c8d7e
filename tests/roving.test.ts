import { expect } from '@open-wc/testing';
import { moveForKey, moveInGrid, moveInList, type GridPosition } from '../src/components/base/roving.js';

describe('roving focus', () => {
  describe('moveForKey', () => {
    it('maps arrows, Home/End (with Ctrl: first/last) and Page keys; other keys are left alone', () => {
      expect(moveForKey('ArrowLeft', false)).to.equal('left');
      expect(moveForKey('ArrowRight', false)).to.equal('right');
      expect(moveForKey('ArrowUp', false)).to.equal('up');
      expect(moveForKey('ArrowDown', false)).to.equal('down');
      expect(moveForKey('Home', false)).to.equal('rowStart');
      expect(moveForKey('Home', true)).to.equal('first');
      expect(moveForKey('End', false)).to.equal('rowEnd');
      expect(moveForKey('End', true)).to.equal('last');
      expect(moveForKey('PageUp', false)).to.equal('pageUp');
      expect(moveForKey('PageDown', false)).to.equal('pageDown');
      expect(moveForKey('Enter', false)).to.equal(null);
      expect(moveForKey('a', true)).to.equal(null);
    });
  });

  describe('moveInGrid', () => {
    const at: GridPosition = { row: 3, column: 4 };
    it('moves one cell and stops at the edges', () => {
      expect(moveInGrid(at, 'right', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid({ row: 3, column: 5 }, 'right', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid(at, 'left', 10, 6, 3)).to.deep.equal({ row: 3, column: 3 });
      expect(moveInGrid({ row: 0, column: 0 }, 'up', 10, 6, 3)).to.deep.equal({ row: 0, column: 0 });
      expect(moveInGrid({ row: 9, column: 0 }, 'down', 10, 6, 3)).to.deep.equal({ row: 9, column: 0 });
    });
    it('jumps to the row ends, the grid ends and by pages', () => {
      expect(moveInGrid(at, 'rowStart', 10, 6, 3)).to.deep.equal({ row: 3, column: 0 });
      expect(moveInGrid(at, 'rowEnd', 10, 6, 3)).to.deep.equal({ row: 3, column: 5 });
      expect(moveInGrid(at, 'first', 10, 6, 3)).to.deep.equal({ row: 0, column: 0 });
      expect(moveInGrid(at, 'last', 10, 6, 3)).to.deep.equal({ row: 9, column: 5 });
      expect(moveInGrid(at, 'pageDown', 10, 6, 3)).to.deep.equal({ row: 6, column: 4 });
      expect(moveInGrid(at, 'pageDown', 10, 6, 30)).to.deep.equal({ row: 9, column: 4 });
      expect(moveInGrid(at, 'pageUp', 10, 6, 30)).to.deep.equal({ row: 0, column: 4 });
      expect(moveInGrid(at, 'pageUp', 10, 6, 0)).to.deep.equal({ row: 2, column: 4 });
    });
  });

  describe('moveInList', () => {
    it('→ and ↓ go to the next item, ← and ↑ to the previous, never past the ends', () => {
      expect(moveInList(4, 10, 'ArrowRight', 10)).to.equal(5);
      expect(moveInList(4, 10, 'ArrowDown', 10)).to.equal(5);
      expect(moveInList(4, 10, 'ArrowLeft', 10)).to.equal(3);
      expect(moveInList(4, 10, 'ArrowUp', 10)).to.equal(3);
      expect(moveInList(9, 10, 'ArrowRight', 10)).to.equal(9);
      expect(moveInList(0, 10, 'ArrowUp', 10)).to.equal(0);
    });
    it('Home and End go to the first and last item', () => {
      expect(moveInList(4, 10, 'Home', 10)).to.equal(0);
      expect(moveInList(4, 10, 'End', 10)).to.equal(9);
    });
    it('Page Up and Page Down move by a page, clamped to the list', () => {
      expect(moveInList(4, 30, 'PageDown', 10)).to.equal(14);
      expect(moveInList(14, 30, 'PageUp', 10)).to.equal(4);
      expect(moveInList(25, 30, 'PageDown', 10)).to.equal(29);
      expect(moveInList(4, 30, 'PageUp', 10)).to.equal(0);
      expect(moveInList(4, 30, 'PageDown', 0)).to.equal(5);
    });
    it('leaves other keys, and an empty list, alone', () => {
      expect(moveInList(4, 10, 'Enter', 10)).to.equal(null);
      expect(moveInList(4, 10, 'Escape', 10)).to.equal(null);
      expect(moveInList(0, 0, 'ArrowRight', 10)).to.equal(null);
      expect(moveInList(4, 10, 'toString', 10)).to.equal(null);
    });
  });
});
