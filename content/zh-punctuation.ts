/**
 * Chinese text uses full-width punctuation. A half-width comma, colon, semicolon,
 * question or exclamation mark, full stop or parenthesis written against a Han character
 * reads as a typo in Chinese ("图例: ", "(编者推断)", "已标出. 提示"). This finds them, so
 * that a test can hold the interface strings and the Chinese explanations to it.
 *
 * Not checked: quotations of the paper (its own text, quoted verbatim, wherever it is
 * marked as a quote), reference markers such as `[22]`, and anything that is not Chinese
 * prose (URLs, code, numbers: "1.5", "3:2").
 */
import ts from 'typescript';

const HAN = /\p{Script=Han}/u;
/** Half-width forms and the full-width ones Chinese text uses instead. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
};

export interface HalfWidthMark {
  /** The half-width character and what to write instead. */
  char: string;
  fullWidth: string;
  /** Index in the text. */
  index: number;
  /** A few characters around it, to find it by. */
  context: string;
}

/** The nearest character that is not a space, looking left (-1) or right (+1). */
function neighbour(text: string, from: number, step: -1 | 1): string {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const c = text[i];
    if (c !== undefined && c !== ' ' && c !== '\u00a0') return c;
  }
  return '';
}

/**
 * Every half-width punctuation mark that touches Chinese: a Han character is the nearest
 * non-space character on its left or, for an opening parenthesis, on its right; a closing
 * parenthesis whose group holds Han text counts too ("特性 (8)" is caught by its "(").
 */
export function halfWidthMarks(text: string): HalfWidthMark[] {
  const out: HalfWidthMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const fullWidth = FULL_WIDTH[c];
    if (fullWidth === undefined) continue;
    const left = neighbour(text, i, -1);
    const right = neighbour(text, i, 1);
    // A full stop between digits or inside a word ("1.5", "e.g.", "graph.json") is not prose.
    if (c === '.' && (!HAN.test(left) || /[\w/]/.test(text[i + 1] ?? ''))) continue;
    const touches =
      c === '(' ? HAN.test(left) || HAN.test(right) : c === ')' ? HAN.test(left) || HAN.test(right) : HAN.test(left);
    if (touches) out.push({ char: c, fullWidth, index: i, context: text.slice(Math.max(0, i - 8), i + 8) });
  }
  return out;
}

/**
 * The text of every string and template literal in a TypeScript source (the message
 * dictionaries), with the line it starts on. With `within`, only the literals inside a
 * top-level declaration whose name matches it (the Chinese dictionaries are named `zh`,
 * `searchZh`, `embedZh` …).
 */
export function stringLiterals(
  source: string,
  fileName = 'messages.ts',
  within?: RegExp,
): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  if (within) {
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && within.test(d.name.text) && d.initializer) collect(d.initializer, file, out);
      }
    }
    return out;
  }
  collect(file, file, out);
  return out;
}

function collect(root: ts.Node, file: ts.SourceFile, out: { text: string; line: number }[]) {
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Property names ('edges, stance') are keys, not text a reader sees.
      if (!(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
        out.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
}

/**
 * The prose of a Chinese MDX explanation: without `<Quote>` elements (the paper's own
 * words), code, and the attributes of components.
 */
export function mdxProse(source: string): string {
  // Each cut keeps its line breaks, so that a finding's line number is the file's.
  const blank = (m: string) => m.replace(/[^\n]+/g, ' ');
  return source
    .replace(/<Quote\b[\s\S]*?<\/Quote>/g, blank)
    .replace(/`[^`]*`/g, blank)
    .replace(/<[A-Za-z][^>]*>/g, blank)
    .replace(/<\/[A-Za-z]+>/g, blank);
}
