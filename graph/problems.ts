/**
 * A validation problem names the file, the node or edge, the field and the fix, so an
 * author can mend the data without reading the validator. All checks collect problems
 * instead of stopping at the first, so one run shows everything that is wrong.
 */
import type { z } from 'zod';

export interface Problem {
  file: string;
  /** The node id, the edge id, or a position such as `nodes[3]` when the id itself is unreadable. */
  id: string;
  field: string;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.id} › ${p.field}: ${p.message}\n    fix: ${p.fix}`;
}

export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the framework data:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** Turns zod's issues into problems an author can act on. */
export function problemsFromZod(error: z.ZodError, file: string, id: string): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(whole entry)';
    return { file, id, field, message: issue.message, fix: fixFor(issue, field) };
  });
}

function fixFor(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add the required field "${field}" (${issue.expected})`
        : `make "${field}" a ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; the allowed fields are in graph/schema.ts`;
    case 'too_small':
      if (field.endsWith('citations'))
        return 'add a citation { section, quote, refs? } whose quote is a verbatim clause of the paper (at least one citation is required)';
      return issue.message.includes(':')
        ? issue.message.split(':').slice(1).join(':').trim()
        : `write "${field}": it may not be empty`;
    case 'invalid_format':
      return `write "${field}" in the expected format (${issue.format})`;
    default: {
      const after = issue.message.split(': ').slice(1).join(': ');
      return after.length > 0 ? after : `correct "${field}" (see graph/schema.ts)`;
    }
  }
}
