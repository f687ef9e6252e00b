// Policy documents (Markdown) split into their numbered sections: the unit that is embedded,
// searched and cited. Pure: text in, sections out.
//
// A document is `# Title`, an optional preamble (version, owner, review date: not a section), then
// `## N. Heading` sections. A section runs to the next `## ` heading and keeps any `###`
// sub-headings in its text. Section ids are `<document id>#<N>`: they depend on the file name and
// the section number only, so editing a section's wording keeps every citation of it valid.

export interface PolicySection {
  /** `<documentId>#<number>`, e.g. "collections-code-of-conduct#4". */
  id: string;
  documentId: string;
  documentTitle: string;
  number: number;
  heading: string;
  /** The section's paragraphs, separated by blank lines; hard-wrapped lines joined. */
  text: string;
}

export interface PolicyDocument {
  /** The file name without `.md`, e.g. "lending-policy". */
  id: string;
  title: string;
  /** Text between the title and the first section (version, approval, owner). */
  preamble: string;
  sections: PolicySection[];
}

export class PolicyDocumentError extends Error {
  constructor(documentId: string, message: string) {
    super(`policy document "${documentId}": ${message}`);
    this.name = 'PolicyDocumentError';
  }
}

const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TITLE = /^#\s+(.+?)\s*$/;
const SECTION = /^##\s+(\d+)\.\s+(.+?)\s*$/;

/** Parses one document; throws PolicyDocumentError on a missing title, a bad heading or a duplicate number. */
export function parsePolicyDocument(id: string, markdown: string): PolicyDocument {
  if (!DOCUMENT_ID.test(id)) throw new PolicyDocumentError(id, 'the id must be lower-case words joined by hyphens');
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  const title = TITLE.exec(lines[titleAt] ?? '')?.[1];
  if (titleAt < 0 || !title || lines[titleAt]!.startsWith('##')) throw new PolicyDocumentError(id, 'must start with a "# Title" line');

  const preamble: string[] = [];
  const sections: PolicySection[] = [];
  let current: { number: number; heading: string; lines: string[] } | null = null;
  const close = () => {
    if (!current) return;
    const text = paragraphs(current.lines);
    if (!text) throw new PolicyDocumentError(id, `section ${current.number} ("${current.heading}") is empty`);
    sections.push({ id: `${id}#${current.number}`, documentId: id, documentTitle: title, number: current.number, heading: current.heading, text });
  };

  for (const line of lines.slice(titleAt + 1)) {
    if (/^##\s/.test(line)) {
      const m = SECTION.exec(line);
      if (!m) throw new PolicyDocumentError(id, `"${line.trim()}" is not a numbered section heading ("## N. Heading")`);
      close();
      const number = Number(m[1]);
      if (sections.some((s) => s.number === number)) throw new PolicyDocumentError(id, `section ${number} appears twice`);
      current = { number, heading: m[2]!, lines: [] };
    } else if (/^#\s/.test(line)) {
      throw new PolicyDocumentError(id, `a second title "${line.trim()}"`);
    } else {
      (current?.lines ?? preamble).push(line);
    }
  }
  close();
  if (sections.length === 0) throw new PolicyDocumentError(id, 'has no "## N. Heading" sections');
  return { id, title, preamble: paragraphs(preamble), sections };
}

/** Paragraphs of a block: hard-wrapped lines joined with a space, paragraphs kept apart by one blank line. */
export function paragraphs(lines: string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') flush();
    else paragraph.push(line);
  }
  flush();
  return out.join('\n\n');
}
