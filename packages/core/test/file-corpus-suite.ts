import { expect } from 'chai';
import { isDossierError } from '../src/errors/dossier-error.js';
import { DEFAULT_MAX_BYTES } from '../src/files/default-max-bytes.js';
import { inspectFile } from '../src/files/inspect-file.js';
import { validateFile } from '../src/files/validate-file.js';
import { FILE_CORPUS } from './file-corpus.js';

/** Runs the corpus checks, reading fixtures with `load` (from disk in Node, over HTTP in the browser). */
export function runFileCorpusSuite(load: (file: string) => Promise<Blob>): void {
  describe('file corpus from real producers', () => {
    for (const expected of FILE_CORPUS) {
      const verdict =
        expected.outcome === 'accepted'
          ? `accepted${expected.passwordProtected ? ', password-protected' : ''}`
          : `refused (${expected.outcome})`;
      it(`${expected.file}: ${expected.mediaType ?? 'unrecognised'}, ${verdict}`, async () => {
        const blob = await load(expected.file);
        const inspection = await inspectFile(blob, expected.file);
        expect(inspection.mediaType, 'kind').to.equal(expected.mediaType);
        expect(inspection.bytesRead, 'bytes read').to.be.at.most(blob.size);
        try {
          const file = await validateFile({ blob, name: expected.file }, { accept: [], maxBytes: DEFAULT_MAX_BYTES }, 'fr');
          expect(expected.outcome, `accepted as ${file.mediaType}`).to.equal('accepted');
          expect(file.mediaType).to.equal(expected.mediaType);
          expect(file.passwordProtected, 'password flag').to.equal(expected.passwordProtected ?? false);
          expect(file.name, 'stored name').to.equal(expected.storedName ?? expected.file);
          expect(file.originalName).to.equal(expected.file);
        } catch (error) {
          if (!isDossierError(error)) throw error;
          expect(error.code, error.message).to.equal(expected.outcome);
          expect(error.message)
            .to.contain(`« ${expected.file} »`)
            .and.to.contain(expected.message ?? '');
          expect(error.localize('en').message, 'English message').to.match(/^The file “/);
        }
      });
    }

    it('refuses a PNG renamed .pdf where only PDF is accepted, naming it an image PNG', async () => {
      const blob = await load('png-renamed.pdf');
      try {
        await validateFile({ blob, name: 'permis.pdf' }, { accept: ['application/pdf'], maxBytes: DEFAULT_MAX_BYTES }, 'fr');
        expect.fail('accepted');
      } catch (error) {
        expect(isDossierError(error, 'file-type-not-accepted')).to.equal(true);
        expect((error as Error).message).to.equal(
          'Le fichier « permis.pdf » n’est pas d’un type accepté (détecté : image PNG). Types acceptés : document PDF.',
        );
      }
      const stored = await validateFile(
        { blob, name: 'permis.pdf' },
        { accept: ['application/pdf', 'image/*'], maxBytes: DEFAULT_MAX_BYTES },
      );
      expect(stored).to.include({ name: 'permis.png', originalName: 'permis.pdf', mediaType: 'image/png' });
    });

    it('refuses a zip holding only a Word part where Word documents are asked', async () => {
      const blob = await load('zip-word-part-only.docx');
      try {
        await validateFile({ blob, name: 'contrat.docx' }, { accept: ['.docx'], maxBytes: DEFAULT_MAX_BYTES }, 'en');
        expect.fail('accepted');
      } catch (error) {
        expect(isDossierError(error, 'file-type-not-accepted')).to.equal(true);
        expect((error as Error).message).to.equal(
          'The file “contrat.docx” is not of an accepted type (detected: ZIP archive). Accepted: Word document.',
        );
      }
    });

    it('accepts legacy Office kinds by their extensions in accept lists', async () => {
      const rules = { accept: ['.doc', '.xls', '.ppt', '.msg', '.rtf', '.txt', '.csv'], maxBytes: DEFAULT_MAX_BYTES };
      for (const file of [
        'libreoffice-writer.doc',
        'libreoffice-calc.xls',
        'libreoffice-impress.ppt',
        'oxmsg-outlook.msg',
        'libreoffice-writer.rtf',
        'notes-utf8.txt',
        'libreoffice-calc.csv',
      ]) {
        expect((await validateFile({ blob: await load(file), name: file }, rules)).name).to.equal(file);
      }
    });
  });
}
