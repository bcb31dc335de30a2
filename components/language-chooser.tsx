import { en } from '@/content/messages/en';
import { zh } from '@/content/messages/zh';
import { paths, withBase } from './paths';

/**
 * `/`: plain links to both languages (all a reader without JavaScript needs), and a small
 * external script that forwards to the language the browser prefers.
 */
export function LanguageChooser() {
  return (
    <main id="main" className="wrap chooser">
      <h1>
        {en.siteTitle}
        <br />
        <span lang="zh-Hans">{zh.siteTitle}</span>
      </h1>
      <ul className="chooser-links">
        <li>
          <a href={withBase(paths.home('en'))} hrefLang="en" lang="en" data-lang="en">
            English
          </a>
        </li>
        <li>
          <a href={withBase(paths.home('zh'))} hrefLang="zh-Hans" lang="zh-Hans" data-lang="zh">
            中文
          </a>
        </li>
      </ul>
      <p className="muted">{en.siteDescription}</p>
      <p className="muted" lang="zh-Hans">
        {zh.siteDescription}
      </p>
      {/* Placed after the links it reads; runs as soon as it is parsed, before anything else loads. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- on purpose: the page forwards at once to /en/ or /zh/ */}
      <script src={withBase('/lang-redirect.js')} />
    </main>
  );
}
