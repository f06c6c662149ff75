/**
 * A small, strict XML reader for the manifest test: elements, attributes and text, with a check
 * that every tag is closed in order. It is not a general parser (no DTDs, no CDATA), which is fine
 * for a file we write ourselves; being strict is the point — a typo fails the test.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string): string => text.replace(/&(lt|gt|amp|quot|apos);/g, (_whole, name: string) => ENTITIES[name] ?? '');

export function parseXml(source: string): XmlElement {
  const body = source.replace(/^\uFEFF?<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let consumed = 0;
  for (let match = tag.exec(body); match !== null; match = tag.exec(body)) {
    if (match.index !== consumed) throw new Error(`Unreadable XML near: ${body.slice(consumed, consumed + 60)}`);
    consumed = tag.lastIndex;
    const [, closing, name, rawAttributes, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (top === undefined) throw new Error('XML has content after its root element closed.');
    if (text !== undefined) {
      top.text += decode(text);
      continue;
    }
    if (name === undefined) continue;
    if (closing === '/') {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>.`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (rawAttributes ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      attributes[attribute[1] ?? ''] = decode(attribute[2] ?? '');
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (consumed !== body.length) throw new Error('XML ends in the middle of a tag.');
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name ?? '?'}> is never closed.`);
  const [document] = root.children;
  if (document === undefined || root.children.length !== 1) throw new Error('XML must have exactly one root element.');
  return document;
}

/** Every descendant (depth first), the element itself included. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`<${element.name}> has no <${name}>.`);
  return found;
}

export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}
