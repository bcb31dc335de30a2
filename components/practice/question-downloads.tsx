import fs from 'node:fs';
import path from 'node:path';
import Link from 'next/link';
import { questionBankStrings } from '@/content/messages/question-bank-strings';
import { loadQuestionBank } from '@/content/questions';
import { loadTours } from '@/content/tours';
import { ALL_QUESTIONS, QUESTION_FORMATS, questionFile } from '@/graph/exports/downloads';
import { selectQuestions } from '@/graph/questions/bank';
import { LANGS, type Lang } from '@/graph/schema';
import { htmlLang, paths, withBase } from '../paths';

const bytes = (file: string) => {
  const p = path.join(process.cwd(), 'public', 'data', file);
  return fs.existsSync(p) ? fs.statSync(p).size : undefined;
};
const size = (n: number | undefined) => (n === undefined ? '' : `${Math.max(1, Math.round(n / 1024))} KB`);

/**
 * The question bank's downloads for quiz tools, as a table: the whole bank and each
 * tour (rows) in each format (columns), each in English and Chinese, then which file
 * goes where. Shared by the data page and the teachers' guide; plain HTML.
 */
export function QuestionDownloads({ lang, headingId }: { lang: Lang; headingId: string }) {
  const t = questionBankStrings(lang);
  const bank = loadQuestionBank().questions;
  const rows = [
    { scope: ALL_QUESTIONS, name: t.all, n: bank.length, practice: paths.practice(lang) },
    ...loadTours().map((tour) => ({
      scope: tour.id,
      name: tour.title[lang],
      n: selectQuestions(bank, { tour: tour.id }).length,
      practice: paths.practice(lang, `?tour=${tour.id}`),
    })),
  ];
  const derived = bank.filter((q) => q.origin === 'derived').length;
  return (
    <>
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro(bank.length, derived, bank.length - derived)}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="downloads question-downloads">
          <caption id={`${headingId}-caption`}>{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scope}</th>
              {QUESTION_FORMATS.map((f) => (
                <th scope="col" key={f.key}>
                  {t.formats[f.key].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.scope}>
                <th scope="row">
                  {r.name}
                  <br />
                  <span className="muted">{t.count(r.n)}</span> · <Link href={r.practice}>{t.practiceLink}</Link>
                </th>
                {QUESTION_FORMATS.map((f) => (
                  <td key={f.key}>
                    {LANGS.map((l, i) => {
                      const file = questionFile(l, r.scope, f);
                      return (
                        <span key={l}>
                          {i > 0 ? <br /> : null}
                          <a href={withBase(`/data/${file}`)} hrefLang={htmlLang(l)} download>
                            {t.langName[l]}
                          </a>{' '}
                          <span className="muted">{size(bytes(file))}</span>
                        </span>
                      );
                    })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="question-formats">
        {QUESTION_FORMATS.map((f) => (
          <div key={f.key}>
            <dt>{t.formats[f.key].name}</dt>
            <dd>{t.formats[f.key].where}</dd>
          </div>
        ))}
      </dl>
      <ul>
        {t.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        <li>
          <a href={withBase('/data/questions.json')}>{t.json}</a>
        </li>
      </ul>
    </>
  );
}
