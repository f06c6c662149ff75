import { guardCells } from './protection';
import { overlaps } from './addresses';
import { HostError, invalidArgument } from './errors';
import type { ValidationState } from './model';
import type { RangeTarget } from './rangeProxies';
import { ClientObject } from './request';

/**
 * Range.dataValidation (ExcelApi 1.8), checked the way Excel checks it: one rule kind at a time,
 * operators that need two operands get two, a literal list is at most 255 characters, a prompt
 * title at most 32 characters and a message at most 255.
 */

const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];

function checkRule(rule: unknown): Record<string, unknown> {
  if (typeof rule !== 'object' || rule === null) throw invalidArgument('A data validation rule is an object.');
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined || !RULE_KINDS.includes(kind))
    throw invalidArgument(`A data validation rule has exactly one of ${RULE_KINDS.join(', ')}.`);
  const body = (rule as Record<string, Record<string, unknown>>)[kind] ?? {};
  if (kind === 'list') {
    const source = body.source;
    if (typeof source !== 'string' || source.length === 0) throw invalidArgument('A list rule needs a source.');
    if (!source.startsWith('=') && source.length > 255)
      throw invalidArgument('A list typed into the rule is limited to 255 characters; point the list at a range.');
  } else if (kind === 'custom') {
    if (typeof body.formula !== 'string') throw invalidArgument('A custom rule needs a formula.');
  } else {
    if (typeof body.operator !== 'string' || !OPERATORS.includes(body.operator))
      throw invalidArgument(`'${String(body.operator)}' is not a data validation operator.`);
    if (body.formula1 === undefined || body.formula1 === '') throw invalidArgument('The rule needs formula1.');
    if ((body.operator === 'Between' || body.operator === 'NotBetween') && (body.formula2 === undefined || body.formula2 === '')) {
      throw invalidArgument('Between needs formula2.');
    }
  }
  return rule as Record<string, unknown>;
}

function checkText(value: unknown, limit: number, what: string): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > limit)) throw invalidArgument(`${what} is limited to ${limit} characters.`);
}

/** The validation record covering exactly this range, created on first use. */
function validationFor(target: RangeTarget): ValidationState {
  const r = target.rect;
  const same = target.sheet.validations.find((v) => v.rect.top === r.top && v.rect.left === r.left && v.rect.bottom === r.bottom && v.rect.right === r.right);
  if (same) return same;
  // Excel splits an existing rule when a new one covers part of it; the host refuses instead, so
  // an adapter that stacks rules by accident finds out.
  if (target.sheet.validations.some((v) => overlaps(v.rect, r))) {
    throw new HostError('InvalidOperation', 'The range overlaps another data validation range; clear it first.');
  }
  const created: ValidationState = { rect: r, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
  target.sheet.validations.push(created);
  return created;
}

export class DataValidationProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';
  protected readonly scalarProperties = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks', 'type'];
  protected override guard(target: RangeTarget, change: string): void {
    guardCells(target.sheet, change);
  }

  protected snapshot(target: RangeTarget, property: string): unknown {
    const found = target.sheet.validations.find((v) => overlaps(v.rect, target.rect));
    switch (property) {
      case 'rule':
        return found?.rule ?? {};
      case 'prompt':
        return found?.prompt ?? { showPrompt: false, title: '', message: '' };
      case 'errorAlert':
        return found?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
      case 'ignoreBlanks':
        return found?.ignoreBlanks ?? true;
      case 'type': {
        const kind = found?.rule ? Object.keys(found.rule)[0] : undefined;
        return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'None';
      }
      default:
        throw invalidArgument(`DataValidation has no property '${property}'.`);
    }
  }

  get rule(): unknown {
    return this.read('rule');
  }
  set rule(value: unknown) {
    this.write('rule', value, (t) => {
      validationFor(t).rule = checkRule(value);
    });
  }
  get prompt(): unknown {
    return this.read('prompt');
  }
  set prompt(value: { showPrompt?: boolean; title?: string; message?: string }) {
    this.write('prompt', value, (t) => {
      checkText(value.title, 32, 'A prompt title');
      checkText(value.message, 255, 'A prompt message');
      validationFor(t).prompt = { ...value };
    });
  }
  get errorAlert(): unknown {
    return this.read('errorAlert');
  }
  set errorAlert(value: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.write('errorAlert', value, (t) => {
      checkText(value.title, 32, 'An error alert title');
      checkText(value.message, 255, 'An error alert message');
      if (value.style !== undefined && !['Stop', 'Warning', 'Information'].includes(value.style))
        throw invalidArgument(`'${value.style}' is not an alert style.`);
      validationFor(t).errorAlert = { ...value };
    });
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value, (t) => {
      validationFor(t).ignoreBlanks = value;
    });
  }
  clear(): void {
    this.call('clear', [], (t) => {
      const keep = t.sheet.validations.filter((v) => !overlaps(v.rect, t.rect));
      t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
    });
  }
}
