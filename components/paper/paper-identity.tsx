import { loadPaperRecord } from '@/content/paper';
import { paperStrings } from '@/content/messages/paper-strings';
import { paperLink, paperReference } from '@/graph/paper-identity';
import type { Lang } from '@/graph/schema';

/**
 * The source paper's identity, honestly: its reference when a deployer has filled in
 * content/paper.yaml, and otherwise a plain statement that the text this site is built
 * from does not give its title, authors or venue. Used on the home, sources and paper
 * pages and under every "Cite this page".
 */
export function PaperIdentityNote({ lang, className }: { lang: Lang; className?: string }) {
  const t = paperStrings(lang);
  const record = loadPaperRecord();
  if (!record.given)
    return (
      <p className={['paper-identity', className].filter(Boolean).join(' ')} data-paper-identity="not-given">
        {t.identityNotGiven}
      </p>
    );
  const link = paperLink(record.identity);
  const reference = paperReference(record.identity, lang);
  const text = link ? reference.slice(0, reference.lastIndexOf(link)).trimEnd() : reference;
  return (
    <p className={['paper-identity', className].filter(Boolean).join(' ')} data-paper-identity="given">
      {t.identityGiven} <cite lang="zh-Hans">{text}</cite>
      {link ? (
        <>
          {' '}
          <a href={link} rel="noopener noreferrer">
            {link}
          </a>
        </>
      ) : null}
    </p>
  );
}
