/**
 * A brief document (brief-doc.ts) as HTML: real headings, paragraphs, lists and quotations
 * (Chinese, marked as such). Works on the server (the ready-made briefs) and in the browser
 * (a brief composed from the reader's choice). Each challenge starts a new printed page.
 */
import type { Block, BriefDocument, Inline, ListItem } from './brief-doc';

function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((i, n) => {
        const inner = i.strong ? <strong>{i.text}</strong> : i.text;
        return i.href ? (
          <a key={n} href={i.href} className={i.href.startsWith('http') ? 'url' : undefined}>
            {inner}
          </a>
        ) : (
          <span key={n}>{inner}</span>
        );
      })}
    </>
  );
}

function Heading({ block }: { block: Extract<Block, { kind: 'heading' }> }) {
  const content = block.href ? <a href={block.href}>{block.text}</a> : block.text;
  const className = block.pageBreak ? 'brief-break' : undefined;
  switch (block.level) {
    case 1:
      return <h1 className={className}>{content}</h1>;
    case 2:
      return <h2 className={className}>{content}</h2>;
    case 3:
      return <h3 className={className}>{content}</h3>;
    case 4:
      return <h4 className={className}>{content}</h4>;
  }
}

function Item({ item }: { item: ListItem }) {
  return (
    <li>
      <Inlines content={item.content} />
      <Blocks blocks={item.blocks} />
    </li>
  );
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((b, n) => {
        switch (b.kind) {
          case 'heading':
            return <Heading key={n} block={b} />;
          case 'paragraph':
            return (
              <p key={n}>
                <Inlines content={b.content} />
              </p>
            );
          case 'quote':
            return (
              <figure key={n} className="quote">
                <blockquote lang="zh-Hans">
                  <p>{b.text}</p>
                </blockquote>
                <figcaption>— {b.cite}</figcaption>
              </figure>
            );
          case 'list':
            return (
              <ul key={n}>
                {b.items.map((item, k) => (
                  <Item key={k} item={item} />
                ))}
              </ul>
            );
        }
      })}
    </>
  );
}

export function BriefArticle({ doc }: { doc: BriefDocument }) {
  return (
    <article className="brief-document" aria-label={doc.title}>
      <Blocks blocks={doc.blocks} />
    </article>
  );
}
