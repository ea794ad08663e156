import { hashOf } from './shingleCodes.js';

/** How a text is cut into chunks: the defaults suit texts of tens of thousands of characters and more. */
export interface ChunkSizes {
  /** The fewest shingles a chunk has, but the text's last. Default 2,048. */
  readonly minChunk?: number;
  /** The most shingles a chunk has. Default 65,536. */
  readonly maxChunk?: number;
  /** A cut falls where the rolling hash has this many top bits clear: about one in 2^cutBits. Default 13. */
  readonly cutBits?: number;
}

/** The most shingles a chunk has, by default. */
export const MAX_CHUNK = 1 << 16;

let gear: Int32Array | undefined;

/** A fixed random-looking number for each UTF-16 unit (the same on every run). */
function gearTable(): Int32Array {
  if (gear === undefined) {
    gear = new Int32Array(65536);
    for (let u = 0; u < 65536; u++) gear[u] = hashOf(u * 2654435761 + 40503);
  }
  return gear;
}

/**
 * Where a normalized text (`normalizedUnits`) is cut into chunks (分块) by its content, for shingles of
 * `n` units: the positions at which each chunk's shingles start, the last entry the number of
 * shingles. Chunk `i` holds the shingles starting in `[cuts[i], cuts[i + 1])`, all within units
 * `[cuts[i], cuts[i + 1] + n − 1)`, so a text's shingles are its chunks' shingles together.
 *
 * A cut falls after a shingle start where a rolling hash of the 32 units up to it has its top `cutBits`
 * bits clear, once the chunk has `minChunk` shingles (or at `maxChunk`). It depends on the text nearby
 * only, so a passage copied into several texts is cut the same way in each, but near its ends: their
 * chunks are then the same units, found by comparing units, not shingles.
 *
 * @example
 * contentChunks(normalizedUnits('订单牵引平台上线'.repeat(5000)), 3)
 * //=> Int32Array [0, 39998]  (one chunk: a text repeating 8 characters never meets a cut, and is
 * //   shorter than `maxChunk`; a text of its own is cut about every 10,000 shingles)
 */
export function contentChunks(units: Uint16Array, n: number, sizes: ChunkSizes = {}): Int32Array {
  const { minChunk = 1 << 11, maxChunk = MAX_CHUNK, cutBits = 13 } = sizes;
  const windows = Math.max(0, units.length - n + 1);
  const table = gearTable();
  const shift = 32 - cutBits;
  const cuts = [0];
  let start = 0;
  let h = 0;
  for (let i = 0; i < windows; i++) {
    // A unit moves up a bit each step: after 32 it is gone, and the top bits depend on all 32.
    h = ((h << 1) + (table[units[i] as number] as number)) | 0;
    const size = i + 1 - start;
    if ((size >= minChunk && h >>> shift === 0) || size >= maxChunk) {
      start = i + 1;
      if (start < windows) cuts.push(start);
    }
  }
  if (windows > 0) cuts.push(windows);
  return Int32Array.from(cuts);
}
