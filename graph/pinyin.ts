/**
 * Pinyin for the site's Chinese terms, computed at build time with pinyin-pro: for the
 * glossary's pinyin column, and as the key that sorts lists of Chinese terms.
 *
 * pinyin-pro reads polyphones from the phrase around them, but its dictionary gets a few
 * of this paper's phrases wrong (只针对 is zhǐ, not zhī); PINYIN_CORRECTIONS gives those
 * phrases their right reading, and a test holds every term with a polyphone to its
 * reading. Display follows the basic rules of Hanyu Pinyin orthography (GB/T 16159): the
 * syllables of a word are written together (tóngzhìxìng), with an apostrophe before a
 * syllable that starts with a, o or e (píng'ān); words are separated by spaces; 一 and 不
 * keep their own tone; punctuation is Latin and sits against the word it belongs to,
 * never spaced inside brackets.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Phrases of the paper whose reading pinyin-pro's dictionary gets wrong, with the right one. */
export const PINYIN_CORRECTIONS: Readonly<Record<string, string>> = {
  只针对: 'zhǐ zhēn duì',
  任务: 'rèn wù',
  分辨地: 'fēn biàn de',
  为中介: 'wéi zhōng jiè',
};
customPinyin({ ...PINYIN_CORRECTIONS });

/**
 * Words the segmenter (ICU's dictionary, via Intl.Segmenter) splits but the orthography
 * writes as one (负责任 fùzérèn, 计算机 jìsuànjī); checked before it runs.
 */
const WORDS = [
  '负责任',
  '计算机',
  '委员会',
  '第三方',
  '无标注',
  '语料库',
  '黑天鹅',
  '上下游',
  '预训练',
  '自监督',
  '全流程',
  '而非',
  '伊德',
];
/** Proper names, written with a capital (Yīdé). */
const PROPER_NAMES = new Set(['伊德']);
/** Syllables that join the word before them (GB/T 16159: 子 儿 头 性 者 员 家 手 化 们 …). */
const SUFFIXES = new Set(['性', '化', '者', '员', '家', '们', '式', '型', '界', '机', '库']);
/** Syllables that join the word after them (副 总 反 超 可 无 半 …; 非 is left out: 而非 is a word). */
const PREFIXES = new Set(['副', '总', '反', '超', '可', '无', '半']);
/** Function words, written apart and never joined. */
const PARTICLES = new Set([
  '的',
  '地',
  '得',
  '与',
  '和',
  '及',
  '或',
  '在',
  '对',
  '被',
  '把',
  '之',
  '其',
  '等',
  '而',
  '以',
  '为',
  '从',
  '不',
]);

const HAN = /\p{Script=Han}/u;
const isHan = (s: string) => HAN.test(s);
const hanWord = (w: string | undefined): w is string => w !== undefined && w !== '' && [...w].every(isHan);
const single = (w: string) => [...w].length === 1;

/** Chinese punctuation as it is written in pinyin text, and which side it attaches to. */
const PUNCTUATION: Record<string, { text: string; attach: 'before' | 'after' | 'both' }> = {
  '（': { text: '(', attach: 'after' },
  '）': { text: ')', attach: 'before' },
  '“': { text: '“', attach: 'after' },
  '”': { text: '”', attach: 'before' },
  '‘': { text: '‘', attach: 'after' },
  '’': { text: '’', attach: 'before' },
  '《': { text: '“', attach: 'after' },
  '》': { text: '”', attach: 'before' },
  '，': { text: ',', attach: 'before' },
  '、': { text: ',', attach: 'before' },
  '：': { text: ':', attach: 'before' },
  '；': { text: ';', attach: 'before' },
  '。': { text: '.', attach: 'before' },
  '-': { text: '-', attach: 'both' },
  '—': { text: '—', attach: 'both' },
  '–': { text: '–', attach: 'both' },
  '+': { text: '+', attach: 'both' },
  '/': { text: '/', attach: 'both' },
};

const KNOWN = new RegExp(`(${[...WORDS].sort((a, b) => b.length - a.length).join('|')})`);

/** The segmenter's words, with the known words kept whole and a trailing 的 split off (中的 → 中 的). */
interface Segment {
  word: string;
  /** A known word: never joined with its neighbours by the lone-syllable rule. */
  fixed: boolean;
}

function segments(text: string): Segment[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return text.split(KNOWN).flatMap((part, i): Segment[] => {
    if (part === '') return [];
    if (i % 2 === 1) return [{ word: part, fixed: true }];
    return [...segmenter.segment(part)].flatMap(({ segment }) =>
      segment.length > 1 && segment.endsWith('的') && segment !== '目的' && hanWord(segment)
        ? [
            { word: segment.slice(0, -1), fixed: false },
            { word: '的', fixed: false },
          ]
        : [{ word: segment, fixed: false }],
    );
  });
}

/** Words of a Chinese text, with lone syllables, prefixes and suffixes joined as the orthography asks. */
function words(text: string): string[] {
  const joinable = (w: string | undefined): w is string => hanWord(w) && !PARTICLES.has(w);
  // First, two lone syllables the segmenter did not know as a word (镜像, 鲁棒, 促能) become one.
  const first: Segment[] = [];
  for (const seg of segments(text)) {
    const prev = first[first.length - 1];
    if (
      prev &&
      !prev.fixed &&
      !seg.fixed &&
      joinable(prev.word) &&
      joinable(seg.word) &&
      single(prev.word) &&
      single(seg.word) &&
      !PREFIXES.has(prev.word) &&
      !SUFFIXES.has(seg.word)
    )
      prev.word += seg.word;
    else first.push({ ...seg });
  }
  // Then prefixes join the word after them and suffixes the word before.
  const out: string[] = [];
  for (const { word } of first) {
    const prev = out[out.length - 1];
    if (
      joinable(prev) &&
      joinable(word) &&
      ((single(word) && SUFFIXES.has(word)) || (single(prev) && PREFIXES.has(prev)))
    )
      out[out.length - 1] = prev + word;
    else out.push(word);
  }
  return out;
}

/** The syllables of a text, one per character (non-Han characters as themselves). */
function syllables(text: string): string[] {
  return pinyin(text, { type: 'all', toneSandhi: false, nonZh: 'consecutive' }).flatMap((c) =>
    c.isZh ? [c.pinyin] : [...c.origin],
  );
}

/** One word's syllables written together, with the apostrophe where a syllable starts with a vowel. */
const joinWord = (sy: readonly string[]) =>
  sy.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');

const capitalise = (s: string, yes: boolean) => (yes ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** The glossary's pinyin of a term: "tóngzhìxìng", "rén-móxíng (shùjù)-shìjiè". */
export function termPinyin(text: string): string {
  const all = syllables(text);
  let at = 0;
  const parts: { text: string; attach: 'none' | 'before' | 'after' | 'both' }[] = [];
  for (const word of words(text)) {
    const chars = [...word];
    const sy = all.slice(at, at + chars.length);
    at += chars.length;
    if (word.trim() === '') continue;
    const mark = PUNCTUATION[word];
    if (mark) parts.push(mark);
    else if (chars.every(isHan)) parts.push({ text: capitalise(joinWord(sy), PROPER_NAMES.has(word)), attach: 'none' });
    else parts.push({ text: word, attach: 'none' });
  }
  let out = '';
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    const glued =
      i === 0 || p.attach === 'before' || p.attach === 'both' || prev?.attach === 'after' || prev?.attach === 'both';
    out += (glued ? '' : ' ') + p.text;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** Toneless pinyin, syllables run together: the key that sorts Chinese terms ("yongxianxing"). */
export function pinyinKey(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
}

/**
 * Compares two labels for a list in one language: English alphabetically (ignoring case and
 * leading quotation marks), Chinese by pinyin, then by the characters themselves.
 */
export function compareLabels(lang: 'en' | 'zh'): (a: string, b: string) => number {
  if (lang === 'en') {
    const key = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
    return (a, b) => key(a).localeCompare(key(b), 'en');
  }
  const keys = new Map<string, string>();
  const key = (s: string) => {
    let k = keys.get(s);
    if (k === undefined) {
      k = pinyinKey(s);
      keys.set(s, k);
    }
    return k;
  };
  return (a, b) => key(a).localeCompare(key(b), 'en') || a.localeCompare(b, 'zh-Hans-u-co-pinyin');
}

/** Items sorted by their label in one language (Chinese by pinyin), as lists of terms on the site are. */
export function sortByLabel<T extends { label: Record<'en' | 'zh', string> }>(
  items: readonly T[],
  lang: 'en' | 'zh',
): T[] {
  const compare = compareLabels(lang);
  return [...items].sort((a, b) => compare(a.label[lang], b.label[lang]));
}
