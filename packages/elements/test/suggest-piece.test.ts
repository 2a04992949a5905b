import { expect } from 'chai';
import { suggestPiece } from '../src/components/indexer/suggest-piece.js';

const piece = (label: string) => ({ id: label, label });

const auto = [
  piece('Permis de conduire'),
  piece('Carte grise'),
  piece('Relevé d’information'),
  piece('RIB'),
  piece('Justificatif de domicile'),
  piece('Carte d’identité'),
];

const labelOf = (fileName: string, pieces = auto) => suggestPiece(fileName, pieces)?.label ?? null;

describe('suggestPiece', () => {
  it('matches the words of the file name to the words of a label', () => {
    expect(labelOf('permis_conduire_recto.pdf')).to.equal('Permis de conduire');
    expect(labelOf('Permis de conduire.PDF')).to.equal('Permis de conduire');
    expect(labelOf('scan permis conduire verso.jpeg')).to.equal('Permis de conduire');
  });

  it('ignores words mail clients and scanners put in any file name', () => {
    const withId = [...auto, piece('Pièce d’identité')];
    expect(labelOf('piece-jointe-03.pdf', withId)).to.equal(null);
    expect(labelOf('scan_0042.pdf', withId)).to.equal(null);
    expect(labelOf('piece_identite_recto.jpg', withId)).to.equal('Pièce d’identité');
  });

  it('matches initials of the label', () => {
    expect(labelOf('CG-AB123CD.jpg')).to.equal('Carte grise');
    expect(labelOf('cg.pdf')).to.equal('Carte grise');
    expect(labelOf('rib.pdf', [piece('Permis de conduire'), piece('Relevé d’identité bancaire')])).to.equal('Relevé d’identité bancaire');
  });

  it('matches a one-word label exactly, whatever the case or digits around it', () => {
    expect(labelOf('rib.pdf')).to.equal('RIB');
    expect(labelOf('RIB_2024.pdf')).to.equal('RIB');
    expect(labelOf('rib2024.pdf')).to.equal('RIB');
  });

  it('matches abbreviations by prefix', () => {
    expect(labelOf('justif-domicile.pdf')).to.equal('Justificatif de domicile');
    expect(labelOf('justif_dom.pdf')).to.equal('Justificatif de domicile');
  });

  it('ignores accents and case on both sides', () => {
    expect(labelOf('RELEVE_INFORMATION.pdf')).to.equal('Relevé d’information');
    expect(labelOf('relevé-d’information.pdf')).to.equal('Relevé d’information');
    expect(labelOf('carte-identite.png')).to.equal('Carte d’identité');
    expect(labelOf('CARTE D\u2019IDENTITE\u0301.png')).to.equal('Carte d’identité');
  });

  it('matches a label written as one word or in camel case', () => {
    expect(labelOf('cartegrise.jpg')).to.equal('Carte grise');
    expect(labelOf('permisdeconduire.pdf')).to.equal('Permis de conduire');
    expect(labelOf('PermisConduire.pdf')).to.equal('Permis de conduire');
  });

  it('prefers the label whose words are the most covered', () => {
    expect(labelOf('permis.pdf', [piece('Permis de conduire'), piece('Permis')])).to.equal('Permis');
    expect(
      labelOf('attestation_assurance_habitation.pdf', [piece('Attestation d’assurance'), piece('Attestation d’assurance habitation')]),
    ).to.equal('Attestation d’assurance habitation');
  });

  it('returns null when nothing matches or two pieces are equally likely', () => {
    expect(labelOf('IMG_0042.jpg')).to.equal(null);
    expect(labelOf('carte.pdf')).to.equal(null);
    expect(labelOf('document.pdf')).to.equal(null);
    expect(labelOf('', auto)).to.equal(null);
    expect(labelOf('.pdf', auto)).to.equal(null);
    expect(labelOf('permis.pdf', [])).to.equal(null);
  });

  it('does not match stop words, digits or short fragments', () => {
    expect(labelOf('de-la-du.pdf')).to.equal(null);
    expect(labelOf('2024.pdf', [piece('Avis d’imposition 2024'), piece('RIB')])).to.equal('Avis d’imposition 2024');
    expect(labelOf('20.pdf', [piece('Avis 2024')])).to.equal(null);
    expect(labelOf('pe.pdf')).to.equal(null);
  });

  it('survives hostile input', () => {
    expect(labelOf('<img src=x onerror=alert(1)>.pdf')).to.equal(null);
    expect(labelOf('x'.repeat(10_000) + '.pdf')).to.equal(null);
    expect(suggestPiece('permis.pdf', [piece(''), piece('<img src=x onerror=alert(1)>'), piece('Permis de conduire')])?.label).to.equal(
      'Permis de conduire',
    );
    expect(suggestPiece('img.pdf', [piece('<img src=x onerror=alert(1)>')])?.label).to.equal('<img src=x onerror=alert(1)>');
  });

  it('returns the same object it was given', () => {
    const pieces = [{ id: 'p1', label: 'Carte grise', order: 0 }];
    expect(suggestPiece('carte_grise.pdf', pieces)).to.equal(pieces[0]);
  });
});
