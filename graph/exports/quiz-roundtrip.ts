/**
 * Reading the quiz exports back with parsers that are not ours — gift-pegjs for GIFT,
 * fast-xml-parser (and fflate to unzip) for Moodle XML and the QTI packages — into the
 * same plain shape, so a test can compare what a platform would import with the items we
 * meant to write. Each reader follows its format's rules: GIFT's categories and [id:]
 * comments, Moodle XML's fractions, QTI 1.2's varequal conditions, QTI 2.1's
 * correctResponse and mapping, and the manifests' resources.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { z } from 'zod';
import type { Lang } from '../schema';
import { toGift } from './gift';
import { toMoodleXml, type MoodleWords } from './moodle-xml';
import { qti12Package } from './qti12';
import { qti21Package } from './qti21';
import { moodleCategory, type QuizItem, type QuizWords } from './quiz';

export interface ReadQuestion {
  id: string;
  category: string;
  type: 'choice' | 'short';
  stem: string;
  options: { text: string; correct: boolean }[];
  answers: string[];
  /** The general feedback as plain text. */
  feedback: string;
}

/** HTML to its text: tags dropped, the five entities XML and HTML share decoded. */
export const htmlText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every piece of text inside a parsed XML value, in document order as the parser keeps it. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => textOf(v))
      .join(' ');
  return '';
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---- GIFT

export function readGift(text: string): ReadQuestion[] {
  let category = '';
  const out: ReadQuestion[] = [];
  for (const q of parseGift(text)) {
    if (q.type === 'Category') {
      category = q.title;
      continue;
    }
    if (q.type !== 'MC' && q.type !== 'Short') throw new Error(`unexpected GIFT question type ${q.type}`);
    out.push({
      id: q.id ?? '',
      category,
      type: q.type === 'MC' ? 'choice' : 'short',
      stem: htmlText(q.stem.text),
      options: q.type === 'MC' ? q.choices.map((c) => ({ text: htmlText(c.text.text), correct: c.isCorrect })) : [],
      answers: q.type === 'Short' ? q.choices.map((c) => c.text.text) : [],
      feedback: htmlText(q.globalFeedback?.text ?? ''),
    });
  }
  return out;
}

// ---- XML

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) =>
    [
      'question',
      'answer',
      'item',
      'response_label',
      'respcondition',
      'qtimetadatafield',
      'resource',
      'file',
      'simpleChoice',
      'mapEntry',
      'assessmentSection',
      'assessmentItemRef',
      'dependency',
    ].includes(name),
});

const Text = z.object({ text: z.string() });
const MoodleQuestion = z.object({
  '@_type': z.string(),
  category: Text.optional(),
  idnumber: z.string().optional(),
  questiontext: Text.optional(),
  generalfeedback: Text.optional(),
  answer: z.array(z.object({ '@_fraction': z.string(), text: z.string() })).optional(),
});
const MoodleQuiz = z.object({ quiz: z.object({ question: z.array(MoodleQuestion) }) });

export function readMoodleXml(xml: string): ReadQuestion[] {
  let category = '';
  const out: ReadQuestion[] = [];
  for (const q of MoodleQuiz.parse(parser.parse(xml)).quiz.question) {
    if (q['@_type'] === 'category') {
      category = q.category?.text ?? '';
      continue;
    }
    const choice = q['@_type'] === 'multichoice';
    if (!choice && q['@_type'] !== 'shortanswer') throw new Error(`unexpected Moodle question type ${q['@_type']}`);
    const answers = q.answer ?? [];
    out.push({
      id: q.idnumber ?? '',
      category,
      type: choice ? 'choice' : 'short',
      stem: htmlText(q.questiontext?.text ?? ''),
      options: choice ? answers.map((a) => ({ text: htmlText(a.text), correct: a['@_fraction'] === '100' })) : [],
      answers: choice ? [] : answers.filter((a) => a['@_fraction'] === '100').map((a) => a.text),
      feedback: htmlText(q.generalfeedback?.text ?? ''),
    });
  }
  return out;
}

// ---- Packages

const Manifest = z.object({
  manifest: z.object({
    resources: z.object({
      resource: z.array(
        z.object({
          '@_identifier': z.string(),
          '@_type': z.string(),
          '@_href': z.string().optional(),
          file: z.array(z.object({ '@_href': z.string() })),
        }),
      ),
    }),
  }),
});

/** The package's files, and its manifest's resources, each checked to be in the zip. */
export function readPackage(zip: Uint8Array) {
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
  const manifestText = files['imsmanifest.xml'];
  if (manifestText === undefined) throw new Error('the package has no imsmanifest.xml');
  const resources = Manifest.parse(parser.parse(manifestText)).manifest.resources.resource;
  for (const r of resources)
    for (const f of r.file)
      if (files[f['@_href']] === undefined)
        throw new Error(`the manifest lists ${f['@_href']}, which is not in the zip`);
  return { files, resources };
}

const Field = z.object({ fieldlabel: z.string(), fieldentry: z.string() });
const Mattext = z.object({ mattext: z.object({ '#text': z.string().optional() }).or(z.string()) });
const matText = (m: z.infer<typeof Mattext>) =>
  typeof m.mattext === 'string' ? m.mattext : (m.mattext['#text'] ?? '');
const Qti12Item = z.object({
  '@_ident': z.string(),
  itemmetadata: z.object({ qtimetadata: z.object({ qtimetadatafield: z.array(Field) }) }),
  presentation: z.object({
    material: Mattext,
    response_lid: z
      .object({
        render_choice: z.object({ response_label: z.array(z.object({ '@_ident': z.string(), material: Mattext })) }),
      })
      .optional(),
  }),
  resprocessing: z.object({
    respcondition: z.array(
      z.object({
        conditionvar: z.object({ varequal: z.object({ '#text': z.string() }).or(z.string()).optional() }),
        setvar: z.object({ '#text': z.string() }).or(z.string()).optional(),
      }),
    ),
  }),
  itemfeedback: z.object({ '@_ident': z.string(), flow_mat: z.object({ material: Mattext }) }),
});
const Qti12 = z.object({
  questestinterop: z.object({
    assessment: z.object({ '@_title': z.string(), section: z.object({ item: z.array(Qti12Item) }) }),
  }),
});
const str = (v: { '#text': string } | string | undefined) => (typeof v === 'string' ? v : (v?.['#text'] ?? ''));

export function readQti12(zip: Uint8Array): ReadQuestion[] {
  const { files, resources } = readPackage(zip);
  return resources.flatMap((r) => {
    if (r['@_type'] !== 'imsqti_xmlv1p2') throw new Error(`unexpected resource type ${r['@_type']}`);
    const { assessment } = Qti12.parse(parser.parse(files[r['@_href'] ?? ''] ?? '')).questestinterop;
    return assessment.section.item.map((it): ReadQuestion => {
      const type = it.itemmetadata.qtimetadata.qtimetadatafield.find(
        (f) => f.fieldlabel === 'question_type',
      )?.fieldentry;
      const right = it.resprocessing.respcondition
        .filter((c) => str(c.setvar) === '100')
        .map((c) => str(c.conditionvar.varequal));
      const labels = it.presentation.response_lid?.render_choice.response_label ?? [];
      if (type !== 'multiple_choice_question' && type !== 'short_answer_question')
        throw new Error(`unexpected ${type}`);
      return {
        id: it['@_ident'],
        category: assessment['@_title'],
        type: type === 'multiple_choice_question' ? 'choice' : 'short',
        stem: htmlText(matText(it.presentation.material)),
        options: labels.map((l) => ({ text: matText(l.material), correct: right.includes(l['@_ident']) })),
        answers: type === 'short_answer_question' ? right : [],
        feedback: htmlText(matText(it.itemfeedback.flow_mat.material)),
      };
    });
  });
}

const Qti21Item = z.object({
  assessmentItem: z.object({
    '@_identifier': z.string(),
    responseDeclaration: z.object({
      '@_baseType': z.string(),
      correctResponse: z.object({ value: z.string() }),
      mapping: z
        .object({ mapEntry: z.array(z.object({ '@_mapKey': z.string(), '@_mappedValue': z.string() })) })
        .optional(),
    }),
    itemBody: z.unknown(),
    modalFeedback: z.unknown(),
  }),
});
const Qti21Test = z.object({
  assessmentTest: z.object({
    testPart: z.object({
      assessmentSection: z.array(
        z.object({
          '@_title': z.string(),
          assessmentItemRef: z.array(z.object({ '@_identifier': z.string(), '@_href': z.string() })),
        }),
      ),
    }),
  }),
});
const ChoiceBody = z.object({
  choiceInteraction: z.object({
    prompt: z.string(),
    simpleChoice: z.array(z.object({ '@_identifier': z.string(), '#text': z.string() })),
  }),
});

export function readQti21(zip: Uint8Array): ReadQuestion[] {
  const { files, resources } = readPackage(zip);
  const test = resources.find((r) => r['@_type'] === 'imsqti_test_xmlv2p1');
  if (!test?.['@_href']) throw new Error('the package has no assessmentTest');
  const sections = Qti21Test.parse(parser.parse(files[test['@_href']] ?? '')).assessmentTest.testPart.assessmentSection;
  const items = new Set(resources.filter((r) => r['@_type'] === 'imsqti_item_xmlv2p1').map((r) => r['@_href']));
  return sections.flatMap((s) =>
    s.assessmentItemRef.map((ref): ReadQuestion => {
      if (!items.has(ref['@_href'])) throw new Error(`${ref['@_href']} is not an item resource of the manifest`);
      const item = Qti21Item.parse(parser.parse(files[ref['@_href']] ?? '')).assessmentItem;
      const decl = item.responseDeclaration;
      const choice = decl['@_baseType'] === 'identifier';
      const body = choice ? ChoiceBody.parse(item.itemBody).choiceInteraction : undefined;
      return {
        id: item['@_identifier'],
        category: s['@_title'],
        type: choice ? 'choice' : 'short',
        stem: squash(body ? body.prompt : textOf(item.itemBody)),
        options: (body?.simpleChoice ?? []).map((c) => ({
          text: c['#text'],
          correct: c['@_identifier'] === decl.correctResponse.value,
        })),
        answers: (decl.mapping?.mapEntry ?? []).filter((m) => m['@_mappedValue'] === '1').map((m) => m['@_mapKey']),
        feedback: squash(textOf(item.modalFeedback)),
      };
    }),
  );
}

// ---- Write with our exporters, read back with the parsers above, and compare.

export const QUIZ_FORMATS = ['gift', 'moodle-xml', 'qti12', 'qti21'] as const;
export type QuizFormat = (typeof QUIZ_FORMATS)[number];

/** Every format of `items`, read back. */
export function roundTrip(
  items: readonly QuizItem[],
  lang: Lang,
  words: MoodleWords,
): Record<QuizFormat, ReadQuestion[]> {
  const stamp = new Date('2025-01-31T12:00:00Z');
  return {
    gift: readGift(toGift(items, words, ['test'])),
    'moodle-xml': readMoodleXml(toMoodleXml(items, words, 'test')),
    qti12: readQti12(qti12Package('test', 'Test', items, words, stamp)),
    qti21: readQti21(qti21Package('test', 'Test', items, lang, words, stamp)),
  };
}

/** What differs between the items written and the questions read back (nothing, when the format round-trips). */
export function differences(
  items: readonly QuizItem[],
  read: readonly ReadQuestion[],
  format: QuizFormat,
  words: QuizWords,
): string[] {
  const out: string[] = [];
  if (read.length !== items.length) out.push(`${format}: ${read.length} questions read, ${items.length} written`);
  const category = (i: QuizItem) =>
    format === 'gift' || format === 'moodle-xml'
      ? `$course$/top/${moodleCategory(i.category)}`
      : i.category.join(' · ');
  items.forEach((item) => {
    const r = read.find((x) => x.id === item.id);
    const at = `${format} ${item.id}`;
    if (!r) return void out.push(`${at}: not read back`);
    if (r.category !== category(item)) out.push(`${at}: category "${r.category}"`);
    if (r.type !== item.type) out.push(`${at}: type ${r.type}`);
    if (squash(r.stem) !== squash(item.stem)) out.push(`${at}: stem "${r.stem}"`);
    const want = item.options.map((o) => ({ text: squash(o.text), correct: o.correct }));
    const got = r.options.map((o) => ({ text: squash(o.text), correct: o.correct }));
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${at}: options ${JSON.stringify(got)}`);
    if (JSON.stringify(r.answers) !== JSON.stringify(item.answers))
      out.push(`${at}: answers ${JSON.stringify(r.answers)}`);
    for (const part of [item.explanation, item.quote.text, words.section(item.quote.section), item.link.label])
      if (!squash(r.feedback).includes(squash(part))) out.push(`${at}: feedback lacks "${part}"`);
  });
  return out;
}
