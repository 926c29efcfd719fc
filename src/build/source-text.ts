import { normalizeText } from './normalize.ts';

/** Shortest piece a string may be split into where page furniture interrupts it in the extract. */
const MIN_PIECE = 10;
/** Most normalised characters of page furniture allowed between two pieces. */
const MAX_GAP = 320;
const MAX_STARTS = 40;

/**
 * A source extract, normalised, that answers "is this string printed here?".
 * A string is found when it occurs whole, or as a few pieces of at least MIN_PIECE characters in
 * order with at most MAX_GAP characters between them — the extracts interleave page numbers,
 * running heads and margin glossary labels with the text. A short tail without digits may follow
 * the last piece (a sentence ending 「…です。」 after a page break).
 */
export class SourceText {
  readonly text: string;

  constructor(
    readonly name: string,
    raw: string,
  ) {
    this.text = normalizeText(raw);
  }

  contains(value: string): boolean {
    const needle = normalizeText(value);
    if (needle.length === 0) return true;
    if (this.text.includes(needle)) return true;
    if (needle.length < MIN_PIECE * 2) return false;
    const first = this.longestPrefixAnywhere(needle);
    if (first < MIN_PIECE) return false;
    const head = needle.slice(0, first);
    let start = this.text.indexOf(head);
    for (let tries = 0; start >= 0 && tries < MAX_STARTS; tries++) {
      if (this.followsFrom(needle, first, start + first)) return true;
      start = this.text.indexOf(head, start + 1);
    }
    return false;
  }

  private longestPrefixAnywhere(needle: string): number {
    let lo = 0;
    let hi = needle.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.text.includes(needle.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Can needle[from..] be matched as pieces starting within MAX_GAP after `end`? */
  private followsFrom(needle: string, from: number, end: number): boolean {
    let i = from;
    let last = end;
    while (i < needle.length) {
      const rest = needle.slice(i);
      if (rest.length < MIN_PIECE) {
        if (/\d/.test(rest)) return false;
        const at = this.text.indexOf(rest, last);
        return at >= 0 && at - last <= MAX_GAP;
      }
      const found = this.longestPieceNear(needle, i, last);
      if (!found) return false;
      i += found.length;
      last = found.at + found.length;
    }
    return true;
  }

  private longestPieceNear(needle: string, i: number, last: number): { at: number; length: number } | null {
    const near = (length: number): number => {
      const at = this.text.indexOf(needle.slice(i, i + length), last);
      return at >= 0 && at - last <= MAX_GAP ? at : -1;
    };
    if (near(MIN_PIECE) < 0) return null;
    let lo = MIN_PIECE;
    let hi = needle.length - i;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (near(mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    return { at: near(lo), length: lo };
  }
}
