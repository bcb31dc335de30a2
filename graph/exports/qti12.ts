/**
 * IMS QTI 1.2 packages, as Canvas imports them (Settings → Import Course Content → "QTI
 * .zip file"): a zip with `imsmanifest.xml` listing one `imsqti_xmlv1p2` resource per
 * assessment, each a `<questestinterop>` file. Canvas makes a quiz and a question bank of
 * each assessment, so every category (a tour, a level, a topic) is an assessment of its
 * own. Items use Canvas's question types (`multiple_choice_question`,
 * `short_answer_question`), score 100 for the right response, and show the general
 * feedback (`general_fb`) after any answer.
 */
import { strToU8, zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { byCategory, escapeHtml, feedbackHtml, type QuizItem, type QuizWords, xmlSafe, zipDate } from './quiz';

export const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const IMSCP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';

const field = (parent: XMLBuilder, label: string, entry: string) =>
  parent.ele('qtimetadatafield').ele('fieldlabel').txt(xmlSafe(label)).up().ele('fieldentry').txt(xmlSafe(entry));

const mattext = (parent: XMLBuilder, body: string, type = 'text/html') =>
  parent.ele('material').ele('mattext', { texttype: type }).txt(xmlSafe(body));

function item(section: XMLBuilder, q: QuizItem, words: QuizWords) {
  const it = section.ele('item', { ident: q.id, title: xmlSafe(q.name) });
  const meta = it.ele('itemmetadata').ele('qtimetadata');
  field(meta, 'question_type', q.type === 'choice' ? 'multiple_choice_question' : 'short_answer_question');
  field(meta, 'points_possible', '1.0');
  const answerIds = q.type === 'choice' ? q.options.map((_, i) => `${q.id}-${i + 1}`) : [];
  if (q.type === 'choice') field(meta, 'original_answer_ids', answerIds.join(','));
  field(meta, 'assessment_question_identifierref', q.id);

  const presentation = it.ele('presentation');
  mattext(presentation, `<p>${escapeHtml(q.stem)}</p>`);
  if (q.type === 'choice') {
    const choices = presentation
      .ele('response_lid', { ident: 'response1', rcardinality: 'Single' })
      .ele('render_choice');
    q.options.forEach((o, i) =>
      mattext(choices.ele('response_label', { ident: answerIds[i] ?? '' }), o.text, 'text/plain'),
    );
  } else {
    presentation
      .ele('response_str', { ident: 'response1', rcardinality: 'Single' })
      .ele('render_fib')
      .ele('response_label', { ident: 'answer1', rshuffle: 'No' });
  }

  const processing = it.ele('resprocessing');
  processing.ele('outcomes').ele('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' });
  const general = processing.ele('respcondition', { continue: 'Yes' });
  general.ele('conditionvar').ele('other');
  general.ele('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' });
  const rightValues = q.type === 'choice' ? answerIds.filter((_, i) => q.options[i]?.correct === true) : q.answers;
  for (const value of rightValues) {
    const c = processing.ele('respcondition', { continue: 'No' });
    c.ele('conditionvar').ele('varequal', { respident: 'response1' }).txt(xmlSafe(value));
    c.ele('setvar', { action: 'Set', varname: 'SCORE' }).txt('100');
  }
  mattext(it.ele('itemfeedback', { ident: 'general_fb' }).ele('flow_mat'), feedbackHtml(q, words));
}

/** One assessment (a Canvas quiz and question bank) for one category. */
export function qti12Assessment(ident: string, title: string, items: readonly QuizItem[], words: QuizWords): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI12_NS, 'questestinterop', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${QTI12_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`,
  });
  const assessment = root.ele('assessment', { ident, title: xmlSafe(title) });
  field(assessment.ele('qtimetadata'), 'cc_maxattempts', 'unlimited');
  const section = assessment.ele('section', { ident: 'root_section' });
  for (const q of items) item(section, q, words);
  return `${root.end({ prettyPrint: true })}\n`;
}

function manifest(ident: string, title: string, files: { ident: string; href: string }[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(IMSCP_NS, 'manifest', {
    identifier: ident,
    'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_v1p2',
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${IMSCP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd`,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('IMS Content');
  metadata.ele('schemaversion').txt('1.1.3');
  metadata.ele('imsmd:lom').ele('imsmd:general').ele('imsmd:title').ele('imsmd:string').txt(xmlSafe(title));
  root.ele('organizations');
  const resources = root.ele('resources');
  for (const f of files)
    resources
      .ele('resource', { identifier: f.ident, type: 'imsqti_xmlv1p2', href: f.href })
      .ele('file', { href: f.href });
  return `${root.end({ prettyPrint: true })}\n`;
}

/** The zip: imsmanifest.xml and one assessment per category. `stamp` fixes every entry's date, so builds repeat byte for byte. */
export function qti12Package(
  packageId: string,
  title: string,
  items: readonly QuizItem[],
  words: QuizWords,
  stamp: Date,
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const listed = byCategory(items).map((group, i) => {
    const ident = `${packageId}-${i + 1}`;
    const href = `${ident}/${ident}.xml`;
    files[href] = strToU8(qti12Assessment(ident, group.category.join(' · '), group.items, words));
    return { ident: `res-${ident}`, href };
  });
  files['imsmanifest.xml'] = strToU8(manifest(packageId, title, listed));
  return zipSync(files, { mtime: zipDate(stamp), level: 9 });
}
