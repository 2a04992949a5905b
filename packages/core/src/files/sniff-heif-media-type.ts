/** Brands of HEIF files whose images are HEVC-coded (stills and sequences). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
/** Brands of AV1-coded HEIF files: they share the structural brands below, so they must be told apart. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
/** Structural HEIF brands that say nothing about the codec. */
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * The media type of an ISO BMFF file whose `ftyp` box names a HEIF brand:
 * `image/heic`, `image/avif` or `image/heif`; `null` for anything else (MP4, QuickTime…).
 *
 * The major brand decides first; compatible brands are looked at when the major brand
 * is structural (`mif1`, `msf1`) or unknown, because encoders differ in which brand
 * they put first.
 */
export function sniffHeifMediaType(head: Uint8Array): string | null {
  if (head.length < 16 || brandAt(head, 4) !== 'ftyp') return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const boxSize = view.getUint32(0, false);
  // An ftyp box never uses the "to end of file" (0) or 64-bit (1) size forms, and its brands are 4 bytes each.
  if (boxSize < 16 || boxSize % 4 !== 0) return null;
  const major = brandAt(head, 8);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) {
    compatible.push(brandAt(head, offset));
  }
  const majorKind = kindOfBrands([major]);
  if (majorKind !== null && majorKind !== 'image/heif') return majorKind;
  return kindOfBrands(compatible) ?? majorKind;
}

function kindOfBrands(brands: readonly string[]): string | null {
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'image/heic';
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'image/avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heif';
  return null;
}

function brandAt(head: Uint8Array, offset: number): string {
  return String.fromCharCode(...head.subarray(offset, offset + 4));
}
