/**
 * IMS QTI 2.1 content packages, for Blackboard (Question banks / Tests → Import QTI 2.1
 * package) and other tools that read QTI 2.1 (Moodle with the qformat_imsqti21 plugin,
 * TAO, Inspera, ONYX): a zip with `imsmanifest.xml`, one `assessmentItem` file per
 * question (`imsqti_item_xmlv2p1`) and one `assessmentTest` (`imsqti_test_xmlv2p1`) with
 * a section per category. A choice item scores 1 for its correct response; a short answer
 * maps each accepted answer, case-insensitive, to 1. Every item sets FEEDBACK so its
 * modal feedback (the explanation, the paper's words, the section, a link) always shows.
 */
import { strToU8, zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Lang } from '../schema';
import { byCategory, type QuizItem, type QuizWords, xmlSafe, zipDate } from './quiz';
import { IMSCP_NS } from './qti12';

export const QTI21_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const QTI21_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const xmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-Hans' : 'en');

/** The feedback as QTI body elements: the explanation, the quotation (in Chinese), the section and a link. */
function feedback(parent: XMLBuilder, q: QuizItem, words: QuizWords) {
  parent.ele('p').txt(xmlSafe(q.explanation));
  parent.ele('blockquote', { 'xml:lang': 'zh-Hans' }).ele('p').txt(xmlSafe(q.quote.text));
  const p = parent.ele('p');
  p.txt(xmlSafe(`${words.section(q.quote.section)} · `));
  p.ele('a', { href: xmlSafe(q.link.url) }).txt(xmlSafe(`${words.readMore}: ${q.link.label}`));
}

function setOutcome(parent: XMLBuilder, id: string, baseType: string, value: string) {
  parent.ele('setOutcomeValue', { identifier: id }).ele('baseValue', { baseType }).txt(xmlSafe(value));
}

export function qti21Item(q: QuizItem, lang: Lang, words: QuizWords): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI21_NS, 'assessmentItem', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${QTI21_NS} ${QTI21_XSD}`,
    identifier: q.id,
    title: xmlSafe(q.name),
    adaptive: 'false',
    timeDependent: 'false',
    'xml:lang': xmlLang(lang),
  });
  const choiceId = (i: number) => `choice-${i + 1}`;
  const response = root.ele('responseDeclaration', {
    identifier: 'RESPONSE',
    cardinality: 'single',
    baseType: q.type === 'choice' ? 'identifier' : 'string',
  });
  const right = q.type === 'choice' ? q.options.findIndex((o) => o.correct) : -1;
  response
    .ele('correctResponse')
    .ele('value')
    .txt(xmlSafe(q.type === 'choice' ? choiceId(right) : (q.answers[0] ?? '')));
  if (q.type === 'short') {
    const mapping = response.ele('mapping', { defaultValue: '0' });
    for (const a of q.answers)
      mapping.ele('mapEntry', { mapKey: xmlSafe(a), mappedValue: '1', caseSensitive: 'false' });
  }
  root
    .ele('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue')
    .ele('value')
    .txt('0');
  root.ele('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'single', baseType: 'identifier' });

  const body = root.ele('itemBody');
  if (q.type === 'choice') {
    const interaction = body.ele('choiceInteraction', {
      responseIdentifier: 'RESPONSE',
      shuffle: 'true',
      maxChoices: '1',
    });
    interaction.ele('prompt').txt(xmlSafe(q.stem));
    q.options.forEach((o, i) => interaction.ele('simpleChoice', { identifier: choiceId(i) }).txt(xmlSafe(o.text)));
  } else {
    body.ele('p').txt(xmlSafe(q.stem));
    body.ele('p').ele('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: '40' });
  }

  const rp = root.ele('responseProcessing');
  if (q.type === 'choice') {
    const cond = rp.ele('responseCondition');
    const yes = cond.ele('responseIf');
    yes.ele('match').ele('variable', { identifier: 'RESPONSE' }).up().ele('correct', { identifier: 'RESPONSE' });
    setOutcome(yes, 'SCORE', 'float', '1');
    setOutcome(cond.ele('responseElse'), 'SCORE', 'float', '0');
  } else {
    rp.ele('setOutcomeValue', { identifier: 'SCORE' }).ele('mapResponse', { identifier: 'RESPONSE' });
  }
  setOutcome(rp, 'FEEDBACK', 'identifier', 'GENERAL');
  feedback(
    root.ele('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: 'GENERAL', showHide: 'show' }),
    q,
    words,
  );
  return `${root.end({ prettyPrint: true })}\n`;
}

const itemHref = (q: QuizItem) => `items/${q.id}.xml`;

function assessmentTest(id: string, title: string, items: readonly QuizItem[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI21_NS, 'assessmentTest', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${QTI21_NS} ${QTI21_XSD}`,
    identifier: id,
    title: xmlSafe(title),
  });
  const part = root.ele('testPart', {
    identifier: 'part-1',
    navigationMode: 'nonlinear',
    submissionMode: 'individual',
  });
  byCategory(items).forEach((group, i) => {
    const section = part.ele('assessmentSection', {
      identifier: `section-${i + 1}`,
      title: xmlSafe(group.category.join(' · ')),
      visible: 'true',
    });
    for (const q of group.items) section.ele('assessmentItemRef', { identifier: q.id, href: itemHref(q) });
  });
  return `${root.end({ prettyPrint: true })}\n`;
}

function manifest(id: string, title: string, items: readonly QuizItem[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(IMSCP_NS, 'manifest', {
    identifier: id,
    'xmlns:imsmd': 'http://ltsc.ieee.org/xsd/LOM',
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${IMSCP_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd`,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('QTIv2.1 Package');
  metadata.ele('schemaversion').txt('1.0.0');
  metadata.ele('imsmd:lom').ele('imsmd:general').ele('imsmd:title').ele('imsmd:string').txt(xmlSafe(title));
  root.ele('organizations');
  const resources = root.ele('resources');
  const test = resources.ele('resource', { identifier: `${id}-test`, type: 'imsqti_test_xmlv2p1', href: 'test.xml' });
  test.ele('file', { href: 'test.xml' });
  for (const q of items) test.ele('dependency', { identifierref: `item-${q.id}` });
  for (const q of items)
    resources
      .ele('resource', { identifier: `item-${q.id}`, type: 'imsqti_item_xmlv2p1', href: itemHref(q) })
      .ele('file', { href: itemHref(q) });
  return `${root.end({ prettyPrint: true })}\n`;
}

/** The zip: imsmanifest.xml, test.xml and items/<id>.xml; `stamp` fixes every entry's date. */
export function qti21Package(
  packageId: string,
  title: string,
  items: readonly QuizItem[],
  lang: Lang,
  words: QuizWords,
  stamp: Date,
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'imsmanifest.xml': strToU8(manifest(packageId, title, items)),
    'test.xml': strToU8(assessmentTest(packageId, title, items)),
  };
  for (const q of items) files[itemHref(q)] = strToU8(qti21Item(q, lang, words));
  return zipSync(files, { mtime: zipDate(stamp), level: 9 });
}
