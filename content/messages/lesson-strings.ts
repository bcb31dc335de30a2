/**
 * The strings of teachers' lessons (the builder, the player, the embedded lesson, the
 * "Add to my lesson" button) in both languages, in a module of their own so the client
 * components that need them ship only these.
 */
import type { Expected, LessonProblem, UnreadableReason } from '../../graph/lesson-codec';
import type { Lang } from '../../graph/schema';

const n = (x: number, lang: Lang) => x.toLocaleString(lang === 'en' ? 'en' : 'zh-Hans');

const unreadableEn: Record<UnreadableReason, string> = {
  empty: 'There is no lesson in it.',
  'too-long': 'It is longer than any lesson can be.',
  encoding: 'It is not written the way lesson links are: it may have been cut short or changed on the way.',
  compression: 'Its data is damaged: it may have been cut short or changed on the way.',
  'too-large': 'It unpacks to more than any lesson can hold.',
  json: 'It is not a lesson file (not JSON).',
  'not-a-lesson': 'It is not a lesson: it does not say it is one of this site’s lessons.',
};
const unreadableZh: Record<UnreadableReason, string> = {
  empty: '其中没有课程。',
  'too-long': '长度超过了任何课程可能的长度。',
  encoding: '它不是课程链接的写法：可能在传递中被截短或改动了。',
  compression: '其中的数据已损坏：可能在传递中被截短或改动了。',
  'too-large': '解压后超过了任何课程能容纳的大小。',
  json: '它不是课程文件（不是 JSON）。',
  'not-a-lesson': '它不是课程：其中没有注明它是本站的课程。',
};

const expectedEn: Record<Expected, string> = {
  text: 'text',
  list: 'a list',
  object: 'a step (an object with “node”, “title” and “note”)',
  lang: '“en” or “zh”',
  version: 'a version such as “0.1.0”',
  id: 'the id of an idea, such as “emergence”',
};
const expectedZh: Record<Expected, string> = {
  text: '文本',
  list: '列表',
  object: '一个步骤（含“node”“title”“note”的对象）',
  lang: '“en”或“zh”',
  version: '形如“0.1.0”的版本号',
  id: '概念的编号，例如“emergence”',
};

const fieldEn = (field: string) => (field === 'title' ? 'title' : field === 'note' ? 'note' : `“${field}”`);
const fieldZh = (field: string) => (field === 'title' ? '标题' : field === 'note' ? '说明' : `“${field}”`);
const foundEn = (found: string) => (found === 'undefined' ? 'it is missing' : `found ${found}`);
const foundZh = (found: string) => (found === 'undefined' ? '缺少此项' : `实际为 ${found}`);

function problemEn(p: LessonProblem): string {
  const where = (step?: number) => (step === undefined ? 'The lesson’s' : `Step ${step}’s`);
  switch (p.type) {
    case 'unreadable':
      return unreadableEn[p.reason];
    case 'newer':
      return `It was made by a newer version of this site (lesson format ${p.version}); what could be read is shown.`;
    case 'invalid':
      return p.field === 'step'
        ? `Step ${p.step ?? '?'} is not a step (${foundEn(p.found)}); it is shown as an idea that does not exist.`
        : `${where(p.step)} ${fieldEn(p.field)} should be ${expectedEn[p.expected]} (${foundEn(p.found)}); it was left out.`;
    case 'unknown-field':
      return `${where(p.step)} field “${p.field}” is not part of a lesson; it was ignored.`;
    case 'cut':
      return `${where(p.step)} ${fieldEn(p.field)} was longer than ${n(p.max, 'en')} characters and was cut.`;
    case 'cleaned':
      return `${where(p.step)} ${fieldEn(p.field)} held invisible or broken characters; they were removed.`;
    case 'too-many-steps':
      return `It has ${n(p.found, 'en')} steps; a lesson has at most ${n(p.max, 'en')}, so the first ${n(p.max, 'en')} are kept.`;
    case 'missing-node':
      return `Step ${p.step} names an idea this site does not have (“${p.id}”): it may have been removed since the lesson was made.`;
    case 'bad-step-param':
      return `“step=${p.value}” is not a step of this lesson (it has ${p.total}); showing step 1.`;
    case 'repeated':
      return `“${p.param}” is given more than once; the first is used.`;
  }
}

function problemZh(p: LessonProblem): string {
  const where = (step?: number) => (step === undefined ? '课程的' : `第 ${step} 步的`);
  switch (p.type) {
    case 'unreadable':
      return unreadableZh[p.reason];
    case 'newer':
      return `它由本站的较新版本制作（课程格式 ${p.version}）；下面显示能读出的部分。`;
    case 'invalid':
      return p.field === 'step'
        ? `第 ${p.step ?? '?'} 步不是一个步骤（${foundZh(p.found)}）；按不存在的概念显示。`
        : `${where(p.step)}${fieldZh(p.field)}应为${expectedZh[p.expected]}（${foundZh(p.found)}）；已略去。`;
    case 'unknown-field':
      return `${where(p.step)}字段“${p.field}”不属于课程；已忽略。`;
    case 'cut':
      return `${where(p.step)}${fieldZh(p.field)}超过 ${n(p.max, 'zh')} 个字符，已截短。`;
    case 'cleaned':
      return `${where(p.step)}${fieldZh(p.field)}含有不可见或损坏的字符，已删除。`;
    case 'too-many-steps':
      return `它有 ${n(p.found, 'zh')} 步；一节课最多 ${n(p.max, 'zh')} 步，保留前 ${n(p.max, 'zh')} 步。`;
    case 'missing-node':
      return `第 ${p.step} 步所指的概念（“${p.id}”）本站没有：可能在课程制作之后被删除了。`;
    case 'bad-step-param':
      return `“step=${p.value}”不是本课的步骤（共 ${p.total} 步）；显示第 1 步。`;
    case 'repeated':
      return `“${p.param}”出现了不止一次；使用第一个。`;
  }
}

export const lessonEn = {
  nav: 'My lesson',
  builderTitle: 'Build a lesson',
  builderLead:
    'Make your own path through the framework: choose the ideas, put them in order, and add your notes for each step. The lesson lives in its link — share it, embed it in a course page, or print it as a handout. Nothing is sent anywhere.',
  noscript:
    'The lesson builder and player need JavaScript, which is off in this browser. The guided tours and every idea’s page read without it:',
  loading: 'Loading your lesson…',
  // The draft
  draftNote:
    'Your lesson is kept in this browser while you work on it (nothing leaves it). To keep it or share it, copy its link or download it as a file.',
  storageBlocked:
    'This browser does not let the page keep your lesson, so it is lost when you leave the page: copy its link or download the file before you go.',
  replaced: (title: string, steps: number) =>
    `The lesson you were working on (${title}, ${steps} step${steps === 1 ? '' : 's'}) was put aside.`,
  restore: 'Switch back to it',
  untitled: 'untitled',
  // Start
  startTitle: 'Start',
  fromScratch: 'Start from scratch',
  copyTourLabel: 'Or start from a tour',
  copyTour: 'Copy this tour',
  openFile: 'Open a lesson file',
  openFileHint: 'A .json file downloaded from this page.',
  opened: (name: string) => `Opened “${name}”.`,
  openFailed: (name: string) => `“${name}” could not be opened as a lesson:`,
  fileTooLarge: (name: string, kb: number) => `“${name}” is ${n(kb, 'en')} kB, larger than any lesson file can be.`,
  problemsTitle: 'Part of this lesson could not be used as it was:',
  // Details
  detailsTitle: 'About the lesson',
  titleLabel: 'Title',
  titlePlaceholder: 'e.g. Week 3: where bias comes from',
  noteLabel: 'Note for the whole lesson',
  notePlaceholder: 'What the class should get out of it, what to read first…',
  notesLang: 'Your notes are written in',
  langNames: { en: 'English', zh: '中文' },
  count: (used: number, max: number) => `${n(used, 'en')} / ${n(max, 'en')}`,
  plainText: 'Plain text: line breaks are kept; nothing is formatted.',
  // Search
  addTitle: 'Add ideas',
  searchLabel: 'Search for an idea to add',
  searchPlaceholder: 'e.g. bias, 隐私, fine-tuning',
  searchHint: 'Use ↑ and ↓ to choose, Enter to add.',
  searchLoading: 'Loading the search index…',
  searchFailed: 'The search index could not be loaded. Add ideas from their pages instead (“Add to my lesson”).',
  noResults: (q: string) => `Nothing matches “${q}”.`,
  results: (k: number) => `${k} result${k === 1 ? '' : 's'}.`,
  added: (label: string, step: number) => `Added “${label}” as step ${step}.`,
  full: (max: number) => `A lesson has at most ${max} steps: remove one to add another.`,
  addButton: 'Add',
  // Steps
  stepsTitle: 'Steps',
  noSteps: 'No steps yet: add ideas with the search above, from a tour, or from any idea’s page.',
  stepsHint: 'Reorder with the Move up and Move down buttons, or drag a step by its handle.',
  stepLabel: (k: number) => `Step ${k}`,
  stepOf: (k: number, label: string) => `Step ${k}: ${label}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  dragHandle: (k: number) => `Drag step ${k}`,
  moved: (label: string, k: number) => `Moved “${label}” to step ${k}.`,
  removed: (label: string) => `Removed “${label}”.`,
  stepTitleLabel: 'Title of this step',
  stepTitlePlaceholder: (label: string) => `Leave empty to use “${label}”`,
  stepNoteLabel: 'Your note',
  stepNotePlaceholder: 'A question to discuss, what to notice, a task…',
  missingIdea: 'This idea no longer exists',
  missingExplained: (id: string) =>
    `The lesson names “${id}”, which this site does not have (it may have been removed since). Your note is kept; remove the step or replace it.`,
  openIdea: 'Open its page',
  // Relations
  relationsLabel: 'How it follows from the previous step',
  noDirectRelation: 'The paper links these two ideas only through others:',
  pathLoading: 'Finding how these two ideas connect…',
  noRelation: 'These two ideas are not connected in the framework.',
  noChain: 'The paper draws no chain from one to the other; this is how they are connected:',
  // Share
  shareTitle: 'Share',
  linkLabel: 'Link to play this lesson',
  copyLink: 'Copy the link',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: select the link and copy it.',
  play: 'Play the lesson',
  download: 'Download as a file',
  downloadHint: 'A small JSON file you can keep, send, or open here later.',
  linkLength: (len: number) => `The link is ${n(len, 'en')} characters long.`,
  linkTooLong: (len: number, max: number, notes: number, words: number) =>
    `This link is ${n(len, 'en')} characters long: longer than the ${n(max, 'en')} that some course platforms’ link fields and editors keep, so it may arrive cut and not open. ` +
    `Its notes and titles make up ${n(notes, 'en')} of those characters (${n(words, 'en')} characters of text; each Chinese character takes about two characters of a link). ` +
    'Download the lesson as a file and share that instead, or shorten the notes.',
  emptyLink: 'Add at least one step to share the lesson.',
  embedTitle: (title: string) => `Lesson: ${title}`,
  // Player
  playerEyebrow: 'A lesson made with this site',
  playerFallbackTitle: 'A lesson',
  noLesson: 'This address holds no lesson.',
  noLessonHelp: 'A lesson’s link is made by the lesson builder: open it to make one, or start from a tour.',
  unreadable: 'The lesson in this address could not be read.',
  openBuilder: 'Open the lesson builder',
  edit: 'Edit this lesson',
  print: 'Print as a handout',
  teacherNote: 'Teacher’s note',
  lessonNote: 'About this lesson',
  explanation: 'What the framework says',
  quotes: 'The paper’s words',
  section: (s: string) => (s === 'abstract' ? 'Abstract' : `§ ${s}`),
  textLoading: 'Loading the explanation…',
  textFailed: 'The explanation could not be loaded here.',
  readIdea: 'Read it on its page',
  graphLabel: 'The ideas of this lesson; the current step’s idea is highlighted',
  badStep: (raw: string, total: number) =>
    `“step=${raw}” is not a step of this lesson (it has ${total}); showing step 1.`,
  noStepsToPlay: 'This lesson has no steps yet.',
  printedAddress: 'This lesson’s address',
  madeWith: (data: string) => `Made with data version ${data}.`,
  // "Add to my lesson" on an idea's page
  addToLesson: 'Add to my lesson',
  addedToLesson: 'In your lesson as step {n}',
  openLesson: 'Open my lesson',
  addFailed: 'Your lesson is full or this browser does not let the page keep it.',
  problem: problemEn,
};

export const lessonZh = {
  nav: '我的课',
  builderTitle: '编写一节课',
  builderLead:
    '在框架中走出你自己的路线：选择概念，排好顺序，为每一步写下你的说明。课程保存在它的链接里——可以分享、嵌入课程页面，或打印为讲义。任何内容都不会被发送出去。',
  noscript: '课程编写器和播放器需要 JavaScript，而本浏览器已将其关闭。导览和每个概念的页面无需 JavaScript 即可阅读：',
  loading: '正在载入你的课程……',
  draftNote: '编写期间，课程保存在本浏览器中（不会离开它）。要保存或分享，请复制它的链接或下载为文件。',
  storageBlocked: '本浏览器不允许页面保存你的课程，离开页面后课程即会丢失：离开前请复制链接或下载文件。',
  replaced: (title: string, steps: number) => `你正在编写的课程（${title}，${steps} 步）已被搁置。`,
  restore: '切换回去',
  untitled: '无标题',
  startTitle: '开始',
  fromScratch: '从零开始',
  copyTourLabel: '或从一条导览开始',
  copyTour: '复制这条导览',
  openFile: '打开课程文件',
  openFileHint: '从本页下载的 .json 文件。',
  opened: (name: string) => `已打开“${name}”。`,
  openFailed: (name: string) => `“${name}”无法作为课程打开：`,
  fileTooLarge: (name: string, kb: number) => `“${name}”有 ${n(kb, 'zh')} kB，超过了任何课程文件可能的大小。`,
  problemsTitle: '这节课有部分内容无法按原样使用：',
  detailsTitle: '关于这节课',
  titleLabel: '标题',
  titlePlaceholder: '例如：第三周——偏见从何而来',
  noteLabel: '整节课的说明',
  notePlaceholder: '学生应有什么收获，先读什么……',
  notesLang: '你的说明所用的语言',
  langNames: { en: 'English', zh: '中文' },
  count: (used: number, max: number) => `${n(used, 'zh')} / ${n(max, 'zh')}`,
  plainText: '纯文本：保留换行，不做任何排版。',
  addTitle: '添加概念',
  searchLabel: '搜索要添加的概念',
  searchPlaceholder: '例如：偏见、yinsi、fine-tuning',
  searchHint: '用 ↑ 和 ↓ 选择，按 Enter 添加。',
  searchLoading: '正在载入搜索索引……',
  searchFailed: '搜索索引无法载入。请改从概念页面添加（“加入我的课”）。',
  noResults: (q: string) => `没有与“${q}”匹配的结果。`,
  results: (k: number) => `共 ${k} 个结果。`,
  added: (label: string, step: number) => `已将“${label}”添加为第 ${step} 步。`,
  full: (max: number) => `一节课最多 ${max} 步：请先删除一步再添加。`,
  addButton: '添加',
  stepsTitle: '步骤',
  noSteps: '还没有步骤：可用上面的搜索、从导览或从任一概念的页面添加。',
  stepsHint: '用“上移”“下移”按钮调整顺序，或按住手柄拖动步骤。',
  stepLabel: (k: number) => `第 ${k} 步`,
  stepOf: (k: number, label: string) => `第 ${k} 步：${label}`,
  moveUp: '上移',
  moveDown: '下移',
  remove: '删除',
  dragHandle: (k: number) => `拖动第 ${k} 步`,
  moved: (label: string, k: number) => `已将“${label}”移到第 ${k} 步。`,
  removed: (label: string) => `已删除“${label}”。`,
  stepTitleLabel: '本步标题',
  stepTitlePlaceholder: (label: string) => `留空则使用“${label}”`,
  stepNoteLabel: '你的说明',
  stepNotePlaceholder: '讨论的问题、要留意之处、一项任务……',
  missingIdea: '这个概念已不存在',
  missingExplained: (id: string) =>
    `课程指向“${id}”，而本站没有这个概念（可能之后被删除了）。你的说明仍然保留；可删除这一步或换成别的概念。`,
  openIdea: '打开其页面',
  relationsLabel: '与上一步的关系',
  noDirectRelation: '论文只通过其他概念将这两个概念联系起来：',
  pathLoading: '正在查找这两个概念如何相连……',
  noRelation: '这两个概念在框架中没有联系。',
  noChain: '论文没有画出从前者到后者的链条；二者是这样联系起来的：',
  shareTitle: '分享',
  linkLabel: '播放这节课的链接',
  copyLink: '复制链接',
  copied: '已复制到剪贴板。',
  copyFailed: '无法复制：请选中链接后手动复制。',
  play: '播放这节课',
  download: '下载为文件',
  downloadHint: '一个小小的 JSON 文件，可以保存、发送，或以后在这里打开。',
  linkLength: (len: number) => `链接长 ${n(len, 'zh')} 个字符。`,
  linkTooLong: (len: number, max: number, notes: number, words: number) =>
    `这个链接长 ${n(len, 'zh')} 个字符，超过了一些课程平台的链接栏和编辑器所保留的 ${n(max, 'zh')} 个字符，传过去可能被截短而无法打开。` +
    `其中 ${n(notes, 'zh')} 个字符来自说明和标题（共 ${n(words, 'zh')} 个字；每个汉字在链接中约占两个字符）。` +
    '请下载课程文件并分享文件，或缩短说明。',
  emptyLink: '至少添加一步才能分享这节课。',
  embedTitle: (title: string) => `课程：${title}`,
  playerEyebrow: '用本站编写的课程',
  playerFallbackTitle: '一节课',
  noLesson: '这个地址里没有课程。',
  noLessonHelp: '课程链接由课程编写器生成：打开编写器来编写一节课，或从一条导览开始。',
  unreadable: '这个地址中的课程无法读取。',
  openBuilder: '打开课程编写器',
  edit: '编辑这节课',
  print: '打印为讲义',
  teacherNote: '教师说明',
  lessonNote: '关于这节课',
  explanation: '框架中的讲解',
  quotes: '论文原文',
  section: (s: string) => (s === 'abstract' ? '摘要' : `第 ${s} 节`),
  textLoading: '正在载入讲解……',
  textFailed: '讲解无法在此载入。',
  readIdea: '到其页面阅读',
  graphLabel: '本课涉及的概念；当前步骤的概念已标出',
  badStep: (raw: string, total: number) => `“step=${raw}”不是本课的步骤（共 ${total} 步）；显示第 1 步。`,
  noStepsToPlay: '这节课还没有步骤。',
  printedAddress: '本课地址',
  madeWith: (data: string) => `制作时的数据版本：${data}。`,
  addToLesson: '加入我的课',
  addedToLesson: '已是你课程的第 {n} 步',
  openLesson: '打开我的课',
  addFailed: '你的课程已满，或本浏览器不允许页面保存课程。',
  problem: problemZh,
} satisfies typeof lessonEn;

export const lessonStrings = (lang: Lang): typeof lessonEn => (lang === 'en' ? lessonEn : lessonZh);

/** What the "Add to my lesson" button needs, as plain strings a server page can pass it. */
export const addToLessonLabels = (lang: Lang) => {
  const t = lessonStrings(lang);
  return { add: t.addToLesson, open: t.openLesson, inLesson: t.addedToLesson, failed: t.addFailed };
};

/** A row of the guide's parameter table: parameter, values, default, meaning. */
const row = (param: string, values: string, def: string, meaning: string) => [param, values, def, meaning] as const;

/** The teachers' guide's section on lessons, and the lesson view among the embeds. */
export const lessonTeachEn = {
  title: 'Your own lessons',
  intro:
    'When no tour fits your course, make your own: the lesson builder lets you pick ideas with the search (or “Add to my lesson” on any idea’s page), put them in order with the keyboard or by dragging, and write a title and a note for the lesson and for each step. Each step shows the idea’s summary and how it follows from the previous step, in sentences.',
  link: 'Open the lesson builder',
  address:
    'A lesson lives in its link: the ideas (by their ids, so links keep working as the data grows) and your notes, compressed. Nothing is stored on a server and no account is needed. An idea removed from the site later shows as a step that says so, with your note kept.',
  length:
    'Links longer than 2,000 characters are announced: some platforms’ link fields and editors keep no more. Notes make a link long: each Chinese character takes about two characters of the link, so a three-step lesson reaches the limit at about 850 characters of Chinese notes (English needs about one character of link for each character of text). Then download the lesson as a small JSON file instead; anyone can open it in the builder.',
  play: 'Played, a lesson works like a tour: one step at a time (a link per step, ?step=N), the arrow keys, the lesson’s ideas on a graph with the current one highlighted, your note beside the site’s explanation of the idea and the paper’s words. In the other language the site’s texts switch; your notes stay as you wrote them.',
  print:
    'Printed, a lesson is a handout: every step in order, with your notes, the explanations and the paper’s quotations, and the lesson’s address at the top.',
  embed:
    'A lesson embeds like a tour (“Embed this view” on the lesson): the embed’s address carries the lesson. There is no oEmbed response for lessons, since a static site cannot answer for a lesson that exists only in an address.',
  example: 'An example lesson',
  exampleTitle: 'Where bias comes from',
  exampleNote: 'Before class: read the summary of each step. In class: discuss the question in each note.',
  exampleSteps: [
    'Which training data have you seen a model repeat?',
    'Why does training on data at scale make bias hard to clean away?',
    'Who should decide what counts as fair here?',
  ],
  screenshotAlt:
    'The lesson builder: the search to add ideas, then the lesson’s steps, each with its idea’s summary, move and remove buttons, a title and the teacher’s note.',
  viewName: 'A teacher’s lesson',
  viewText:
    'A lesson made with the lesson builder, played step by step with the teacher’s notes; set lesson to the value in the lesson’s link (the builder’s “Embed this view” writes it for you).',
  param: row(
    'lesson',
    'a lesson’s link value (1.…)',
    '—',
    'The lesson to show (view=lesson); made by the lesson builder.',
  ),
};

export const lessonTeachZh = {
  title: '你自己的课程',
  intro:
    '如果没有哪条导览适合你的课程，可以自己编写：在课程编写器中用搜索（或任一概念页面上的“加入我的课”）挑选概念，用键盘或拖动排好顺序，再为整节课和每一步写下标题与说明。每一步都显示概念的摘要，以及它与上一步之间的关系（以句子写出）。',
  link: '打开课程编写器',
  address:
    '课程保存在它的链接里：其中有概念（按编号，因此数据增长后链接仍然有效）和你的说明，经过压缩。不会存储在任何服务器上，也无需账号。日后若某个概念被删除，该步会注明这一点，你的说明仍然保留。',
  length:
    '超过 2,000 个字符的链接会得到提示：一些平台的链接栏和编辑器最多只保留这么多。说明会让链接变长：每个汉字在链接中约占两个字符，因此一节三步的课程，中文说明约 850 字时便达到上限（英文则每个字母约占链接中的一个字符）。这时请把课程下载为一个小小的 JSON 文件分享，任何人都可以在编写器中打开它。',
  play: '播放时，课程与导览一样：一次一步（每步都有链接，?step=N），可用方向键，课程中的概念显示在图上并标出当前一步，你的说明与本站对该概念的讲解和论文原文并列。切换到另一种语言时，本站的文字随之切换，你的说明保持原样。',
  print: '打印时，课程就是一份讲义：按顺序列出每一步，含你的说明、讲解和论文引文，顶部印有课程地址。',
  embed:
    '课程可以像导览一样嵌入（在课程上点“嵌入此视图”）：嵌入地址中带有整节课程。课程没有 oEmbed 响应，因为静态网站无法为只存在于地址中的课程作答。',
  example: '示例课程',
  exampleTitle: '偏见从何而来',
  exampleNote: '课前：阅读每一步的摘要。课上：讨论每条说明中的问题。',
  exampleSteps: [
    '你见过模型重复哪些训练数据？',
    '为什么大规模数据训练让偏见难以清除？',
    '在这里，应由谁来决定什么算公平？',
  ],
  screenshotAlt: '课程编写器：添加概念的搜索框，下面是课程的各个步骤，每步含概念摘要、移动和删除按钮、标题和教师说明。',
  viewName: '教师的课程',
  viewText:
    '用课程编写器编写的课程，逐步播放并附教师说明；将 lesson 设为课程链接中的值（编写器的“嵌入此视图”会替你写好）。',
  param: row('lesson', '课程链接中的值（1.…）', '—', '要显示的课程（view=lesson）；由课程编写器生成。'),
} satisfies typeof lessonTeachEn;

export const lessonTeachStrings = (lang: Lang): typeof lessonTeachEn => (lang === 'en' ? lessonTeachEn : lessonTeachZh);
