import { openSource, type SourceInput } from './openSource.js';
import { parseTimestamp } from './parseTimestamp.js';
import { ImportError, type ImportRow, type Parser, type ProgressListener } from './types.js';
import { convertValue, decodeEntities, XmlReferenceError, type XesValue } from './xesValues.js';

export interface XesOptions {
  /** Attribute keys whose values, joined by `+`, name the activity (pm4py's classifier); default `concept:name`. */
  classifier?: readonly string[];
  /** Event or case attribute (case ones as `case:key`) that holds the channel. */
  channelKey?: string;
  /** Event or case attribute that holds the customer id. */
  customerKey?: string;
  /** Rows per yielded batch. */
  batchSize?: number;
  /** Longest tag accepted, in characters (guards against a runaway line). */
  maxTagChars?: number;
}

type AttributeValue = XesValue;
type Attributes = Record<string, AttributeValue>;

const attributeTags = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);
const defaultMaxTagChars = 1 << 20;

/** Attributes as parallel arrays (keys are interned, so lookups compare identities first). */
interface AttributeList {
  keys: string[];
  values: AttributeValue[];
}

interface PendingEvent extends AttributeList {
  line: number;
}

const newList = (): AttributeList => ({ keys: [], values: [] });

function findValue(list: AttributeList, key: string): AttributeValue | undefined {
  const keys = list.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return list.values[i];
  return undefined;
}

function setValue(list: AttributeList, key: string, value: AttributeValue): void {
  const keys = list.keys;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === key) {
      list.values[i] = value;
      return;
    }
  }
  keys.push(key);
  list.values.push(value);
}

/** The fast path's tags: string, date, id, int, float, boolean. */
type AttributeKind = 's' | 'd' | 'i' | 'n' | 'f' | 'b';
const attributeTagNames: Record<AttributeKind, string> = {
  s: 'string',
  d: 'date',
  i: 'id',
  n: 'int',
  f: 'float',
  b: 'boolean',
};
const attributePrefixes: Record<AttributeKind, string> = {
  s: '<string key="',
  d: '<date key="',
  i: '<id key="',
  n: '<int key="',
  f: '<float key="',
  b: '<boolean key="',
};

/** A streaming XES / XES.gz parser: a hand-written scanner over the (gunzipped) text. */
export const parseXes: Parser<XesOptions> = async function* (
  input: SourceInput,
  options: XesOptions,
  onProgress?: ProgressListener,
) {
  const source = openSource(input);
  const scanner = new XesScanner(source.name, options);
  const batchSize = options.batchSize ?? 8192;
  let rowsEmitted = 0;
  for await (const chunk of source.chunks) {
    scanner.feed(chunk);
    while (scanner.rows.length >= batchSize) {
      const out = scanner.rows.splice(0, batchSize);
      rowsEmitted += out.length;
      onProgress?.({ rows: rowsEmitted, bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal });
      yield out;
    }
  }
  scanner.finish();
  const rest = scanner.rows;
  rowsEmitted += rest.length;
  onProgress?.({ rows: rowsEmitted, bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal });
  if (rest.length) yield rest;
};

class XesScanner {
  rows: ImportRow[] = [];
  private readonly classifier: readonly string[];
  private readonly maxTagChars: number;
  private readonly stack: string[] = [];
  private traceAttributes: AttributeList | null = null;
  private traceEvents: PendingEvent[] = [];
  private eventAttributes: AttributeList | null = null;
  /** Interned attribute keys by length, so repeated keys are not sliced out of the text again. */
  private readonly keysByLength: string[][] = [];
  private eventLine = 0;
  private rootSeen = false;
  /** Unconsumed text; `line` is the line number at position `lineCursor` of `buf`. */
  private buf = '';
  private line = 1;
  private lineCursor = 0;

  constructor(
    private readonly file: string,
    private readonly options: XesOptions,
  ) {
    this.classifier = options.classifier?.length ? options.classifier : ['concept:name'];
    this.maxTagChars = options.maxTagChars ?? defaultMaxTagChars;
  }

  feed(chunk: string): void {
    const buf = this.buf.length ? flatten(this.buf + chunk) : chunk;
    this.buf = buf;
    const i = this.scan(buf);
    this.lineAt(i);
    if (buf.length - i > this.maxTagChars)
      this.fail(`a tag or text run longer than ${this.maxTagChars} characters`, i);
    this.buf = buf.slice(i);
    this.lineCursor = 0;
  }

  finish(): void {
    if (!this.rootSeen)
      throw new ImportError('no XML elements: the file holds no XES log', {
        file: this.file,
        line: this.line,
      });
    if (this.buf.trim().length > 0 || this.stack.length > 0) {
      const open = this.stack.length
        ? `<${this.stack[this.stack.length - 1]}> is never closed`
        : 'an unfinished tag';
      this.fail(`unexpected end of document: ${open}`, this.buf.length);
    }
  }

  /** Consumes complete tags of `buf`; returns the position of the first unconsumed character. */
  private scan(buf: string): number {
    const n = buf.length;
    let i = 0;
    for (;;) {
      const lt = buf.indexOf('<', i);
      if (lt === -1) return n;
      if (lt + 1 >= n) return lt;
      const c = buf.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        const isComment = buf.startsWith('<!--', lt);
        const end = isComment ? buf.indexOf('-->', lt + 4) : buf.indexOf('>', lt);
        if (end === -1) return lt;
        i = end + (isComment ? 3 : 1);
      } else if (c === 63 /* ? */) {
        const end = buf.indexOf('?>', lt);
        if (end === -1) return lt;
        i = end + 2;
      } else if (c === 47 /* / */) {
        const end = buf.indexOf('>', lt);
        if (end === -1) return lt;
        const name = buf.slice(lt + 2, end).trim();
        const top = this.stack.pop();
        if (top !== name) {
          this.fail(
            top === undefined
              ? `malformed XML: unexpected </${name}>`
              : `malformed XML: </${name}> closes <${top}>`,
            lt,
          );
        }
        this.closeTag(name);
        i = end + 1;
      } else if (this.scanAttributeTag(buf, lt)) {
        i = this.fastEnd;
      } else {
        const tag = this.readOpenTag(buf, lt);
        if (tag === null) return lt;
        if (tag === 'malformed') return this.fail('malformed XML: cannot read this tag', lt);
        this.openTag(tag.name, tag.attributes, tag.selfClosing, lt);
        i = tag.end;
      }
    }
  }

  private fastEnd = 0;

  /**
   * Fast path for the common `<string key="k" value="v"/>` child of a trace or event: no attribute object,
   * no generic scanning. Returns false (and consumes nothing) whenever the tag has any other shape.
   */
  private scanAttributeTag(buf: string, lt: number): boolean {
    const stack = this.stack;
    const parent = stack[stack.length - 1];
    let list: AttributeList | null;
    if (parent === 'event') list = this.eventAttributes;
    else if (parent === 'trace') list = this.traceAttributes;
    else return false;
    // One comparison per tag: the first letters pick the only candidate `<name key="`.
    let kind: AttributeKind;
    switch (buf.charCodeAt(lt + 1)) {
      case 115 /* s */:
        kind = 's';
        break;
      case 100 /* d */:
        kind = 'd';
        break;
      case 105 /* i */:
        kind = buf.charCodeAt(lt + 2) === 110 /* n */ ? 'n' : 'i';
        break;
      case 102 /* f */:
        kind = 'f';
        break;
      case 98 /* b */:
        kind = 'b';
        break;
      default:
        return false;
    }
    const prefix = attributePrefixes[kind];
    if (!buf.startsWith(prefix, lt)) return false;
    const keyStart = lt + prefix.length;
    const keyEnd = buf.indexOf('"', keyStart);
    if (keyEnd === -1 || !buf.startsWith(' value="', keyEnd + 1)) return false;
    const valueStart = keyEnd + 9;
    const valueEnd = buf.indexOf('"', valueStart);
    if (valueEnd === -1) return false;
    let end = valueEnd + 1;
    if (buf.charCodeAt(end) !== 47 /* / */) {
      while (end < buf.length && buf.charCodeAt(end) === 32) end++;
      if (buf.charCodeAt(end) !== 47 /* / */) return false;
    }
    if (buf.charCodeAt(end + 1) !== 62 /* > */) return false;
    const key = this.internKey(buf, keyStart, keyEnd);
    if (key === null) return false;
    const raw = buf.slice(valueStart, valueEnd);
    if (raw.includes('<')) return false;
    const text = raw.includes('&') ? this.decode(raw, valueStart) : raw;
    // string, date and id values stay text; only int, float and boolean are converted
    const value =
      kind === 's' || kind === 'd' || kind === 'i' ? text : convertValue(attributeTagNames[kind], text);
    if (list) setValue(list, key, value);
    this.fastEnd = end + 2;
    return true;
  }

  /** The key between `start` and `end`, from the interned ones when seen before; null when it needs decoding. */
  private internKey(buf: string, start: number, end: number): string | null {
    const length = end - start;
    const bucket = this.keysByLength[length];
    if (bucket) {
      for (const key of bucket) if (buf.startsWith(key, start)) return key;
    }
    const key = buf.slice(start, end);
    if (key.includes('&') || key.includes('<')) return null;
    const interned = Buffer.from(key, 'utf8').toString('utf8');
    if (!bucket) this.keysByLength[length] = [interned];
    else if (bucket.length < 64) bucket.push(interned);
    return interned;
  }

  private lineAt(pos: number): number {
    const buf = this.buf;
    for (let i = buf.indexOf('\n', this.lineCursor); i !== -1 && i < pos; i = buf.indexOf('\n', i + 1))
      this.line++;
    this.lineCursor = pos;
    return this.line;
  }

  private fail(reason: string, pos: number): never {
    throw new ImportError(reason, { file: this.file, line: this.lineAt(pos) });
  }

  /** Decodes the references of a value that starts at `start` of the buffer; a bad one fails at its line. */
  private decode(raw: string, start: number): string {
    try {
      return decodeEntities(raw);
    } catch (error) {
      if (error instanceof XmlReferenceError) this.fail(error.message, start + error.index);
      throw error;
    }
  }

  /** `scanOpenTag`, failing at the line of a reference it cannot decode. */
  private readOpenTag(buf: string, lt: number): OpenTag | null | 'malformed' {
    try {
      return scanOpenTag(buf, lt);
    } catch (error) {
      if (error instanceof XmlReferenceError) this.fail(error.message, error.index);
      throw error;
    }
  }

  private openTag(name: string, attrs: Record<string, string>, selfClosing: boolean, pos: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'log') this.fail(`not an XES log: the root element is <${name}>, expected <log>`, pos);
    } else if (parent === undefined) {
      this.fail(`malformed XML: a second root element <${name}>`, pos);
    }
    if (name === 'trace' && parent === 'log') {
      this.traceAttributes = newList();
      this.traceEvents = [];
    } else if (name === 'event' && parent === 'trace') {
      this.eventAttributes = newList();
      this.eventLine = this.lineAt(pos);
    } else if (parent === 'event' || parent === 'trace') {
      const key = attrs.key;
      if (key !== undefined && attributeTags.has(name) && name !== 'list' && name !== 'container') {
        const value = convertValue(name, attrs.value ?? '');
        if (parent === 'event' && this.eventAttributes) setValue(this.eventAttributes, key, value);
        else if (parent === 'trace' && this.traceAttributes) setValue(this.traceAttributes, key, value);
      }
    }
    if (!selfClosing) this.stack.push(name);
    else this.closeTag(name);
  }

  private closeTag(name: string): void {
    const parent = this.stack[this.stack.length - 1];
    if (name === 'event' && parent === 'trace' && this.eventAttributes) {
      this.traceEvents.push({
        keys: this.eventAttributes.keys,
        values: this.eventAttributes.values,
        line: this.eventLine,
      });
      this.eventAttributes = null;
    } else if (name === 'trace' && parent === 'log') {
      this.flushTrace();
    }
  }

  private flushTrace(): void {
    const trace = this.traceAttributes ?? newList();
    const caseValue = findValue(trace, 'concept:name');
    const caseId = caseValue === undefined ? null : String(caseValue);
    const caseKeys: string[] = [];
    const caseValues: AttributeValue[] = [];
    trace.keys.forEach((key, i) => {
      if (key === 'concept:name') return;
      caseKeys.push(`case:${key}`);
      caseValues.push(trace.values[i] as AttributeValue);
    });
    const caseAttributes: AttributeList = { keys: caseKeys, values: caseValues };
    const events = this.traceEvents;
    for (let index = 0; index < events.length; index++) {
      this.rows.push(this.toRow(events[index] as PendingEvent, index, caseId, caseAttributes));
    }
    this.traceEvents = [];
    this.traceAttributes = null;
  }

  private toRow(
    event: PendingEvent,
    index: number,
    caseId: string | null,
    caseAttributes: AttributeList,
  ): ImportRow {
    const file = this.file;
    let activity = '';
    for (let k = 0; k < this.classifier.length; k++) {
      const key = this.classifier[k] as string;
      const value = findValue(event, key);
      if (value === undefined) {
        throw new ImportError(`event has no "${key}" attribute (needed by the classifier)`, {
          file,
          line: event.line,
        });
      }
      activity = k === 0 ? String(value) : `${activity}+${String(value)}`;
    }
    const stamp = findValue(event, 'time:timestamp');
    if (stamp === undefined)
      throw new ImportError('event has no "time:timestamp" attribute', { file, line: event.line });
    const tsMs = typeof stamp === 'string' ? parseTimestamp(stamp) : Number.NaN;
    if (Number.isNaN(tsMs)) {
      throw new ImportError(`unparsable timestamp "${String(stamp)}"`, {
        file,
        line: event.line,
        field: 'time:timestamp',
      });
    }
    const properties: Attributes = {};
    for (let i = 0; i < caseAttributes.keys.length; i++) {
      properties[caseAttributes.keys[i] as string] = caseAttributes.values[i] as AttributeValue;
    }
    let id: AttributeValue | undefined;
    for (let i = 0; i < event.keys.length; i++) {
      const key = event.keys[i] as string;
      if (key === 'time:timestamp' || key === 'concept:name') continue;
      if (key === 'identity:id') id = event.values[i];
      properties[key] = event.values[i] as AttributeValue;
    }
    return {
      eventId: id !== undefined ? String(id) : `${caseId ?? ''}/${index}`,
      caseId,
      customerId: pickAttribute(event, caseAttributes, this.options.customerKey),
      anonymousId: null,
      tsMs,
      startTsMs: null,
      activity,
      channel: pickAttribute(event, caseAttributes, this.options.channelKey),
      source: 'xes',
      properties,
      nps: null,
      csat: null,
      ces: null,
      sourceLine: event.line,
    };
  }
}

function pickAttribute(
  event: AttributeList,
  caseAttributes: AttributeList,
  key: string | undefined,
): string | null {
  if (!key) return null;
  const value = findValue(event, key) ?? findValue(caseAttributes, key);
  return value === undefined ? null : String(value);
}

interface OpenTag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Reads `<name a="x" b='y'>` or `.../>` starting at `lt`; null when the buffer ends first. */
function scanOpenTag(buf: string, lt: number): OpenTag | null | 'malformed' {
  const n = buf.length;
  let i = lt + 1;
  while (i < n && !isNameEnd(buf.charCodeAt(i))) i++;
  if (i >= n) return null;
  const name = buf.slice(lt + 1, i);
  if (!name) return 'malformed';
  const attributes: Record<string, string> = {};
  for (;;) {
    while (i < n && isSpace(buf.charCodeAt(i))) i++;
    if (i >= n) return null;
    const c = buf.charCodeAt(i);
    if (c === 62 /* > */) return { name, attributes, selfClosing: false, end: i + 1 };
    if (c === 47 /* / */) {
      if (i + 1 >= n) return null;
      if (buf.charCodeAt(i + 1) !== 62) return 'malformed';
      return { name, attributes, selfClosing: true, end: i + 2 };
    }
    const eq = buf.indexOf('=', i);
    if (eq === -1) return n - i > 4096 ? 'malformed' : null;
    const key = buf.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && isSpace(buf.charCodeAt(q))) q++;
    if (q >= n) return null;
    const quote = buf[q];
    if (quote !== '"' && quote !== "'") return 'malformed';
    if (!key || key.includes('<') || key.includes('>')) return 'malformed';
    const close = buf.indexOf(quote, q + 1);
    if (close === -1) return null;
    const raw = buf.slice(q + 1, close);
    if (raw.includes('<')) return 'malformed';
    attributes[key] = raw.includes('&') ? decodeValue(raw, q + 1) : raw;
    i = close + 1;
  }
}

/** Decodes an attribute value that starts at `start` of the buffer; a bad reference's index is the buffer's. */
function decodeValue(raw: string, start: number): string {
  try {
    return decodeEntities(raw);
  } catch (error) {
    if (error instanceof XmlReferenceError) throw new XmlReferenceError(error.reference, start + error.index);
    throw error;
  }
}

/** A concatenated (rope) string scans slowly in V8; copy it into one flat string. */
function flatten(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
}
