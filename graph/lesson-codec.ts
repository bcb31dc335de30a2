/**
 * A lesson in an address and in a file, and back.
 *
 * The address: `?lesson=1.<data>` — `1` is the format version; `<data>` is the lesson as a
 * compact JSON list (`[dataVersion, lang, title, note, [[nodeId, title?, note?], …]]`),
 * compressed with DEFLATE (fflate) and written in URL-safe base64. Node ids, never
 * positions, so a link made today still names the same ideas after the data grows; an id
 * the site no longer has becomes a step that says so. DEFLATE rather than lz-string: its
 * output is bounded (at most about 1,000 times the input, and we stop at a fixed size),
 * where LZW can be made to expand quadratically by a hostile link; it is also about a
 * tenth shorter on Chinese text.
 *
 * The file: `{ "format": "framework-explorer-lesson", "version": 1, … }`, read with the
 * zod schema below.
 *
 * Both readers take anything (a pasted link, a file from anywhere) and never throw: what
 * they cannot use is dropped or cut and named in `problems`, and the rest is kept.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { LESSON_FORMAT, LESSON_LIMITS, LESSON_VERSION, cleanText, type Lesson, type LessonStep } from './lesson';
import { Lang, NodeId } from './schema';

export const LESSON_PARAM = 'lesson';
/** The longest `lesson=` value read: far above a lesson at every limit in Chinese (about 85,000). */
export const MAX_ENCODED = 120_000;
/** The most a lesson's JSON may unpack to; a lesson at every limit needs under half. */
export const MAX_JSON_BYTES = 400 * 1024;
/** The largest lesson file read. */
export const MAX_FILE_BYTES = 512 * 1024;
/** The longest piece of a value shown back to the reader. */
export const SHOWN = 60;

const StepSchema = z.strictObject({
  /** A node id; an id the site does not have is read as a step whose idea no longer exists. */
  node: z.string().min(1).max(SHOWN),
  title: z.string().max(LESSON_LIMITS.stepTitle),
  note: z.string().max(LESSON_LIMITS.stepNote),
});

/** A lesson file, exactly as written by `lessonFile`. Readers accept less and say what was wrong. */
export const LessonFileSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  version: z.number().int().min(1),
  /** The data version the lesson was made with. */
  data: z.string().regex(/^[0-9A-Za-z.+-]{0,40}$/, 'a version such as "0.2.0"'),
  /** The language of the teacher's words. */
  lang: Lang,
  title: z.string().max(LESSON_LIMITS.title),
  note: z.string().max(LESSON_LIMITS.note),
  steps: z.array(StepSchema).max(LESSON_LIMITS.steps),
});
export type LessonFile = z.infer<typeof LessonFileSchema>;

export type UnreadableReason =
  /** No lesson at all (an empty parameter, an empty file). */
  | 'empty'
  /** Longer than any lesson can be. */
  | 'too-long'
  /** Not written the way lesson links are (cut short, or changed by a platform). */
  | 'encoding'
  /** The compressed data is broken. */
  | 'compression'
  /** It unpacks to more than any lesson can be. */
  | 'too-large'
  /** Not JSON. */
  | 'json'
  /** JSON, but not a lesson. */
  | 'not-a-lesson';

/** What a value should have been, for the message. */
export type Expected = 'text' | 'list' | 'object' | 'lang' | 'version' | 'id';

/** `field` is one of the format's field names, or an unknown one as found (cut short). */
export type LessonProblem =
  | { type: 'unreadable'; reason: UnreadableReason }
  | { type: 'newer'; version: number }
  | { type: 'invalid'; step?: number; field: string; expected: Expected; found: string }
  | { type: 'unknown-field'; step?: number; field: string }
  | { type: 'cut'; step?: number; field: 'title' | 'note'; max: number }
  | { type: 'cleaned'; step?: number; field: 'title' | 'note' }
  | { type: 'too-many-steps'; max: number; found: number }
  | { type: 'missing-node'; step: number; id: string }
  | { type: 'bad-step-param'; value: string; total: number }
  | { type: 'repeated'; param: string };

export interface LessonContext {
  nodeIds: ReadonlySet<string>;
  /** The language assumed for the teacher's words when a lesson does not say. */
  lang: Lang;
}

export interface ReadLesson {
  /** `null` when nothing could be read; otherwise the usable part of what was given. */
  lesson: Lesson | null;
  problems: LessonProblem[];
}

/** A value quoted back to the reader: short, one line, nothing invisible or broken. */
const cut = (s: string) => cleanText(s, SHOWN, false).text;
/** A problem's step, when it concerns one (left out, not undefined, for the lesson's own fields). */
const at = (step: number | undefined) => (step === undefined ? {} : { step });

// ── Writing ────────────────────────────────────────────────────────────────────────────

function toBase64Url(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  try {
    return strToU8(atob(b64), true);
  } catch {
    return null;
  }
}

/** The compact list form of a lesson: positions instead of names, empty step texts left off. */
function toTuple(lesson: Lesson): unknown[] {
  const steps = lesson.steps.map((s) => (s.note ? [s.node, s.title, s.note] : s.title ? [s.node, s.title] : [s.node]));
  return [lesson.data, lesson.lang, lesson.title, lesson.note, steps];
}

/** The `lesson=` value of an address: the format version, a dot, the compressed lesson. */
export function encodeLesson(lesson: Lesson): string {
  const json = JSON.stringify(toTuple(lesson));
  return `${LESSON_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The query string of a lesson's address (`step` only past the first). */
export function lessonQuery(lesson: Lesson, step = 1): string {
  return `?${LESSON_PARAM}=${encodeLesson(lesson)}${step > 1 ? `&step=${step}` : ''}`;
}

/** The lesson as a file, as `LessonFileSchema` describes it. */
export function lessonFile(lesson: Lesson): LessonFile {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    data: lesson.data,
    lang: lesson.lang,
    title: lesson.title,
    note: lesson.note,
    steps: lesson.steps.map((s) => ({ node: s.node, title: s.title, note: s.note })),
  };
}

/** The file's text: indented JSON, readable in any editor. */
export const lessonFileText = (lesson: Lesson) => `${JSON.stringify(lessonFile(lesson), null, 2)}\n`;

// ── Reading ────────────────────────────────────────────────────────────────────────────

const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own property only: a key such as `__proto__` in the JSON is data, never the prototype. */
const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? Reflect.get(o, key) : undefined);

function describe(v: unknown): string {
  if (typeof v === 'string') return cut(JSON.stringify(v));
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'null';
  return typeof v;
}

const FILE_KEYS = ['format', 'version', 'data', 'lang', 'title', 'note', 'steps'];
const STEP_KEYS = ['node', 'title', 'note'];

class Reader {
  readonly problems: LessonProblem[] = [];

  constructor(
    private readonly ctx: LessonContext,
    private readonly form: 'address' | 'file',
  ) {}

  /** A title or note: text, cleaned and cut, with what was done named. */
  text(value: unknown, field: 'title' | 'note', max: number, step?: number): string {
    // The address leaves a step's empty title and note out; the file always writes them.
    if (value === undefined && step !== undefined && this.form === 'address') return '';
    const r = z.string().safeParse(value);
    if (!r.success) {
      this.problems.push({ type: 'invalid', ...at(step), field, expected: 'text', found: describe(value) });
      return '';
    }
    const clean = cleanText(r.data, max, field === 'note');
    if (clean.cleaned) this.problems.push({ type: 'cleaned', ...at(step), field });
    if (clean.cut) this.problems.push({ type: 'cut', ...at(step), field, max });
    return clean.text;
  }

  unknownKeys(o: object, known: readonly string[], step?: number) {
    for (const key of Object.keys(o))
      if (!known.includes(key)) this.problems.push({ type: 'unknown-field', ...at(step), field: cut(key) });
  }

  /**
   * One step. A step that cannot be read stays in its place as an idea that does not exist
   * (with the problem named), so "step 4" means the same in the message, the builder and
   * the player.
   */
  step(raw: unknown, n: number): LessonStep {
    const lost = { node: '', title: '', note: '' };
    if (!isRecord(raw)) {
      this.problems.push({ type: 'invalid', step: n, field: 'step', expected: 'object', found: describe(raw) });
      return lost;
    }
    this.unknownKeys(raw, STEP_KEYS, n);
    const node = own(raw, 'node');
    if (typeof node !== 'string') {
      this.problems.push({ type: 'invalid', step: n, field: 'node', expected: 'id', found: describe(node) });
      return { ...lost, ...this.texts(raw, n) };
    }
    // An id the site does not have is kept (with the teacher's words) and shown as missing.
    const id = NodeId.safeParse(node).success && node.length <= SHOWN ? node : cleanText(node, SHOWN, false).text;
    if (!this.ctx.nodeIds.has(id)) this.problems.push({ type: 'missing-node', step: n, id: cut(id) });
    return { node: id, ...this.texts(raw, n) };
  }

  texts(raw: object, n: number): Pick<LessonStep, 'title' | 'note'> {
    return {
      title: this.text(own(raw, 'title'), 'title', LESSON_LIMITS.stepTitle, n),
      note: this.text(own(raw, 'note'), 'note', LESSON_LIMITS.stepNote, n),
    };
  }

  steps(raw: unknown): LessonStep[] {
    const list = z.array(z.unknown()).safeParse(raw);
    if (!list.success) {
      this.problems.push({ type: 'invalid', field: 'steps', expected: 'list', found: describe(raw) });
      return [];
    }
    if (list.data.length > LESSON_LIMITS.steps)
      this.problems.push({ type: 'too-many-steps', max: LESSON_LIMITS.steps, found: list.data.length });
    return list.data.slice(0, LESSON_LIMITS.steps).map((s, i) => this.step(s, i + 1));
  }

  /** The fields common to both forms, from an object with the file's field names. */
  lesson(o: object): Lesson {
    const lang = own(o, 'lang');
    const parsedLang = Lang.safeParse(lang);
    if (!parsedLang.success)
      this.problems.push({ type: 'invalid', field: 'lang', expected: 'lang', found: describe(lang) });
    const data = own(o, 'data');
    const parsedData = LessonFileSchema.shape.data.safeParse(data);
    if (!parsedData.success)
      this.problems.push({ type: 'invalid', field: 'data', expected: 'version', found: describe(data) });
    return {
      lang: parsedLang.success ? parsedLang.data : this.ctx.lang,
      data: parsedData.success ? parsedData.data : '',
      title: this.text(own(o, 'title'), 'title', LESSON_LIMITS.title),
      note: this.text(own(o, 'note'), 'note', LESSON_LIMITS.note),
      steps: this.steps(own(o, 'steps')),
    };
  }
}

const unreadable = (reason: UnreadableReason, extra: LessonProblem[] = []): ReadLesson => ({
  lesson: null,
  problems: [...extra, { type: 'unreadable', reason }],
});

/** The list form of the address back into the file's field names; a step's list into an object. */
function fromTuple(t: readonly unknown[]): object {
  const steps = t[4];
  return {
    data: t[0],
    lang: t[1],
    title: t[2],
    note: t[3],
    steps: Array.isArray(steps)
      ? steps.map((s: unknown) => (isList(s) ? { node: s[0], title: s[1], note: s[2] } : s))
      : steps,
  };
}

/** Reads a `lesson=` value. Never throws. */
export function decodeLesson(value: string, ctx: LessonContext): ReadLesson {
  if (value.trim() === '') return unreadable('empty');
  if (value.length > MAX_ENCODED) return unreadable('too-long');
  const m = /^(\d{1,3})\.(.*)$/s.exec(value.trim());
  const version = Number(m?.[1]);
  // A newer site may write lessons differently: say so if this one cannot read it.
  const newer: LessonProblem[] = version > LESSON_VERSION ? [{ type: 'newer', version }] : [];
  const bytes = m?.[2] === undefined ? null : fromBase64Url(m[2]);
  if (!bytes || version < 1) return unreadable('encoding', newer);
  let json: Uint8Array;
  try {
    // A fixed buffer bounds the work and memory whatever the data says; filling it means too large.
    json = inflateSync(bytes, { out: new Uint8Array(MAX_JSON_BYTES + 1) });
  } catch {
    return unreadable('compression', newer);
  }
  if (json.length > MAX_JSON_BYTES) return unreadable('too-large', newer);
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(json));
  } catch {
    return unreadable(json.length === 0 ? 'compression' : 'json', newer);
  }
  if (!Array.isArray(parsed)) return unreadable('not-a-lesson', newer);
  const reader = new Reader(ctx, 'address');
  if (parsed.length > 5) reader.problems.push({ type: 'unknown-field', field: `#${parsed.length}` });
  const lesson = reader.lesson(fromTuple(parsed));
  return { lesson, problems: [...newer, ...reader.problems] };
}

/** Reads a lesson file's text. Never throws. */
export function parseLessonFile(text: string, ctx: LessonContext): ReadLesson {
  if (text.trim() === '') return unreadable('empty');
  if (text.length > MAX_FILE_BYTES) return unreadable('too-long');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unreadable('json');
  }
  if (!isRecord(parsed) || own(parsed, 'format') !== LESSON_FORMAT) return unreadable('not-a-lesson');
  const reader = new Reader(ctx, 'file');
  const rawVersion = own(parsed, 'version');
  const version = LessonFileSchema.shape.version.safeParse(rawVersion);
  if (!version.success)
    reader.problems.push({ type: 'invalid', field: 'version', expected: 'version', found: describe(rawVersion) });
  else if (version.data > LESSON_VERSION) reader.problems.push({ type: 'newer', version: version.data });
  reader.unknownKeys(parsed, FILE_KEYS);
  const lesson = reader.lesson(parsed);
  return { lesson, problems: reader.problems };
}

export interface ParsedLessonQuery extends ReadLesson {
  /** 1-based; 1 when the address names no usable step. */
  step: number;
}

/**
 * Reads a lesson page's query string: `lesson` (required) and `step`. Other parameters are
 * left alone (a course platform may add its own); a repeated one is named and its first
 * value used.
 */
export function parseLessonQuery(search: string, ctx: LessonContext): ParsedLessonQuery {
  // Read as the browser reads an address: one leading "?" is not part of the first name.
  const params = new URLSearchParams(search);
  const problems: LessonProblem[] = [];
  for (const param of [LESSON_PARAM, 'step'])
    if (params.getAll(param).length > 1) problems.push({ type: 'repeated', param });
  const raw = params.get(LESSON_PARAM);
  const read: ReadLesson = raw === null ? { lesson: null, problems: [] } : decodeLesson(raw, ctx);
  problems.push(...read.problems);
  const total = Math.max(1, read.lesson?.steps.length ?? 1);
  const rawStep = params.get('step');
  let step = 1;
  if (rawStep !== null) {
    const n = /^\d{1,4}$/.test(rawStep) ? Number(rawStep) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= total) step = n;
    else if (read.lesson) problems.push({ type: 'bad-step-param', value: cut(rawStep), total });
  }
  return { lesson: read.lesson, step, problems };
}
