import Link from 'next/link';
import { messages } from '@/content/messages';
import { readPublishedPackage } from '@/graph/exports/datapackage';
import { DATAPACKAGE_FILE, DOWNLOADS } from '@/graph/exports/downloads';
import type { Lang } from '@/graph/schema';
import { PageCitation } from './cite-this';
import { QuestionDownloads } from './practice/question-downloads';
import { PaperIdentityNote } from './paper/paper-identity';
import { paths, withBase } from './paths';

const dataFile = (file: string) => withBase(`/data/${file}`);

/**
 * Every download with what it holds, its format and size, the version and build date they
 * share, how versions work, and how to cite the site, its data and the source paper. All
 * of it is plain HTML: the page reads and links without JavaScript.
 */
export function DataPage({ lang }: { lang: Lang }) {
  const t = messages(lang).data;
  const { pkg, ownBytes } = readPublishedPackage();
  const date = pkg.created.slice(0, 10);
  const bytes = new Map(pkg.resources.map((r) => [r.path, r.bytes]));
  bytes.set(DATAPACKAGE_FILE, ownBytes);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p className="data-version">{t.versionLine(pkg.version, date)}</p>

      <section aria-labelledby="downloads">
        <h2 id="downloads">{t.downloads}</h2>
        <div className="table-scroll">
          <table className="downloads">
            <caption>{t.tableCaption(pkg.version, date)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colFile}</th>
                <th scope="col">{t.colFormat}</th>
                <th scope="col">{t.colDescription}</th>
                <th scope="col">{t.colSize}</th>
              </tr>
            </thead>
            <tbody>
              {DOWNLOADS.map((d) => {
                const size = bytes.get(d.file);
                return (
                  <tr key={d.file}>
                    <th scope="row">
                      <a href={dataFile(d.file)} type={d.mediatype}>
                        <code>{d.file}</code>
                      </a>
                    </th>
                    <td>{t.files[d.key].format}</td>
                    <td>{t.files[d.key].description}</td>
                    <td className="size">{size === undefined ? '' : t.size(size)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="question-banks">
        <QuestionDownloads lang={lang} headingId="question-banks" />
      </section>

      <section aria-labelledby="versions">
        <h2 id="versions">{t.versionsTitle}</h2>
        <p>{t.versionsText}</p>
        <p>
          <a href={dataFile('CHANGELOG.md')}>{t.changelog}</a>
        </p>
      </section>

      <section aria-labelledby="how-to-cite">
        <h2 id="how-to-cite">{t.citeTitle}</h2>
        <h3>{t.citeDataTitle}</h3>
        <p>{t.citeDataText}</p>
        <PageCitation lang={lang} id="framework-explorer" title={t.datasetTitle} path={paths.data(lang)} />
        <h3>{t.citePaperTitle}</h3>
        <PaperIdentityNote lang={lang} />
        <p>{t.citePaperText}</p>
        <p>
          <Link href={paths.sources(lang)}>{t.sourcesLink}</Link>
        </p>
      </section>
    </>
  );
}
