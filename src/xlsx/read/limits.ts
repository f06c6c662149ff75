import { TooLargeError } from '../errors';

/**
 * How much one file may cost to read. A unit's tracker is a few MB inflated and some tens of
 * thousands of cells; these defaults leave two orders of magnitude of headroom while keeping one
 * hostile file (a zip bomb, a stray cell at XFD1048576) within about a second and well under 1 GB
 * on the office machines (issue 10).
 */
export interface ReadLimits {
  /** All parts' inflated sizes added up, bytes, as the zip directory declares them. */
  readonly maxInflatedBytes: number;
  /** Parts in the zip directory. */
  readonly maxParts: number;
  /** One part's inflated size, bytes (a sheet's XML is the largest). */
  readonly maxPartBytes: number;
  /** Cells holding a value in the file's sheets, all sheets together (an empty styled `<c>` is not counted). */
  readonly maxCells: number;
  /** Rows holding a value in the file's sheets, all sheets together (a formatted empty `<row>` is not counted). */
  readonly maxRows: number;
  /** Milliseconds for the whole file, checked while inflating and scanning. */
  readonly maxMilliseconds: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxInflatedBytes: 300 * 1024 * 1024,
  maxParts: 20_000,
  maxPartBytes: 300 * 1024 * 1024,
  maxCells: 3_000_000,
  // Every row is then read and checked by the core (about 1–2 KB a data row): 1,048,576 rows of one
  // cell each passed the cell budget and took 2 GB. 300,000 rows is ten times the largest
  // consolidation we measure (60,000 records) and stays under 1 GB.
  maxRows: 300_000,
  maxMilliseconds: 60_000,
};

/** Jagged rows may hold blanks between cells; beyond this many slots per budgeted cell a sheet is refused. */
const SLOTS_PER_CELL = 4;

/**
 * The running account of one file's reading: cells seen, row slots allocated, time spent.
 * Throws TooLargeError('cells' | 'time') as soon as one goes over, so work stops where it is.
 */
export class ReadBudget {
  private cells = 0;
  private rows = 0;
  private slots = 0;
  private readonly started: number;

  constructor(
    readonly limits: ReadLimits,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now();
  }

  /** Counts `count` more cells present in the file. */
  addCells(count: number): void {
    this.cells += count;
    if (this.cells > this.limits.maxCells) throw new TooLargeError('cells', this.cells, this.limits.maxCells);
  }

  /** Counts one more row holding a value. */
  addRow(): void {
    this.rows += 1;
    if (this.rows > this.limits.maxRows) throw new TooLargeError('rows', this.rows, this.limits.maxRows);
  }

  /** Counts `count` more array slots for jagged rows (blanks between cells, merge clearing). */
  addSlots(count: number): void {
    this.slots += count;
    const max = this.limits.maxCells * SLOTS_PER_CELL;
    if (this.slots > max) throw new TooLargeError('cells', this.slots, max);
  }

  /** Throws when the file has taken longer than allowed. */
  checkTime(part?: string): void {
    const spent = this.now() - this.started;
    if (spent > this.limits.maxMilliseconds) throw new TooLargeError('time', Math.round(spent), this.limits.maxMilliseconds, part);
  }

  get cellCount(): number {
    return this.cells;
  }
}

/** Options' partial limits over the defaults. */
export function resolveLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
