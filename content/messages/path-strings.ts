/**
 * The path finder's strings in both languages, in a module of their own so that the
 * client components that need them ship only these.
 *
 * A chain or connection is written out as sentences. Each link is one clause, from a
 * template per kind of link and per direction it is walked: `forward` reads the link from
 * its source to its target, `backward` from its target to its source ("Uncertainty is
 * addressed by Fine-tuning"). In a template `{a}` is the idea the step starts from, `{b}`
 * the one it reaches, and `{also}` is filled where a connection turns against the
 * argument ("Reliability also arises from Bias"). In English the clauses after the first
 * begin with "which", standing for `{a}`; in Chinese each clause names both ideas.
 */
import type { PathFinding } from '../../graph/argument-paths';
import type { EdgeKind, Lang } from '../../graph/schema';

type Templates = Record<EdgeKind, { forward: string; backward: string }>;

const stepsEn: Templates = {
  'gives-rise-to': { forward: '{a} {also}gives rise to {b}', backward: '{a} {also}arises from {b}' },
  amplifies: { forward: '{a} {also}amplifies {b}', backward: '{a} is {also}amplified by {b}' },
  'arises-at': { forward: '{a} {also}arises at the {b}', backward: '{a} is {also}where {b} arises' },
  'part-of': { forward: '{a} is {also}part of {b}', backward: '{a} {also}includes {b}' },
  illustrates: { forward: '{a} {also}illustrates {b}', backward: '{a} is {also}illustrated by {b}' },
  explains: { forward: '{a} {also}explains {b}', backward: '{a} is {also}explained by {b}' },
  addresses: { forward: '{a} {also}addresses {b}', backward: '{a} is {also}addressed by {b}' },
  'limited-by': { forward: '{a} is {also}limited by {b}', backward: '{a} {also}limits {b}' },
  'responds-to': { forward: '{a} {also}responds to {b}', backward: '{a} is {also}answered by {b}' },
  requires: { forward: '{a} {also}requires {b}', backward: '{a} is {also}required by {b}' },
  reframes: { forward: '{a} {also}takes the place of {b}', backward: '{a} is {also}replaced by {b}' },
  'manifests-as': { forward: '{a} {also}shows up as {b}', backward: '{a} is {also}a form taken by {b}' },
  'trades-off-with': { forward: '{a} {also}trades off with {b}', backward: '{a} {also}trades off with {b}' },
  'cited-for': { forward: '{a} is {also}cited for {b}', backward: '{a} {also}draws on {b}' },
};

const stepsZh: Templates = {
  'gives-rise-to': { forward: '{a}{also}引发{b}', backward: '{a}{also}源于{b}' },
  amplifies: { forward: '{a}{also}放大{b}', backward: '{a}{also}被{b}放大' },
  'arises-at': { forward: '{a}{also}位于{b}', backward: '{a}{also}包括{b}' },
  'part-of': { forward: '{a}{also}属于{b}', backward: '{a}{also}包括{b}' },
  illustrates: { forward: '{a}{also}例证{b}', backward: '{a}{also}由{b}例证' },
  explains: { forward: '{a}{also}解释{b}', backward: '{a}{also}由{b}解释' },
  addresses: { forward: '{a}{also}应对{b}', backward: '{a}{also}由{b}应对' },
  'limited-by': { forward: '{a}的局限{also}在于{b}', backward: '{a}{also}制约{b}' },
  'responds-to': { forward: '{a}{also}回应{b}', backward: '{a}{also}由{b}回应' },
  requires: { forward: '{a}{also}要求{b}', backward: '{a}{also}为{b}所要求' },
  reframes: { forward: '{a}{also}取代{b}', backward: '{a}{also}被{b}取代' },
  'manifests-as': { forward: '{a}{also}表现为{b}', backward: '{a}{also}是{b}的具体表现' },
  'trades-off-with': { forward: '{a}{also}与{b}相互权衡', backward: '{a}{also}与{b}相互权衡' },
  'cited-for': { forward: '论文论述{b}时{also}引用{a}', backward: '论文论述{a}时{also}引用{b}' },
};

export const pathEn = {
  legend: 'Find how two ideas connect',
  from: 'From',
  to: 'To',
  placeholder: 'Type or choose an idea',
  showAll: 'Show all ideas',
  comboHint: 'Type to filter, in English, Chinese or pinyin; ↑ and ↓ move, Enter chooses, Esc closes.',
  matches: (n: number) => `${n} idea${n === 1 ? '' : 's'} to choose from.`,
  noMatches: (q: string) => `No idea matches “${q}”.`,
  hubs: 'Also pass through levels, groupings and cited works',
  hubsHint:
    'Chains follow the paper’s links in their own direction and, unless you tick this, skip structural hubs: a level, a grouping of sub-topics, a cited work.',
  swap: 'Swap From and To',
  clear: 'Clear path',
  chooseBoth: 'Choose a second idea to see how the paper leads from one to the other.',
  steps: {
    also: 'also ',
    templates: stepsEn,
    /** Clauses after the first: "…, which is addressed by …". */
    next: ', which ',
    dropSubject: true,
    end: '.',
  },
  editorial: ' (editorial)',
  editorialTitle: 'Editorial inference: implied by the paper, not stated',
  chainsTitle: (a: string, b: string) => `How the paper leads from ${a} to ${b}`,
  chainsLead: (n: number) =>
    n === 1 ? 'One chain of the paper’s own links:' : `${n} chains of the paper’s own links, shortest first:`,
  hubsUsed: 'Levels, groupings and cited works may be passed through.',
  connectionTitle: (a: string, b: string) => `From ${a} to ${b}`,
  noChain: (a: string, b: string) => `The paper draws no chain from ${a} to ${b}.`,
  connectionLead:
    'This is how they are connected — a connection, not a chain: some links run the other way, and each is read in its own direction.',
  throughHubs: 'Only a level, a grouping or a cited work joins them, so this connection passes through one.',
  reverse: (a: string, b: string) => `The paper does draw a chain the other way, from ${b} to ${a}.`,
  showReverse: 'Show that chain',
  same: 'From and To are the same idea: choose two different ideas.',
  hidden: (labels: readonly string[]) =>
    `${labels.join(' and ')} ${labels.length === 1 ? 'is' : 'are'} hidden by the current filters: show ${labels.length === 1 ? 'it' : 'them'} again to find a path.`,
  unconnected: (a: string, b: string) => `Nothing connects ${a} and ${b} with the current filters.`,
  announceChains: (n: number, a: string, b: string) =>
    `${n} chain${n === 1 ? '' : 's'} from ${a} to ${b}, written out below.`,
  announceConnection: (a: string, b: string) =>
    `The paper draws no chain from ${a} to ${b}; their connection is written out below.`,
  /** The explorer's status line while a pair is chosen (it follows "No filters."). */
  status: (kind: PathFinding['kind'], a: string, b: string) =>
    kind === 'chains'
      ? ` Showing the paper’s chains from ${a} to ${b}.`
      : kind === 'connection'
        ? ` Showing how ${a} and ${b} are connected: the paper draws no chain between them.`
        : ` No path is shown from ${a} to ${b}.`,
};

export const pathZh = {
  legend: '查找两个概念如何相连',
  from: '起点',
  to: '终点',
  placeholder: '输入或选择一个概念',
  showAll: '显示全部概念',
  comboHint: '可输入中文、英文或拼音筛选；用 ↑ ↓ 移动，回车选定，Esc 关闭。',
  matches: (n: number) => `共有 ${n} 个概念可选。`,
  noMatches: (q: string) => `没有与“${q}”匹配的概念。`,
  hubs: '也可经由层面、归类与所引文献',
  hubsHint: '论证链按论文中各条联系本身的方向走；除非勾选此项，否则不经由结构性枢纽：层面、子议题的归类、所引文献。',
  swap: '对调起点与终点',
  clear: '清除路径',
  chooseBoth: '再选一个概念，即可查看论文如何从一个概念推到另一个。',
  steps: {
    also: '也',
    templates: stepsZh,
    next: '；',
    dropSubject: false,
    end: '。',
  },
  editorial: '（编者推断）',
  editorialTitle: '编者推断：论文隐含而未明言',
  chainsTitle: (a: string, b: string) => `论文如何从“${a}”推到“${b}”`,
  chainsLead: (n: number) =>
    n === 1 ? '论文自身的联系构成一条论证链：' : `论文自身的联系构成 ${n} 条论证链，由短到长：`,
  hubsUsed: '已允许经由层面、归类与所引文献。',
  connectionTitle: (a: string, b: string) => `从“${a}”到“${b}”`,
  noChain: (a: string, b: string) => `论文没有给出从“${a}”到“${b}”的论证链。`,
  connectionLead: '二者的关联如下——这是关联，不是论证链：其中有的联系方向相反，每条联系都按其本身的方向来读。',
  throughHubs: '二者只经由层面、归类或所引文献相连，因此这条关联经过其中之一。',
  reverse: (a: string, b: string) => `论文确实给出了反方向的论证链，即从“${b}”到“${a}”。`,
  showReverse: '查看该论证链',
  same: '起点与终点是同一个概念，请选择两个不同的概念。',
  hidden: (labels: readonly string[]) =>
    `${labels.map((l) => `“${l}”`).join('、')}已被当前筛选隐藏，请重新显示后再查找路径。`,
  unconnected: (a: string, b: string) => `在当前筛选下，“${a}”与“${b}”之间没有任何联系。`,
  announceChains: (n: number, a: string, b: string) => `从“${a}”到“${b}”共有 ${n} 条论证链，详见下文。`,
  announceConnection: (a: string, b: string) => `论文没有给出从“${a}”到“${b}”的论证链；二者的关联详见下文。`,
  status: (kind: PathFinding['kind'], a: string, b: string) =>
    kind === 'chains'
      ? `显示论文从“${a}”到“${b}”的论证链。`
      : kind === 'connection'
        ? `显示“${a}”与“${b}”的关联：论文没有给出二者之间的论证链。`
        : `未显示从“${a}”到“${b}”的路径。`,
} satisfies typeof pathEn;

export type PathStrings = typeof pathEn;
export const pathStrings = (lang: Lang): PathStrings => (lang === 'en' ? pathEn : pathZh);
