import type { FileBytes } from './file-bytes.js';
import type { FileDamage } from './file-damage.js';

const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
/** DIFAT entries held in the header itself. */
const HEADER_DIFAT = 109;
/** Limits that keep a forged file from making us read much: chains are short in real documents. */
const MAX_DIRECTORY_SECTORS = 256;
const MAX_CHAIN_STEPS = 4096;
const MAX_TREE_ENTRIES = 4096;

/** An entry of a compound file's directory. */
export interface CompoundFileEntry {
  readonly name: string;
  /** 1 storage, 2 stream, 5 root. */
  readonly type: number;
  readonly startSector: number;
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
}

/** Thrown inside the reader when the structure does not hold; turned into a `FileDamage` by `inspectCompoundFile`. */
export class CompoundFileDamage extends Error {
  constructor(readonly damage: FileDamage) {
    super(damage);
  }
}

/**
 * A read-only view of an OLE2 compound file ([MS-CFB]), the container of Office 97–2003
 * documents and Outlook items: a small file system of sectors chained through a FAT.
 * Reads only the sectors it needs (header, FAT sectors on the way, directory, the first
 * bytes of a stream), each bounds-checked: a sector past the end of the file means the
 * file was cut (`truncated`), a value no writer produces means `corrupt`.
 */
export class CompoundFile {
  private readonly fatCache = new Map<number, DataView>();

  private constructor(
    private readonly bytes: FileBytes,
    private readonly sectorSize: number,
    private readonly fatSectorCount: number,
    private readonly firstDirectorySector: number,
    private readonly miniStreamCutoff: number,
    private readonly difat: readonly number[],
    private readonly firstDifatSector: number,
  ) {}

  /** Reads the header from the file's head. */
  static open(bytes: FileBytes): CompoundFile {
    if (bytes.head.length < 512) throw new CompoundFileDamage('truncated');
    const view = new DataView(bytes.head.buffer, bytes.head.byteOffset, 512);
    const shift = view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) throw new CompoundFileDamage('corrupt');
    const difat = Array.from({ length: HEADER_DIFAT }, (_, i) => view.getUint32(0x4c + i * 4, true));
    return new CompoundFile(
      bytes,
      1 << shift,
      view.getUint32(0x2c, true),
      view.getUint32(0x30, true),
      view.getUint32(0x38, true),
      difat,
      view.getUint32(0x44, true),
    );
  }

  /** The entries directly inside the root storage. */
  async rootChildren(): Promise<CompoundFileEntry[]> {
    const directory = await this.directory();
    const root = directory[0];
    if (root === undefined || root.type !== 5) throw new CompoundFileDamage('corrupt');
    const children: CompoundFileEntry[] = [];
    const seen = new Set<number>();
    // The children form a red-black tree through left and right siblings.
    const pending = [root.child];
    while (pending.length > 0 && seen.size < MAX_TREE_ENTRIES) {
      const index = pending.pop() ?? FREE_SECTOR;
      if (index === FREE_SECTOR || seen.has(index)) continue;
      const entry = directory[index];
      if (entry === undefined) throw new CompoundFileDamage('corrupt');
      seen.add(index);
      children.push(entry);
      pending.push(entry.left, entry.right);
    }
    return children;
  }

  /** The first `length` bytes of a stream (fewer when it is shorter), from the regular or the mini stream; null when out of reach. */
  async streamStart(entry: CompoundFileEntry, length: number): Promise<Uint8Array | null> {
    const wanted = Math.min(length, entry.size);
    if (entry.size >= this.miniStreamCutoff) {
      return this.read(this.offsetOf(entry.startSector), wanted);
    }
    // A small stream lives in the mini stream, itself the root entry's stream, in 64-byte mini sectors.
    const root = (await this.directory())[0];
    if (root === undefined) return null;
    const position = entry.startSector * 64;
    let sector = root.startSector;
    for (let steps = Math.floor(position / this.sectorSize); steps > 0; steps -= 1) {
      if (steps > 64) return null;
      sector = await this.next(sector);
    }
    return this.read(
      this.offsetOf(sector) + (position % this.sectorSize),
      Math.min(wanted, this.sectorSize - (position % this.sectorSize)),
    );
  }

  /**
   * Checks that the sectors the last FAT sector chains together lie within the file. Only
   * links count (an entry pointing to a next sector, and that sector): some writers (SheetJS's
   * cfb, under many .xls and .msg files) fill the unused end of the FAT with end-of-chain
   * marks rather than free ones, which would otherwise claim sectors past the end.
   */
  async checkLength(): Promise<void> {
    if (this.fatSectorCount === 0) throw new CompoundFileDamage('corrupt');
    const last = this.fatSectorCount - 1;
    const fat = await this.fatSector(last);
    const perSector = this.sectorSize / 4;
    let highest = -1;
    for (let i = 0; i < perSector; i += 1) {
      const entry = fat.getUint32(i * 4, true);
      if (entry < 0xfffffffa) highest = Math.max(highest, last * perSector + i, entry);
    }
    if (highest >= 0 && this.offsetOf(highest) + this.sectorSize > this.bytes.size) throw new CompoundFileDamage('truncated');
  }

  private directoryEntries: CompoundFileEntry[] | undefined;

  private async directory(): Promise<CompoundFileEntry[]> {
    if (this.directoryEntries) return this.directoryEntries;
    const entries: CompoundFileEntry[] = [];
    let sector = this.firstDirectorySector;
    for (let count = 0; sector !== END_OF_CHAIN && count < MAX_DIRECTORY_SECTORS; count += 1) {
      const data = await this.read(this.offsetOf(sector), this.sectorSize);
      if (data.length < this.sectorSize) throw new CompoundFileDamage('truncated');
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      for (let at = 0; at + 128 <= data.length; at += 128) {
        // The name is UTF-16LE; its stored length counts the terminating NUL, in bytes.
        const characters = Math.max(0, Math.min(32, Math.floor(view.getUint16(at + 0x40, true) / 2)) - 1);
        let name = '';
        for (let i = 0; i < characters; i += 1) name += String.fromCharCode(view.getUint16(at + i * 2, true));
        entries.push({
          name,
          type: data[at + 0x42] ?? 0,
          left: view.getUint32(at + 0x44, true),
          right: view.getUint32(at + 0x48, true),
          child: view.getUint32(at + 0x4c, true),
          startSector: view.getUint32(at + 0x74, true),
          size: view.getUint32(at + 0x78, true),
        });
      }
      sector = await this.next(sector);
    }
    this.directoryEntries = entries;
    return entries;
  }

  /** The sector after `sector` in its chain, from the FAT. */
  private async next(sector: number): Promise<number> {
    const perSector = this.sectorSize / 4;
    const fat = await this.fatSector(Math.floor(sector / perSector));
    return fat.getUint32((sector % perSector) * 4, true);
  }

  /** The `index`-th FAT sector, located through the DIFAT (the header's 109 entries, then DIFAT sectors). */
  private async fatSector(index: number): Promise<DataView> {
    const cached = this.fatCache.get(index);
    if (cached) return cached;
    if (index >= this.fatSectorCount) throw new CompoundFileDamage('corrupt');
    let sector: number;
    if (index < HEADER_DIFAT) {
      sector = this.difat[index] ?? FREE_SECTOR;
    } else {
      const perDifat = this.sectorSize / 4 - 1;
      let difatSector = this.firstDifatSector;
      for (let skip = Math.floor((index - HEADER_DIFAT) / perDifat); skip > 0; skip -= 1) {
        if (skip > MAX_CHAIN_STEPS) throw new CompoundFileDamage('corrupt');
        const data = await this.read(this.offsetOf(difatSector), this.sectorSize);
        difatSector = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(perDifat * 4, true);
      }
      const data = await this.read(this.offsetOf(difatSector), this.sectorSize);
      sector = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(((index - HEADER_DIFAT) % perDifat) * 4, true);
    }
    const data = await this.read(this.offsetOf(sector), this.sectorSize);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.fatCache.set(index, view);
    return view;
  }

  private offsetOf(sector: number): number {
    // Values from 0xFFFFFFFA up mark free, end-of-chain and FAT sectors: never data.
    if (sector >= 0xfffffffa) throw new CompoundFileDamage('corrupt');
    return (sector + 1) * this.sectorSize;
  }

  /** Exactly `length` bytes at `offset`, or `truncated` when the file ends before. */
  private async read(offset: number, length: number): Promise<Uint8Array> {
    if (offset + length > this.bytes.size) throw new CompoundFileDamage('truncated');
    return this.bytes.range(offset, offset + length);
  }
}
