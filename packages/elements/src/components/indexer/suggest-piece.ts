/**
 * Words that carry no meaning in a piece label ("Justificatif **de** domicile",
 * "Proof **of** address"): they must not match file names nor count in initials.
 */
const STOP_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une', 'and', 'for', 'of', 'or', 'the', 'to']);

/**
 * Words scanners and mail clients put in file names whatever the document
 * ("piece-jointe-03", "scan_0042", "document"): ignored in file names, so they
 * cannot pull a file towards "Pièce d'identité" or any other label.
 */
const FILE_NOISE = new Set(['piece', 'pieces', 'jointe', 'jointes', 'pj', 'document', 'documents', 'doc', 'scan', 'copie', 'fichier', 'file', 'attachment']);

/** Shortest token that may match another one by prefix ("justif" → "justificatif"). */
const MIN_PREFIX = 3;

const EXACT = 3;
const PREFIX = 2;

/**
 * The expected piece a file most likely is, judged from its name alone.
 *
 * Accents and case are ignored; the extension is dropped. A label word scores
 * when a word of the file name equals it or one starts with the other (at least
 * three letters: "justif" → "Justificatif"); a file word equal to the label's
 * initials scores as a whole label ("CG" → "Carte grise", "RIB" → "Relevé
 * d'identité bancaire"). The highest score wins, then the label whose words
 * are the most covered. Returns `null` when nothing matches or when two pieces
 * are equally likely, so that nothing is preselected on a guess.
 *
 * @example
 * suggestPiece('permis_conduire_recto.pdf', pieces); // the "Permis de conduire" piece
 * suggestPiece('CG-AB123CD.jpg', pieces); // the "Carte grise" piece
 */
export function suggestPiece<P extends { readonly label: string }>(fileName: string, pieces: readonly P[]): P | null {
  const base = stripExtension(String(fileName));
  const file = { words: wordsOf(base, true), wholeWords: wordsOf(base, false) };
  const meaningful = (words: readonly string[]) => words.filter((word) => !FILE_NOISE.has(word));
  // A label must match at least one word that is not noise; noise words then still help to rank.
  const signal = { words: meaningful(file.words), wholeWords: meaningful(file.wholeWords) };
  if (file.words.length === 0) return null;
  let best: { piece: P; score: number; coverage: number } | null = null;
  let tied = false;
  for (const piece of pieces) {
    if (scoreLabel(signal, String(piece.label)).score === 0) continue;
    const { score, coverage } = scoreLabel(file, String(piece.label));
    if (!best || score > best.score || (score === best.score && coverage > best.coverage)) {
      best = { piece, score, coverage };
      tied = false;
    } else if (score === best.score && coverage === best.coverage) {
      tied = true;
    }
  }
  return best && !tied ? best.piece : null;
}

/** Lower case, without diacritics ("Relevé" → "releve"). */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function stripExtension(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '');
}

/**
 * Words of a name: split on anything but letters and digits and on camel case
 * ("PermisConduire"); with `splitDigits`, also between letters and digits
 * ("rib2024"), which initials must not use ("AB123CD" is a plate, not "AB" and "CD").
 */
function wordsOf(text: string, splitDigits: boolean): string[] {
  let split = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (splitDigits) split = split.replace(/(\p{L})(\p{N})/gu, '$1 $2').replace(/(\p{N})(\p{L})/gu, '$1 $2');
  return normalize(split)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

interface FileWords {
  /** Split between letters and digits too. */
  readonly words: readonly string[];
  /** Split on separators and camel case only. */
  readonly wholeWords: readonly string[];
}

function scoreLabel(file: FileWords, label: string): { score: number; coverage: number } {
  const allWords = normalize(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const words = allWords.filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return { score: 0, coverage: 0 };
  const whole = EXACT * words.length;
  const fileWords = file.words;
  // "permisdeconduire.pdf", "cartegrise.jpg": the label written as one word.
  if (words.length > 1) {
    const compact = [words.join(''), allWords.join('')];
    if (file.wholeWords.some((word) => compact.some((c) => word.includes(c)))) return { score: whole, coverage: 1 };
  }
  let score = 0;
  let matched = 0;
  for (const word of words) {
    const wordScore = Math.max(0, ...fileWords.map((fileWord) => matchScore(fileWord, word)));
    score += wordScore;
    if (wordScore > 0) matched += 1;
  }
  const initials = words.map((word) => word[0]).join('');
  if (words.length > 1 && file.wholeWords.includes(initials) && score < whole) {
    return { score: whole, coverage: 1 };
  }
  return { score, coverage: matched / words.length };
}

function matchScore(fileWord: string, labelWord: string): number {
  if (fileWord === labelWord) return EXACT;
  const [shorter, longer] = fileWord.length < labelWord.length ? [fileWord, labelWord] : [labelWord, fileWord];
  if (shorter.length >= MIN_PREFIX && !/^\p{N}+$/u.test(shorter) && longer.startsWith(shorter)) return PREFIX;
  return 0;
}
