/**
 * A printable quiz for paper: the questions with lettered options (or a line to write
 * on), then, on a page of its own, the answer key with each explanation, the paper's
 * words and their section. One self-contained HTML file: no script, no outside style, a
 * print stylesheet; it opens in any browser and prints from there.
 */
import { escapeHtml, type QuizItem, type QuizWords } from './quiz';

export interface SheetWords {
  title: string;
  intro: string;
  name: string;
  date: string;
  answerLine: string;
  key: string;
  keyIntro: string;
  accepted: string;
  source: string;
}

const LETTERS = 'ABCDEFGH';
const CSS = `
body{font:11pt/1.45 Georgia,"Times New Roman","Songti SC","SimSun",serif;color:#000;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:0 0 .5rem}
.fields{display:flex;gap:2rem;margin:1rem 0}.fields span{flex:1;border-bottom:1px solid #000;padding-bottom:.2rem}
ol.questions>li{margin:0 0 1rem;break-inside:avoid}ol.options{list-style:upper-alpha;margin:.3rem 0 0}
.line{border-bottom:1px solid #000;height:1.6rem;margin-top:.3rem}
.key{break-before:page;page-break-before:always;margin-top:3rem}.key li{margin:0 0 .8rem;break-inside:avoid}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:2px solid #000}
.meta{font-size:.85rem}a{color:#000}
@media print{body{margin:0;max-width:none}a{text-decoration:none}}`;

export function answerSheet(
  items: readonly QuizItem[],
  htmlLang: string,
  words: QuizWords,
  sheet: SheetWords,
  footer: string,
): string {
  const e = escapeHtml;
  const questions = items
    .map((q) => {
      const body =
        q.type === 'choice'
          ? `<ol class="options">${q.options.map((o) => `<li>${e(o.text)}</li>`).join('')}</ol>`
          : `<p class="line" aria-label="${e(sheet.answerLine)}"></p>`;
      return `<li><p>${e(q.stem)}</p>${body}</li>`;
    })
    .join('\n');
  const key = items
    .map((q) => {
      const right = q.options.findIndex((o) => o.correct);
      const answer =
        q.type === 'choice'
          ? `<strong>${LETTERS.charAt(right)}</strong> — ${e(q.options[right]?.text ?? '')}`
          : `<strong>${e(sheet.accepted)}:</strong> ${q.answers.map(e).join(' / ')}`;
      return (
        `<li><p>${answer}</p><p>${e(q.explanation)}</p>` +
        `<blockquote lang="zh-Hans">${e(q.quote.text)}</blockquote>` +
        `<p class="meta">${e(words.section(q.quote.section))} · <a href="${e(q.link.url)}">${e(q.link.label)}</a></p></li>`
      );
    })
    .join('\n');
  return `<!doctype html>
<html lang="${e(htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(sheet.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(sheet.title)}</h1>
<p>${e(sheet.intro)}</p>
<p class="fields"><span>${e(sheet.name)}:</span><span>${e(sheet.date)}:</span></p>
</header>
<main>
<ol class="questions">
${questions}
</ol>
<section class="key" aria-labelledby="key">
<h2 id="key">${e(sheet.key)}</h2>
<p>${e(sheet.keyIntro)}</p>
<ol>
${key}
</ol>
</section>
</main>
<footer class="meta"><p>${e(sheet.source)} ${e(footer)}</p></footer>
</body>
</html>
`;
}
