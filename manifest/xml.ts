// A minimal XML writer: elements as data, text and attributes escaped in one place.

export interface XmlElement {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly (XmlElement | string)[];
}

export function el(
  name: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: (XmlElement | string | undefined | false)[]
): XmlElement {
  return {
    name,
    attrs,
    children: children.filter((c): c is XmlElement | string => c !== undefined && c !== false),
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function renderXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
}

function render(node: XmlElement, depth: number): string {
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  const children = node.children ?? [];
  if (children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (children.every((child) => typeof child === "string")) {
    return `${pad}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join("")}</${node.name}>`;
  }
  const inner = children
    .map((child) => (typeof child === "string" ? `${pad}  ${escapeXml(child)}` : render(child, depth + 1)))
    .join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}
