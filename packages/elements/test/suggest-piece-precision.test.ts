import { expect } from 'chai';
import { suggestPiece } from '../src/components/indexer/suggest-piece.js';
import { CATALOGUES, LABELLED_FILE_NAMES } from './data/file-name-suggestions.js';

/**
 * The indexer preselects a piece only when it is sure: measured on realistic labelled file names,
 * a suggestion must be right at least 95 % of the time (a wrong guess with confidence is worse
 * than none: the broker has to notice and undo it).
 */
describe('suggestPiece on realistic file names (labelled set)', () => {
  const outcomes = LABELLED_FILE_NAMES.map(({ catalogue, fileName, expected }) => {
    const pieces = CATALOGUES[catalogue].map((label) => ({ id: label, label }));
    const suggested = suggestPiece(fileName, pieces)?.label ?? null;
    return { catalogue, fileName, expected, suggested };
  });
  const suggestions = outcomes.filter((o) => o.suggested !== null);
  const right = suggestions.filter((o) => o.suggested === o.expected);
  const wrong = suggestions.filter((o) => o.suggested !== o.expected);
  const abstained = outcomes.filter((o) => o.suggested === null);
  const missed = abstained.filter((o) => o.expected !== null);

  it(`has at least 60 names (${outcomes.length})`, () => {
    expect(outcomes.length).to.be.at.least(60);
  });

  it('is right at least 95 % of the times it suggests', () => {
    const precision = right.length / suggestions.length;
    // Printed, so a change to the suggestion shows what it does to both figures.
    console.log(
      `      precision ${(precision * 100).toFixed(1)} % (${right.length}/${suggestions.length}), abstains on ${abstained.length}/${outcomes.length} ` +
        `(${missed.length} where a piece was expected), wrong: ${wrong.map((o) => `${o.fileName} → ${o.suggested}`).join('; ') || 'none'}`,
    );
    expect(precision, wrong.map((o) => `${o.catalogue}: ${o.fileName} → ${o.suggested}, expected ${o.expected}`).join('\n')).to.be.at.least(
      0.95,
    );
  });

  it('suggests nothing for a name that says nothing (photos, scans, attachments)', () => {
    const noise = outcomes.filter((o) => o.expected === null && /^(IMG|scan|Scan|WhatsApp|document|piece-jointe|photo)/.test(o.fileName));
    expect(noise.filter((o) => o.suggested !== null).map((o) => `${o.fileName} → ${o.suggested}`)).to.deep.equal([]);
  });

  it('still finds the piece for most names that name it (at least 80 %)', () => {
    const named = outcomes.filter((o) => o.expected !== null);
    const found = named.filter((o) => o.suggested === o.expected);
    expect(found.length / named.length, missed.map((o) => o.fileName).join(', ')).to.be.at.least(0.8);
  });
});
