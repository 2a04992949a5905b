import { expect } from 'chai';
import { popoverPlacement } from '../src/components/badge/popover-placement.js';

const view = { width: 1280, height: 800 };
const badgeAt = (top: number, left: number) => ({ top, bottom: top + 24, left, right: left + 60 });

describe('popoverPlacement (the badge popover inside the window)', () => {
  it('opens below a badge near the top, with the room left below as its height', () => {
    const place = popoverPlacement(badgeAt(100, 300), { height: 1200, width: 448 }, view);
    expect(place.side).to.equal('below');
    expect(place.top).to.equal(130);
    expect(place.top! + place.maxHeight).to.be.at.most(800 - 8);
  });

  it('flips above a badge near the bottom, never past the top edge', () => {
    const place = popoverPlacement(badgeAt(700, 40), { height: 600, width: 448 }, view);
    expect(place.side).to.equal('above');
    expect(place.bottom).to.equal(800 - 700 + 6);
    expect(800 - place.bottom! - place.maxHeight).to.be.at.least(8);
  });

  it('stays below when the content fits there, even with more room above', () => {
    expect(popoverPlacement(badgeAt(500, 40), { height: 200, width: 448 }, view).side).to.equal('below');
  });

  it('moves left to stay inside the right edge, and fits a narrow window', () => {
    expect(popoverPlacement(badgeAt(8, 1230), { height: 300, width: 448 }, view).left).to.equal(1280 - 448 - 8);
    const narrow = popoverPlacement(badgeAt(8, 200), { height: 300, width: 448 }, { width: 320, height: 600 });
    expect(narrow.left).to.equal(8);
  });
});
