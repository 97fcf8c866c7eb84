import type { z } from 'zod';

/** One validation problem: the dotted path of the field and what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Flattens zod issues to field paths (`root` for the value itself) and a one-line summary. */
export function describeIssues(
  error: z.ZodError,
  root: string,
): { issues: FieldIssue[]; summary: string } {
  const issues = error.issues.map((issue) => ({
    field: issue.path.length === 0 ? root : issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { issues, summary: issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') };
}
