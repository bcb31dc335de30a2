/**
 * The words of the question bank's downloads (what GIFT, Moodle XML, QTI and the answer
 * sheet print) and of the sections that offer them on the data page and in the teachers'
 * guide, in both languages. The build script hands the export words to graph/exports.
 */
import type { Lang } from '../../graph/schema';

const sectionEn = (s: string) => (s === 'abstract' ? 'Abstract' : `Section ${s}`);
const sectionZh = (s: string) => (s === 'abstract' ? '摘要' : `第 ${s} 节`);

export const questionBankEn = {
  bank: 'General-model ethics framework',
  section: sectionEn,
  readMore: 'Read more',
  topics: {
    level: 'Levels of the challenges',
    example: 'Examples of Ihde’s relations',
    formula: 'Formulas of Ihde’s relations',
    figure: 'Figures from the cases',
    family: 'Groups of governance measures',
    limitation: 'Limitations of the measures',
    argument: 'The argument',
  },
  levels: { algorithm: 'Algorithm level', data: 'Data level', compute: 'Compute level' },
  tour: (title: string) => `Tour · ${title}`,
  right: 'Right.',
  wrong: 'Not quite — read the feedback.',
  packageTitle: (scope: string) => `General-model ethics framework: ${scope}`,
  allScope: 'all questions',
  sheet: {
    title: (scope: string) => `Quiz: ${scope}`,
    intro:
      'Choose one answer for each lettered question; write a short answer on the line. The answer key, with the paper’s words for each answer, is on the last pages.',
    name: 'Name',
    date: 'Date',
    answerLine: 'Your answer',
    key: 'Answer key',
    keyIntro: 'The right answer, why, and the paper’s words (in Chinese) with their section.',
    accepted: 'Accepted answers',
    source: 'Questions from the framework explorer,',
  },
  // The section on the data page and in the teachers' guide.
  title: 'Question banks for quiz tools',
  intro: (n: number, derived: number, authored: number) =>
    `${n} questions with the paper’s words as feedback: ${authored} written on the argument of the four tours and ${derived} generated from facts the paper states (levels, Ihde’s relations and formulas, the figures of its cases, groups of measures and their limitations), each checked against the graph. Download the whole bank or one tour’s questions, in English or Chinese.`,
  scope: 'Questions',
  all: 'Whole bank',
  count: (n: number) => `${n} questions`,
  formats: {
    gift: { name: 'Moodle GIFT', where: 'Moodle: Question bank → Import → GIFT format (text, UTF-8).' },
    moodleXml: { name: 'Moodle XML', where: 'Moodle: Question bank → Import → Moodle XML format.' },
    qti12: {
      name: 'QTI 1.2 (zip)',
      where: 'Canvas: Settings → Import course content → QTI .zip file (one quiz and question bank per category).',
    },
    qti21: {
      name: 'QTI 2.1 (zip)',
      where:
        'Blackboard: Question bank or test → Import → QTI 2.1 package; also TAO, Inspera, ONYX and Moodle with the QTI 2.1 plugin.',
    },
    sheet: {
      name: 'Answer sheet (HTML)',
      where: 'Print it from the browser: the questions, then the key on its own pages.',
    },
  },
  langName: { en: 'English', zh: '中文' },
  notes: [
    'Every file keeps each question’s id (Moodle ID number, QTI identifier), so a later download can update what you imported.',
    'Categories: the whole bank groups the tour questions by tour and the generated ones by level or topic; a tour’s file is one category.',
    'Feedback shows after an answer in every format: our explanation, the paper’s words, the section, and a link to the idea’s page.',
    'Short answers accept the English and the Chinese term, compared without regard to case.',
  ],
  practiceLink: 'Practise on this site',
  json: 'The bank as data (JSON, both languages, with evidence)',
};

export const questionBankZh = {
  bank: '通用模型伦理框架',
  section: sectionZh,
  readMore: '详见',
  topics: {
    level: '伦理挑战所在的层面',
    example: '伊德人-技术关系的例子',
    formula: '伊德人-技术关系的公式',
    figure: '案例中的数字',
    family: '治理措施的类别',
    limitation: '治理措施的局限',
    argument: '论证',
  },
  levels: { algorithm: '算法层面', data: '数据层面', compute: '算力层面' },
  tour: (title: string) => `导览 · ${title}`,
  right: '正确。',
  wrong: '不对——请看反馈。',
  packageTitle: (scope: string) => `通用模型伦理框架：${scope}`,
  allScope: '全部题目',
  sheet: {
    title: (scope: string) => `测验：${scope}`,
    intro: '选择题请为每题选出一个答案；简答题请在横线上作答。答案及每题所依据的论文原文附在最后几页。',
    name: '姓名',
    date: '日期',
    answerLine: '你的答案',
    key: '答案',
    keyIntro: '正确答案、理由，以及论文原文和所在章节。',
    accepted: '可接受的答案',
    source: '题目来自框架浏览器，',
  },
  title: '供测验工具使用的题库',
  intro: (n: number, derived: number, authored: number) =>
    `共 ${n} 道题，以论文原文作为反馈：${authored} 道围绕四条导览的论证编写，${derived} 道根据论文陈述的事实生成（伦理挑战的层面、伊德的人-技术关系及其公式、案例中的数字、治理措施的类别与局限），每道题都经过图谱核对。可下载整个题库或单条导览的题目，中英文均有。`,
  scope: '题目',
  all: '整个题库',
  count: (n: number) => `${n} 道题`,
  formats: {
    gift: { name: 'Moodle GIFT', where: 'Moodle：题库 → 导入 → GIFT 格式（文本，UTF-8）。' },
    moodleXml: { name: 'Moodle XML', where: 'Moodle：题库 → 导入 → Moodle XML 格式。' },
    qti12: {
      name: 'QTI 1.2（zip）',
      where: 'Canvas：设置 → 导入课程内容 → QTI .zip 文件（每个类别生成一个测验和题库）。',
    },
    qti21: {
      name: 'QTI 2.1（zip）',
      where: 'Blackboard：题库或测试 → 导入 → QTI 2.1 包；TAO、Inspera、ONYX 以及装有 QTI 2.1 插件的 Moodle 也可导入。',
    },
    sheet: { name: '纸质测验（HTML）', where: '在浏览器中打印：先是题目，答案另起一页。' },
  },
  langName: { en: 'English', zh: '中文' },
  notes: [
    '每个文件都保留题目的标识（Moodle 的 ID 编号、QTI 标识符），以后重新下载可以更新已导入的题目。',
    '类别：整个题库中，导览题按导览分类，生成题按层面或主题分类；单条导览的文件为一个类别。',
    '各种格式在作答后都会显示反馈：我们的解释、论文原文、所在章节，以及指向该概念页面的链接。',
    '简答题接受中文和英文术语，比较时不区分大小写。',
  ],
  practiceLink: '在本站练习',
  json: '题库数据（JSON，中英文，附证据）',
} satisfies typeof questionBankEn;

export const questionBankStrings = (lang: Lang): typeof questionBankEn =>
  lang === 'en' ? questionBankEn : questionBankZh;
