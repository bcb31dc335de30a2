/**
 * How much room a label needs, computed without a browser: the build lays out the
 * explorer's opening view (and draws it as SVG) before any page runs, and the layout must
 * give each label a box it fits in, or labels would overlap.
 *
 * Widths are those of DejaVu Sans, the widest of the common system sans-serif fonts (it is
 * what `system-ui` resolves to on many Linux systems, and on this project's test machine),
 * measured in Chromium at 100 px; other system fonts (Segoe UI, San Francisco, Roboto,
 * Noto Sans) set the same text narrower, so a box sized here holds the label in each of
 * them. Han characters and full-width punctuation are one em wide in every CJK font.
 */

/** Advance widths of the printable ASCII characters (U+0020–U+007E), in hundredths of an em. */
const ASCII: readonly number[] = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84,
];

/** Bold text is about 8 % wider in DejaVu Sans (Bold). */
const BOLD = 1.1;
/** A margin for rounding and for fonts that differ from the table. */
const SAFETY = 1.04;

/** Whether a character is set one em wide: Han, kana, Hangul, CJK and full-width punctuation. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals … unified ideographs, incl. CJK punctuation (3000–303F)
    (c >= 0xac00 && c <= 0xd7af) || // Hangul
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xff60) || // full-width forms
    (c >= 0x20000 && c <= 0x3ffff) ||
    c === 0x2014 || // em dash
    c === 0x2026 // ellipsis
  );
}

function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x20 && c <= 0x7e) return (ASCII[c - 0x20] ?? 64) / 100;
  if (isWide(ch)) return 1;
  if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) return 0.52;
  return 0.7;
}

/** The width of `text` set at `fontSize` px, generously rounded up. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize * SAFETY * (bold ? BOLD : 1));
}

/** Characters that may not start a line (closing punctuation) or end one (opening). */
const NO_START = new Set([...'，。、；：？！）」』”’》〉】,.;:?!)]}…—']);
const NO_END = new Set([...'（「『“‘《〈【([{']);

/**
 * Breaks a label into the pieces a line may end after: words (with their following space)
 * in Latin text, single characters in Chinese, punctuation kept with its neighbour.
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    const next = chars[i + 1];
    current += ch;
    const breakAfter =
      next === undefined ||
      (ch === ' ' && next !== ' ') ||
      ch === '-' ||
      ch === '–' ||
      ch === '/' ||
      ((isWide(ch) || isWide(next)) && next !== ' ');
    if (breakAfter && !(next !== undefined && NO_START.has(next)) && !NO_END.has(ch)) {
      out.push(current);
      current = '';
    }
  });
  if (current !== '') out.push(current);
  return out;
}

/**
 * Lines of `text` no wider than `maxWidth` at `fontSize` (a single word longer than that
 * gets a line of its own), at most `maxLines` of them; a label that needs more ends with
 * an ellipsis on the last line.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim())) {
    const candidate = line + piece;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
