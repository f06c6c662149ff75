import { invalidArgument } from './errors';
import type { ConditionalFormatState } from './model';
import type { RangeTarget } from './rangeProxies';
import { ClientObject } from './request';

/**
 * Range.conditionalFormats (ExcelApi 1.6). Only the Custom type is implemented: it is the one the
 * layouts use; adding another type fails loudly rather than pretending.
 */

export class ConditionalFormatCollectionProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'ConditionalFormatCollection';
  protected readonly scalarProperties = [];
  protected snapshot(_target: RangeTarget, property: string): unknown {
    throw invalidArgument(`ConditionalFormatCollection has no property '${property}'.`);
  }

  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (type !== 'Custom') throw invalidArgument(`The test host implements only Custom conditional formats, not '${type}'.`);
      const target = this.bound();
      const created: ConditionalFormatState = { rect: target.rect, type, formula: '', format: {} };
      target.sheet.conditionalFormats.push(created);
      return created;
    });
  }

  clearAll(): void {
    this.call('clearAll', [], (t) => {
      t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length);
    });
  }
}

export class ConditionalFormatProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'ConditionalFormat';
  protected readonly scalarProperties = ['type'];
  private customProxy: CustomConditionalFormatProxy | undefined;
  protected snapshot(target: ConditionalFormatState, property: string): unknown {
    if (property === 'type') return target.type;
    throw invalidArgument(`ConditionalFormat has no property '${property}'.`);
  }
  get type(): string {
    return this.read('type');
  }
  get custom(): CustomConditionalFormatProxy {
    this.customProxy ??= new CustomConditionalFormatProxy(
      this.context,
      `${this.path}.custom`,
      this.child((t) => t),
    );
    return this.customProxy;
  }
}

export class CustomConditionalFormatProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'CustomConditionalFormat';
  protected readonly scalarProperties = [];
  private ruleProxy: ConditionalFormatRuleProxy | undefined;
  private formatProxy: ConditionalRangeFormatProxy | undefined;
  protected snapshot(_target: ConditionalFormatState, property: string): unknown {
    throw invalidArgument(`CustomConditionalFormat has no property '${property}'.`);
  }
  get rule(): ConditionalFormatRuleProxy {
    this.ruleProxy ??= new ConditionalFormatRuleProxy(
      this.context,
      `${this.path}.rule`,
      this.child((t) => t),
    );
    return this.ruleProxy;
  }
  get format(): ConditionalRangeFormatProxy {
    this.formatProxy ??= new ConditionalRangeFormatProxy(
      this.context,
      `${this.path}.format`,
      this.child((t) => t),
    );
    return this.formatProxy;
  }
}

export class ConditionalFormatRuleProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'ConditionalFormatRule';
  protected readonly scalarProperties = ['formula'];
  protected snapshot(target: ConditionalFormatState, property: string): unknown {
    if (property === 'formula') return target.formula;
    throw invalidArgument(`ConditionalFormatRule has no property '${property}'.`);
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write('formula', value, (t) => {
      if (typeof value !== 'string' || !value.startsWith('=')) throw invalidArgument('A conditional format formula starts with "=".');
      t.formula = value;
    });
  }
}

export class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'ConditionalRangeFormat';
  protected readonly scalarProperties = [];
  private fontProxy: ConditionalFontProxy | undefined;
  private fillProxy: ConditionalFillProxy | undefined;
  protected snapshot(_target: ConditionalFormatState, property: string): unknown {
    throw invalidArgument(`ConditionalRangeFormat has no property '${property}'.`);
  }
  get font(): ConditionalFontProxy {
    this.fontProxy ??= new ConditionalFontProxy(
      this.context,
      `${this.path}.font`,
      this.child((t) => t),
    );
    return this.fontProxy;
  }
  get fill(): ConditionalFillProxy {
    this.fillProxy ??= new ConditionalFillProxy(
      this.context,
      `${this.path}.fill`,
      this.child((t) => t),
    );
    return this.fillProxy;
  }
}

export class ConditionalFontProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'ConditionalRangeFont';
  protected readonly scalarProperties = ['bold', 'color'];
  protected snapshot(target: ConditionalFormatState, property: string): unknown {
    if (property === 'bold') return target.format.bold ?? null;
    if (property === 'color') return target.format.fontColor ?? null;
    throw invalidArgument(`ConditionalRangeFont has no property '${property}'.`);
  }
  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.write('bold', value, (t) => (t.format.bold = value));
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value, (t) => (t.format.fontColor = value));
  }
}

export class ConditionalFillProxy extends ClientObject<ConditionalFormatState> {
  protected readonly typeName = 'ConditionalRangeFill';
  protected readonly scalarProperties = ['color'];
  protected snapshot(target: ConditionalFormatState, property: string): unknown {
    if (property === 'color') return target.format.fill ?? null;
    throw invalidArgument(`ConditionalRangeFill has no property '${property}'.`);
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value, (t) => (t.format.fill = value));
  }
}
