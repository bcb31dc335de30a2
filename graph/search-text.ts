/**
 * How search reads a query: normalising it, dropping the filler words of a question in
 * both languages, splitting Chinese into terms, and the forms an English word may take.
 * Pure and small, so the rules are easy to test one by one (search-text.test.ts).
 *
 * A query is a run of terms. English terms are words. Chinese has no spaces, so a run of
 * Han characters is cut into words by forward maximum matching against the words the
 * index knows (labels, aliases and the words of the explanations), filler words are
 * dropped, and the words between two fillers stay together as one phrase ("隐私的治理措施"
 * → 隐私 · 治理措施): a reader who writes 数据清洗 means that phrase, not 数据 and 清洗 anywhere.
 */

/** Folds full-width forms and case, trims and collapses spaces, and keeps the length the searcher reads. */
export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 100);
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);

/** The Latin words of a text, lower-cased (letters and digits; anything else separates). */
export const latinWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/**
 * Words a question is made of that say nothing about which idea is meant. "paper" and
 * "say" are here because every idea on this site comes from the paper.
 */
export const FILLER_EN: ReadonlySet<string> = new Set(
  (
    'a an the of and or vs versus v what whats which who whom whose how why when where is are was were be been ' +
    'being do does did done to in on at for with by about between from into onto than then that this these those ' +
    'it its there their they them can could should would will may might must me my i we our us you your tell ' +
    'explain explained mean meaning define definition defined difference differences different differ differs ' +
    'compare compared comparison contrast s paper papers say says said author authors not no any some all ' +
    'please show give list find search'
  ).split(' '),
);

/**
 * Chinese filler words, longest first where one contains another. Single characters such
 * as 和, 与, 的, 有 are fillers only when the dictionary does not read them as part of a
 * longer word at that place (同质性, 参与, 有害, 中介性 are words, not fillers).
 */
export const FILLER_ZH: ReadonlySet<string> = new Set(
  (
    '的 地 得 了 着 和 与 及 以及 跟 同 或 或者 是 是否 是不是 有 有没有 没有 哪些 哪个 哪 什么 是什么 怎么 怎样 如何 ' +
    '为什么 为何 吗 呢 吧 啊 呀 在 对 对于 关于 中 里 之 其 这 那 这个 那个 这些 那些 一个 一下 请 介绍 解释 说明 ' +
    '意思 含义 定义 区别 不同 差异 异同 比较 对比 之间 论文 文章 作者 提到 说 讲 谈 所谓 指 存在 包括 哪里 何 ' +
    '作用 意义'
  ).split(' '),
);
const ZH_FILLER_MAX = Math.max(...[...FILLER_ZH].map((w) => w.length));

/** A word made only of filler words (e.g. 有哪些, 是什么), as the filler list alone cuts it. */
function isZhFiller(word: string): boolean {
  if (FILLER_ZH.has(word)) return true;
  let at = 0;
  outer: while (at < word.length) {
    for (let len = Math.min(ZH_FILLER_MAX, word.length - at); len >= 1; len--) {
      if (FILLER_ZH.has(word.slice(at, at + len))) {
        at += len;
        continue outer;
      }
    }
    return false;
  }
  return true;
}

/** What a Chinese tokeniser needs to know: whether a string is a word, and the longest word. */
export interface ZhDictionary {
  has(word: string): boolean;
  readonly maxLength: number;
}

/**
 * Cuts a run of Han characters into words, longest match first. Filler words are in the
 * dictionary too, so a filler is only recognised where no longer word covers it.
 * Characters that begin no word stay together ("鳄鱼", a typo "偏件"): single characters
 * taken apart would match anything that has them anywhere.
 */
export function segmentHan(run: string, dict: ZhDictionary): string[] {
  const chars = [...run];
  const out: string[] = [];
  let unknown = '';
  let at = 0;
  while (at < chars.length) {
    let taken = 0;
    const longest = Math.min(Math.max(dict.maxLength, ZH_FILLER_MAX), chars.length - at);
    for (let len = longest; len >= 1; len--) {
      const w = chars.slice(at, at + len).join('');
      if (dict.has(w) || FILLER_ZH.has(w)) {
        taken = len;
        break;
      }
    }
    if (taken === 0) {
      unknown += chars[at] ?? '';
      at += 1;
      continue;
    }
    if (unknown !== '') out.push(unknown);
    unknown = '';
    out.push(chars.slice(at, at + taken).join(''));
    at += taken;
  }
  if (unknown !== '') out.push(unknown);
  return out;
}

/** One term of a query: a word or a Chinese phrase, with the words it is made of. */
export interface QueryTerm {
  text: string;
  /** `latin` terms match English text and pinyin; `han` terms match Chinese text. */
  script: 'latin' | 'han';
  /** For a Chinese phrase, its words (as the dictionary cuts it); for a Latin word, itself. */
  parts: string[];
}

export interface ReadQuery {
  /** The terms that carry meaning, in the order written, without repeats. */
  terms: QueryTerm[];
  /** The filler words left out, as written. */
  dropped: string[];
}

/**
 * The terms of a query. When every word is a filler word (a search for "what" or "比较"),
 * nothing is dropped: the reader wants that word.
 */
export function readQuery(
  normalised: string,
  dict: ZhDictionary,
  /** Chinese words that stand alone as a term even between other words (the question words of an intent). */
  alone: (word: string) => boolean = () => false,
): ReadQuery {
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  const all: QueryTerm[] = [];
  const push = (list: QueryTerm[], t: QueryTerm) => {
    if (!list.some((x) => x.text === t.text)) list.push(t);
  };
  // Runs of Han characters and of Latin letters/digits; anything else separates.
  for (const m of normalised.matchAll(/(\p{Script=Han}+)|([a-z0-9]+)/gu)) {
    if (m[1] !== undefined) {
      let phrase: string[] = [];
      const flush = () => {
        if (phrase.length > 0) push(terms, { text: phrase.join(''), script: 'han', parts: phrase });
        phrase = [];
      };
      for (const w of segmentHan(m[1], dict)) {
        push(all, { text: w, script: 'han', parts: [w] });
        if (isZhFiller(w)) {
          dropped.push(w);
          flush();
        } else if (alone(w)) {
          flush();
          phrase.push(w);
          flush();
        } else phrase.push(w);
      }
      flush();
    } else if (m[2] !== undefined) {
      const w = m[2];
      const t: QueryTerm = { text: w, script: 'latin', parts: [w] };
      push(all, t);
      if (FILLER_EN.has(w)) dropped.push(w);
      else push(terms, t);
    }
  }
  return terms.length > 0 ? { terms, dropped } : { terms: all, dropped: [] };
}

/**
 * Other forms of an English word worth looking for: "measures" → "measure", "limits" →
 * "limit", "studies" → "study", "cleaning" → "clean", "limited" → "limit". Each form is
 * then also matched as the start of longer words (so "limit" finds "limitation"). Words
 * that end in -ss, -us, -is or -as keep their s ("bias", "process", "consensus").
 */
export function wordForms(w: string): string[] {
  const forms: string[] = [];
  const add = (f: string) => {
    if (f.length >= 4 && f !== w && !forms.includes(f)) forms.push(f);
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  else if (/(?:ss|us|is|as)$/.test(w)) {
    // a word in its own right
  } else if (/(?:sses|xes|zes|ches|shes)$/.test(w)) add(w.slice(0, -2));
  else if (w.endsWith('s')) add(w.slice(0, -1));
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
  }
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  }
  return forms;
}

/** How many edits a typo may be: one, two for words of seven letters or more. */
export const typoBudget = (w: string): number => (w.length >= 7 ? 2 : 1);

/**
 * Section numbers in a query: "2.2.1", "§2.2.1", "section 2.2", "第3节", "s2-2-1" (the
 * paper page's anchor). A bare single digit counts only as the whole query ("3"), not
 * inside a phrase ("top 3 risks"). Returns the numbers as the paper writes them.
 */
export function sectionNumbers(normalised: string): string[] {
  const found: string[] = [];
  const re =
    /(?:^|[^0-9a-z.§])(§\s*|sec(?:tion)?\.?\s*|第\s*|s(?=\d-|\d$))?(\d(?:\.\d){1,2}|\d(?:-\d){1,2}|\d)(\s*[节章])?(?=$|[^0-9a-z.])/gu;
  for (const m of normalised.matchAll(re)) {
    const [, prefix, number = '', suffix] = m;
    const hyphened = number.includes('-');
    if (hyphened && prefix !== 's') continue;
    if (number.length === 1 && prefix === undefined && suffix === undefined && normalised !== number) continue;
    const n = number.replace(/-/g, '.');
    if (!found.includes(n)) found.push(n);
  }
  return found;
}
