/**
 * A brief document as a Word file (.docx), made with the `docx` library: real heading
 * styles (Heading 1–4), bulleted lists with levels, the paper's words in a "Quote"
 * paragraph style, and links — so the file can be edited like any Word document. Fonts:
 * Calibri for Latin text and Microsoft YaHei for Chinese (Word's East Asian font slot), with
 * the Chinese language set, so Chinese renders with a CJK font in either language's brief.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Block, BriefDocument, Inline } from './brief-doc';

export const DOCX_FONTS = { latin: 'Calibri', eastAsia: 'Microsoft YaHei' } as const;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const font = { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia };
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;
const BULLETS = 'brief-bullets';
/** Indentation of one list level, in twentieths of a point. */
const STEP = 360;

function runs(content: readonly Inline[]): ParagraphChild[] {
  return content.map((i) => {
    const run = new TextRun({ text: i.text, bold: i.strong ?? false, ...(i.href ? { style: 'Hyperlink' } : {}) });
    return i.href ? new ExternalHyperlink({ link: i.href, children: [run] }) : run;
  });
}

/** Paragraphs of a block at a list depth (0 outside lists). */
function paragraphs(b: Block, depth: number): Paragraph[] {
  const indent = depth > 0 ? { left: STEP * (depth + 1) } : undefined;
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          pageBreakBefore: b.pageBreak ?? false,
          children: b.href ? runs([{ text: b.text, href: b.href }]) : [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.content), ...(indent ? { indent } : {}) })];
    case 'quote':
      return [
        new Paragraph({
          style: 'Quote',
          indent: { left: STEP * (depth + 2) },
          children: [new TextRun({ text: b.text, language: { eastAsia: 'zh-CN' } })],
        }),
        new Paragraph({
          style: 'QuoteCite',
          indent: { left: STEP * (depth + 2) },
          children: [new TextRun(`— ${b.cite}`)],
        }),
      ];
    case 'list':
      return b.items.flatMap((item) => [
        new Paragraph({ numbering: { reference: BULLETS, level: Math.min(depth, 4) }, children: runs(item.content) }),
        ...item.blocks.flatMap((inner) => paragraphs(inner, depth + 1)),
      ]);
  }
}

export function briefDocx(doc: BriefDocument): Document {
  return new Document({
    title: doc.title,
    creator: 'Framework explorer',
    styles: {
      default: {
        document: {
          run: { font, size: 22, language: { value: doc.lang === 'zh' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' } },
        },
        heading1: { run: { font, size: 36, bold: true } },
        heading2: { run: { font, size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font, size: 25, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: {
          run: { font, size: 22, bold: true, italics: true },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font, color: '4A3B12' },
          paragraph: {
            spacing: { before: 60, after: 0 },
            border: { left: { style: 'single', size: 12, color: 'B08D3C', space: 8 } },
          },
        },
        {
          id: 'QuoteCite',
          name: 'Quote Source',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font, size: 18, color: '555555' },
          paragraph: { spacing: { before: 0, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [0, 1, 2, 3, 4].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level % 2 === 0 ? '•' : '◦',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: STEP * (level + 1), hanging: STEP / 2 } } },
          })),
        },
      ],
    },
    sections: [{ children: doc.blocks.flatMap((b) => paragraphs(b, 0)) }],
  });
}

/** The .docx bytes, in the browser. */
export const briefDocxBlob = (doc: BriefDocument): Promise<Blob> => Packer.toBlob(briefDocx(doc));
