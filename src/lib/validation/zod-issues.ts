import type { z } from 'astro/zod';
import { message, shownValue as shown, typeName } from '../../schemas/messages';
import { closest } from './closest';

type Issue = z.core.$ZodIssue;

/** What an issue says, with the path of the field it concerns and whether it points at a key rather than a value. */
export interface ExplainedIssue {
  path: PropertyKey[];
  message: string;
  /** Point at the key (an unknown field) rather than the value. */
  atKey?: boolean;
  /** The field is missing: point at its parent. */
  missing?: boolean;
}

/** The value at a path inside parsed data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Our own messages already carry `→`; zod's defaults never do. */
const isOurs = (text: string) => text.includes(' → ');

/**
 * Explains one zod issue in catalogue words. `data` is the parsed input (for the value found), `knownKeys` the
 * fields the object at that place accepts (for "did you mean"), `textFile` whether the file holds text only.
 */
export function explainIssue(
  issue: Issue,
  data: unknown,
  options: { knownKeys?: (path: readonly PropertyKey[]) => readonly string[]; textFile?: string | undefined } = {},
): ExplainedIssue[] {
  const path = [...issue.path];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_union': {
      // The branch that got furthest explains best: ours first, then the one with the fewest complaints.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const ours = branches.find((branch) => branch.every((inner) => isOurs(inner.message)));
      const best = ours ?? [...branches].sort((a, b) => a.length - b.length)[0];
      if (isOurs(issue.message) || !best)
        return [
          {
            path,
            message: isOurs(issue.message) ? issue.message : message('field.type', { expected: typeName('string'), found: shown(value) }),
          },
        ];
      return best.flatMap((inner) => explainIssue({ ...inner, path: [...path, ...inner.path] } as Issue, data, options));
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = options.knownKeys?.(path) ?? [];
        const suggestion = closest(key, known);
        const asFact = options.textFile && !suggestion;
        return {
          path: [...path, key],
          atKey: true,
          message: asFact
            ? message('field.factInText', { key, factsFile: options.textFile })
            : message('field.unknown', { key, suggestion }),
        };
      });
    default:
      break;
  }
  if (isOurs(issue.message)) return [{ path, message: issue.message, missing: value === undefined }];
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [{ path, missing: true, message: message('field.missing', { expected: typeName(issue.expected) }) }];
      if (issue.expected === 'int') return [{ path, message: message('number.integer', { value: String(value) }) }];
      return [{ path, message: message('field.type', { expected: typeName(issue.expected), found: shown(value) }) }];
    case 'too_small':
      if (issue.origin === 'string')
        return [
          {
            path,
            message: message(String(value ?? '').length === 0 ? 'text.empty' : 'text.tooShort', {
              min: Number(issue.minimum),
              length: String(value ?? '').length,
            }),
          },
        ];
      if (issue.origin === 'array' || issue.origin === 'set')
        return [{ path, message: message('list.tooShort', { min: Number(issue.minimum) }) }];
      return [{ path, message: message('number.tooSmall', { value: String(value), min: Number(issue.minimum) }) }];
    case 'too_big':
      if (issue.origin === 'string')
        return [{ path, message: message('text.tooLong', { max: Number(issue.maximum), length: String(value ?? '').length }) }];
      return [{ path, message: message('number.tooBig', { value: String(value), max: Number(issue.maximum) }) }];
    case 'invalid_value': {
      const options_ = issue.values.map(String);
      return [
        {
          path,
          message: message('value.enum', {
            value: String(value),
            options: options_.join(', '),
            suggestion: closest(String(value), options_),
          }),
        },
      ];
    }
    default:
      return [{ path, message: message('field.type', { expected: issue.message, found: shown(value) }) }];
  }
}
