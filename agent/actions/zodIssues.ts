/** Turns zod issues into the flat, readable form ValidationError carries. */
import type { z } from 'zod';
import type { ValidationIssue } from './ValidationError.ts';

export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
