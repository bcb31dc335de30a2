/**
 * Checks and compiles the MDX explanations. The checks are plain text scans (fast, and
 * they report the line); compilation is mdx-bundler's, whose syntax errors carry a line too.
 */
import { bundleMDX } from 'mdx-bundler';
import type { Problem } from '../graph/problems';
import { remarkSectionLinks } from './remark-section-links';
import { QUOTE_MAX_CHARS, SECTIONS } from '../graph/schema';

/** The components an explanation may use; anything else is a typo. */
export const MDX_COMPONENTS = ['NodeLink', 'Quote'] as const;

export interface MdxQuote {
  line: number;
  section: string;
  text: string;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The `<Quote section="…">…</Quote>` quotations of one file, for the verbatim check. */
export function quotesIn(source: string): MdxQuote[] {
  const out: MdxQuote[] = [];
  for (const m of source.matchAll(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g)) {
    out.push({ line: lineAt(source, m.index), section: attr(m[1] ?? '', 'section') ?? '', text: m[2] ?? '' });
  }
  return out;
}

/** Problems a text scan can find: unknown components, node links to missing nodes, bad quotes. */
export function scanMdx(source: string, file: string, id: string, nodeIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (index: number) => `line ${lineAt(source, index)}`;
  for (const m of source.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    const name = m[1] ?? '';
    if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
      problems.push({
        file,
        id,
        field: at(m.index),
        message: `unknown component <${name}>`,
        fix: `use one of ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      });
    }
  }
  for (const m of source.matchAll(/<NodeLink\b([^>]*)>/g)) {
    const target = attr(m[1] ?? '', 'id');
    if (target === undefined) {
      problems.push({
        file,
        id,
        field: at(m.index),
        message: '<NodeLink> has no id',
        fix: 'write <NodeLink id="node-id">text</NodeLink>',
      });
    } else if (!nodeIds.has(target)) {
      problems.push({
        file,
        id,
        field: at(m.index),
        message: `<NodeLink> points to "${target}", which is not a node`,
        fix: 'correct the id (ids are listed in graph/data/*.yaml) or remove the link',
      });
    }
  }
  for (const q of quotesIn(source)) {
    const length = q.text.replace(/\s+/g, '').length;
    if (!(SECTIONS as readonly string[]).includes(q.section)) {
      problems.push({
        file,
        id,
        field: `line ${q.line}`,
        message: `<Quote> has section "${q.section}"`,
        fix: `give section="…" one of ${SECTIONS.join(', ')}`,
      });
    }
    if (length === 0 || length > QUOTE_MAX_CHARS) {
      problems.push({
        file,
        id,
        field: `line ${q.line}`,
        message: length === 0 ? '<Quote> is empty' : `<Quote> is ${length} characters long`,
        fix: `quote one clause or sentence of the paper, at most ${QUOTE_MAX_CHARS} characters`,
      });
    }
  }
  return problems;
}

export type CompileResult = { ok: true; code: string } | { ok: false; problem: Problem };

interface EsbuildLikeError {
  errors: { text: string; location: { line: number } | null }[];
}
const isEsbuildError = (e: unknown): e is EsbuildLikeError =>
  typeof e === 'object' && e !== null && 'errors' in e && Array.isArray(e.errors);

export async function compileMdx(source: string, file: string, id: string): Promise<CompileResult> {
  try {
    const { code } = await bundleMDX({
      source,
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      // "§2.2.1" in the prose becomes a link to that section of the paper page.
      mdxOptions: (options) => {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkSectionLinks];
        return options;
      },
    });
    return { ok: true, code };
  } catch (error) {
    const first = isEsbuildError(error) ? error.errors[0] : undefined;
    const message = first
      ? first.text.replace(/^Cannot process MDX file with esbuild:\s*/, '').replace(/^\d+:\d+:\s*/, '')
      : String(error);
    return {
      ok: false,
      problem: {
        file,
        id,
        field: first?.location ? `line ${first.location.line}` : '(MDX)',
        message: `MDX syntax error: ${message.split('\n')[0]}`,
        fix: 'correct the MDX at that line (close every tag, quote attribute values, escape a literal "<" or "{" as &lt; or \\{)',
      },
    };
  }
}
