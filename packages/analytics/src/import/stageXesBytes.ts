import { isUtf8 } from 'node:buffer';
import { ByteSink } from './ByteSink.js';
import { parseTimestamp } from './parseTimestamp.js';
import { parseTimestampBytes } from './parseTimestampBytes.js';
import { convertValue, decodeEntities, XmlReferenceError } from './xesValues.js';

/**
 * The fast XES path: a byte-level scanner that writes the events of a well-formed, plainly written XES log
 * straight into two delimited staging texts for DuckDB (`\x01` between fields, `\n` after each row, no
 * quoting — a value that would need it sends the whole file to the precise path):
 *
 * - events: `pos, case_no, index_in_case, event_id (empty: derived), ts_ms, activity, properties` where
 *   properties is the event's part of the JSON object, without braces;
 * - cases: `case_no, case_id, properties` (the `case:<key>` part of the JSON object).
 *
 * No string is made per value: values are copied as bytes. It produces exactly what `parseXes` + the loader
 * store (same activity, event ids, timestamps, properties JSON text), and gives up — throwing
 * `XesFastPathUnsupported` — on anything it does not read exactly like `parseXes`: malformed or unusual
 * XML, nested or list attributes in traces and events, entities or control characters where they would
 * need decoding or escaping in a key or an activity, references XML does not define (`&lol6;`: refused, as
 * `parseXes` refuses them), keys that a JavaScript object would reorder, repeated keys, missing case names,
 * invalid UTF-8, a log without events. The precise path then reads the file and reports what is wrong
 * with line numbers.
 */
export class XesFastPathUnsupported extends Error {
  constructor(reason: string) {
    super(`XES fast path not applicable: ${reason}`);
    this.name = 'XesFastPathUnsupported';
  }
}

export interface XesStagingOptions {
  /** Attribute keys whose values, joined by `+`, name the activity; default `concept:name`. */
  classifier?: readonly string[];
  /** Longest tag accepted, in bytes (as `parseXes`' `maxTagChars`). */
  maxTagBytes?: number;
}

/**
 * Where the staged rows go: a batch of whole traces (events and their cases) whenever about 4 MB of events
 * are ready, and at the end. The bytes are views that are only valid during the call.
 */
export interface XesStagingOutput {
  batch(events: Uint8Array, cases: Uint8Array): void;
}

const enum Kind {
  Text = 0, // string, date, id: the value is text
  Int = 1,
  Float = 2,
  Boolean = 3,
  /** Added to the kind when the value holds `&`, `\\` or a control byte. */
  NeedsDecoding = 4,
}

const enum Special {
  None = 0,
  ConceptName = 1,
  Timestamp = 2,
  IdentityId = 3,
}

interface KeyEntry {
  id: number;
  bytes: Buffer;
  /** `"key":` as JSON. */
  json: Buffer;
  /** `"case:key":` as JSON. */
  caseJson: Buffer;
  special: Special;
  /** A key a JavaScript object would not keep in insertion order, or would not keep at all. */
  unordered: boolean;
  /** An event key that collides with a case key (`case:…`). */
  caseLike: boolean;
}

const SEP = 0x01;
const NL = 0x0a;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const AMP = 0x26;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const defaultMaxTagBytes = 1 << 20;
const flushBytes = 4 << 20;

const kindTags = ['string', 'int', 'float', 'boolean'] as const;

/** The fast path's attribute tags: `<name key="` for each kind. */
const attributeTags: { prefix: Buffer; kind: Kind }[] = [
  { prefix: Buffer.from('<string key="'), kind: Kind.Text },
  { prefix: Buffer.from('<date key="'), kind: Kind.Text },
  { prefix: Buffer.from('<id key="'), kind: Kind.Text },
  { prefix: Buffer.from('<int key="'), kind: Kind.Int },
  { prefix: Buffer.from('<float key="'), kind: Kind.Float },
  { prefix: Buffer.from('<boolean key="'), kind: Kind.Boolean },
];
/** The attribute tag starting at `lt`, told by its first letters; undefined for any other tag. */
function attributeTagFor(buf: Uint8Array, lt: number): (typeof attributeTags)[number] | undefined {
  let tag: (typeof attributeTags)[number] | undefined;
  switch (buf[lt + 1]) {
    case 0x73 /* s */:
      tag = attributeTags[0];
      break;
    case 0x64 /* d */:
      tag = attributeTags[1];
      break;
    case 0x69 /* i */:
      tag = buf[lt + 2] === 0x6e /* n */ ? attributeTags[3] : attributeTags[2];
      break;
    case 0x66 /* f */:
      tag = attributeTags[4];
      break;
    case 0x62 /* b */:
      tag = attributeTags[5];
      break;
    default:
      return undefined;
  }
  return tag && startsWith(buf, lt, tag.prefix) ? tag : undefined;
}

const valueInfix = Buffer.from(' value="');
const openTrace = Buffer.from('<trace>');
const closeTrace = Buffer.from('</trace>');
const openEvent = Buffer.from('<event>');
const closeEvent = Buffer.from('</event>');
const genericTag = /^<([A-Za-z_:][\w:.-]*)(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>$/;

function startsWith(buf: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > buf.length) return false;
  for (let k = 0; k < prefix.length; k++) if (buf[at + k] !== prefix[k]) return false;
  return true;
}

const enum ByteClass {
  Plain = 0,
  Quote = 1,
  Less = 2,
  /** `&`, `\\` or a control byte: the value needs decoding or escaping. */
  Special = 3,
}

/** The class of each byte inside an attribute value. */
const byteClass = new Uint8Array(256);
for (let c = 0; c < SPACE; c++) byteClass[c] = ByteClass.Special;
byteClass[AMP] = ByteClass.Special;
byteClass[BACKSLASH] = ByteClass.Special;
byteClass[QUOTE] = ByteClass.Quote;
byteClass[LT] = ByteClass.Less;

/** True when `buf[start, end)` needs no decoding and no JSON escaping: no `&`, `\`, `<` or control byte. */
function isPlain(buf: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = buf[k] as number;
    if (c < SPACE || c === AMP || c === BACKSLASH || c === LT) return false;
  }
  return true;
}

/** The decoded text of a value; a reference XML does not define sends the file to the precise path. */
function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  try {
    return decodeEntities(raw);
  } catch (error) {
    if (error instanceof XmlReferenceError)
      throw new XesFastPathUnsupported(`${error.message}: the precise path names its line`);
    throw error;
  }
}

/** The JSON value `parseXes` would store for an attribute of `kind` with raw text `raw`. */
function jsonValue(kind: Kind, raw: string): string {
  return JSON.stringify(convertValue(kindTags[kind & 3] ?? 'string', decodeText(raw)));
}

/**
 * Consumes gunzipped XES bytes chunk by chunk (`feed`, then `finish`) and writes the staging rows to
 * `output`. Counts: `events`, `cases`.
 */
export class XesStagingScanner {
  events = 0;
  cases = 0;
  /** Whether an event has its own id (identity:id) rather than `<case>/<index>`. */
  explicitIds = false;
  /** Whether two traces have the same case name. Without either, the event ids are all different. */
  repeatedCaseNames = false;
  private readonly caseNames = new Set<string>();
  private readonly maxTagBytes: number;
  private readonly eventSink = new ByteSink(flushBytes * 2);
  private readonly caseSink = new ByteSink(1 << 16);
  private readonly traceProps = new ByteSink(1 << 10);
  private readonly keysByLength: KeyEntry[][] = [];
  private readonly keys: KeyEntry[] = [];
  /** The keys of the last event (and trace) read, by position: the likely keys of the next one. */
  private readonly predictedKeys: KeyEntry[] = [];
  private readonly classifierIds: number[];
  /** Per key id: the serial of the event or trace that last used it (repeated keys are not supported). */
  private seenInEvent: number[] = [];
  private seenInTrace: number[] = [];
  private eventSerial = 0;
  private traceSerial = 0;
  /** Holds the unconsumed rest of the last chunk (at its start) followed by the next chunk. */
  private work: Buffer = Buffer.allocUnsafe(1 << 16);
  private tailLength = 0;
  /** Open elements outside traces (the log and its header elements). */
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private inTrace = false;
  private traceCaseId: Buffer | null = null;
  private traceEventCount = 0;
  // the attributes of the event being read: key id, kind, value span
  private attrCount = 0;
  private attrKey = new Int32Array(64);
  private attrKind = new Int32Array(64);
  private attrStart = new Int32Array(64);
  private attrEnd = new Int32Array(64);

  constructor(
    private readonly output: XesStagingOutput,
    options: XesStagingOptions = {},
  ) {
    this.maxTagBytes = options.maxTagBytes ?? defaultMaxTagBytes;
    const classifier = options.classifier?.length ? options.classifier : ['concept:name'];
    this.classifierIds = classifier.map((key) => {
      const bytes = Buffer.from(key, 'utf8');
      return this.internKey(bytes, 0, bytes.length).id;
    });
  }

  /** Scans `chunk` (following the earlier ones). */
  feed(chunk: Buffer): void {
    let buf = chunk;
    if (this.tailLength > 0) {
      this.reserve(this.tailLength + chunk.length);
      chunk.copy(this.work, this.tailLength);
      buf = this.work.subarray(0, this.tailLength + chunk.length);
    }
    const consumed = this.scan(buf);
    if (!isUtf8(buf.subarray(0, consumed))) throw new XesFastPathUnsupported('invalid UTF-8');
    const rest = buf.length - consumed;
    if (rest > this.maxTagBytes) throw new XesFastPathUnsupported('a very long tag');
    if (rest > this.work.length) this.work = Buffer.allocUnsafe(rest * 2);
    buf.copy(this.work, 0, consumed);
    this.tailLength = rest;
  }

  /** Makes the work buffer hold at least `bytes`, keeping the unconsumed rest. */
  private reserve(bytes: number): void {
    if (bytes <= this.work.length) return;
    const next = Buffer.allocUnsafe(Math.max(bytes, this.work.length * 2));
    this.work.copy(next, 0, 0, this.tailLength);
    this.work = next;
  }

  /** Checks that the document ended properly and hands over the last rows. */
  finish(): void {
    if (!this.rootSeen || !this.rootClosed || this.inTrace || this.stack.length > 0)
      throw new XesFastPathUnsupported('the document is incomplete');
    if (this.events === 0) throw new XesFastPathUnsupported('no events');
    for (let k = 0; k < this.tailLength; k++) {
      const c = this.work[k] as number;
      if (c !== SPACE && c !== NL && c !== 0x09 && c !== 0x0d)
        throw new XesFastPathUnsupported('trailing text');
    }
    if (this.caseSink.length) this.flushBatch();
  }

  /** Consumes whole elements of `buf`; returns where the unconsumed rest starts. */
  private scan(buf: Buffer): number {
    const n = buf.length;
    let i = 0;
    for (;;) {
      let lt = i;
      while (lt < n && buf[lt] !== LT) lt++;
      if (lt === n) return this.suspend(i);
      const end = this.inEvent
        ? this.scanEventChild(buf, lt)
        : this.inTrace
          ? this.scanTraceChild(buf, lt)
          : this.scanOutside(buf, lt);
      if (end === -1) return this.suspend(lt);
      i = end;
    }
  }

  /**
   * Where to continue once more bytes came: an unfinished event is read again from its `<event>` tag (its
   * attribute spans point into this buffer); everything else was consumed tag by tag.
   */
  private suspend(at: number): number {
    if (!this.inEvent) return at;
    this.inEvent = false;
    this.attrCount = 0;
    return this.eventStart;
  }

  private inEvent = false;
  private eventStart = 0;

  /** A child of `<event>`: an attribute tag or `</event>`. Returns the end, or -1 when the buffer ends first. */
  private scanEventChild(buf: Buffer, lt: number): number {
    if (buf[lt + 1] === SLASH) {
      if (lt + closeEvent.length > buf.length) return -1;
      if (!startsWith(buf, lt, closeEvent))
        throw new XesFastPathUnsupported('unexpected closing tag in an event');
      this.writeEvent(buf);
      this.inEvent = false;
      return lt + closeEvent.length;
    }
    if (buf[lt + 1] === 0x21 /* ! */) return this.skipComment(buf, lt);
    const end = this.scanAttribute(buf, lt);
    if (end === -1) return -1;
    const count = this.attrCount;
    if (count === this.attrKey.length) this.growAttributes();
    this.attrKey[count] = this.lastKey;
    this.attrKind[count] = this.lastKind;
    this.attrStart[count] = this.lastValueStart;
    this.attrEnd[count] = this.lastValueEnd;
    this.attrCount = count + 1;
    return end;
  }

  /** A child of `<trace>`: `<event>`, an attribute tag or `</trace>`. */
  private scanTraceChild(buf: Buffer, lt: number): number {
    if (buf[lt + 1] === SLASH) {
      if (lt + closeTrace.length > buf.length) return -1;
      if (!startsWith(buf, lt, closeTrace))
        throw new XesFastPathUnsupported('unexpected closing tag in a trace');
      this.writeCase();
      this.inTrace = false;
      return lt + closeTrace.length;
    }
    if (buf[lt + 1] === 0x21 /* ! */) return this.skipComment(buf, lt);
    if (lt + openEvent.length > buf.length) return -1;
    if (startsWith(buf, lt, openEvent)) {
      this.inEvent = true;
      this.eventStart = lt;
      this.attrCount = 0;
      this.eventSerial++;
      return lt + openEvent.length;
    }
    const end = this.scanAttribute(buf, lt);
    if (end === -1) return -1;
    this.addTraceAttribute(buf);
    return end;
  }

  private lastKey = 0;
  private lastKind: Kind = Kind.Text;
  private lastValueStart = 0;
  private lastValueEnd = 0;

  /** `<kind key="k" value="v"/>`, exactly so; sets the `last*` fields. -1 when the buffer ends first. */
  private scanAttribute(buf: Buffer, lt: number): number {
    const n = buf.length;
    if (lt + 16 > n) return -1;
    const tag = attributeTagFor(buf, lt);
    if (tag === undefined) throw new XesFastPathUnsupported('an unusual tag in a trace');
    const keyStart = lt + tag.prefix.length;
    // most events repeat the previous event's keys in the same order: try that key first
    const slot = this.attrCount;
    const predicted = this.predictedKeys[slot];
    let key: KeyEntry;
    let keyEnd: number;
    if (predicted !== undefined && this.matchesKey(buf, keyStart, predicted.bytes)) {
      key = predicted;
      keyEnd = keyStart + predicted.bytes.length;
    } else {
      keyEnd = keyStart;
      while (keyEnd < n && buf[keyEnd] !== QUOTE) keyEnd++;
      if (keyEnd + valueInfix.length >= n) return -1;
      key = this.internKey(buf, keyStart, keyEnd);
      this.predictedKeys[slot] = key;
    }
    if (keyEnd + valueInfix.length >= n) return -1;
    if (!startsWith(buf, keyEnd + 1, valueInfix))
      throw new XesFastPathUnsupported('an unusual attribute tag');
    const valueStart = keyEnd + 1 + valueInfix.length;
    let valueEnd = valueStart;
    let plain = true;
    for (; valueEnd < n; valueEnd++) {
      const c = byteClass[buf[valueEnd] as number] as number;
      if (c === 0) continue;
      if (c === ByteClass.Quote) break;
      if (c === ByteClass.Less) throw new XesFastPathUnsupported('"<" in a value');
      plain = false;
    }
    let end = valueEnd + 1;
    while (end < n && buf[end] === SPACE) end++;
    if (end + 1 >= n) return -1;
    if (buf[end] !== SLASH || buf[end + 1] !== GT) throw new XesFastPathUnsupported('a nested attribute');
    this.lastKey = key.id;
    this.lastKind = plain ? tag.kind : tag.kind | Kind.NeedsDecoding;
    this.lastValueStart = valueStart;
    this.lastValueEnd = valueEnd;
    return end + 2;
  }

  /** Whether `buf` holds `key` followed by the closing quote at `at`. */
  private matchesKey(buf: Buffer, at: number, key: Buffer): boolean {
    const length = key.length;
    if (buf[at + length] !== QUOTE) return false;
    for (let k = 0; k < length; k++) if (buf[at + k] !== key[k]) return false;
    return true;
  }

  private addTraceAttribute(buf: Buffer): void {
    const key = this.keys[this.lastKey] as KeyEntry;
    if (this.seenInTrace[key.id] === this.traceSerial)
      throw new XesFastPathUnsupported('a repeated trace key');
    this.seenInTrace[key.id] = this.traceSerial;
    const start = this.lastValueStart;
    const end = this.lastValueEnd;
    if (key.special === Special.ConceptName) {
      if (this.lastKind !== Kind.Text) throw new XesFastPathUnsupported('a case name that needs decoding');
      this.traceCaseId = Buffer.from(buf.subarray(start, end));
      return;
    }
    if (key.unordered) throw new XesFastPathUnsupported('a key an object would reorder');
    const props = this.traceProps;
    if (props.length) props.byte(0x2c);
    props.bytes(key.caseJson, 0, key.caseJson.length);
    this.writeValue(props, buf, this.lastKind, start, end);
  }

  private writeValue(sink: ByteSink, buf: Buffer, kind: Kind, start: number, end: number): void {
    if (kind === Kind.Text) {
      sink.byte(QUOTE);
      sink.bytes(buf, start, end);
      sink.byte(QUOTE);
    } else {
      sink.text(jsonValue(kind & ~Kind.NeedsDecoding, buf.toString('utf8', start, end)));
    }
  }

  /** Tags outside traces: the declaration, comments, the log and its header elements, `<trace>`. */
  private scanOutside(buf: Buffer, lt: number): number {
    const next = buf[lt + 1];
    if (next === 0x21 /* ! */) return this.skipComment(buf, lt);
    if (next === 0x3f /* ? */) {
      const end = buf.indexOf('?>', lt);
      return end === -1 ? -1 : end + 2;
    }
    if (this.stack.length === 1 && this.stack[0] === 'log' && lt + openTrace.length <= buf.length) {
      if (startsWith(buf, lt, openTrace)) {
        this.inTrace = true;
        this.traceSerial++;
        this.traceCaseId = null;
        this.traceEventCount = 0;
        this.traceProps.clear();
        return lt + openTrace.length;
      }
    }
    const end = this.findTagEnd(buf, lt);
    if (end === -1) return -1;
    const text = buf.toString('utf8', lt, end);
    if (next === SLASH) {
      const name = text.slice(2, -1).trim();
      if (this.stack.pop() !== name) throw new XesFastPathUnsupported('mismatched closing tag');
      if (this.stack.length === 0) this.rootClosed = true;
      return end;
    }
    const m = genericTag.exec(text);
    if (!m) throw new XesFastPathUnsupported('a tag it cannot read');
    // the header's values are not stored, but parseXes decodes them: a bad reference fails there too
    if (text.includes('&')) decodeText(text);
    const name = m[1] as string;
    if (!this.rootSeen) {
      if (name !== 'log') throw new XesFastPathUnsupported('the root is not <log>');
      this.rootSeen = true;
    } else if (this.stack.length === 0) throw new XesFastPathUnsupported('a second root element');
    if (name === 'trace' && this.stack.length === 1)
      throw new XesFastPathUnsupported('a trace with attributes');
    if (m[2] !== '/') this.stack.push(name);
    else if (this.stack.length === 0) this.rootClosed = true;
    return end;
  }

  /** The end (after `>`) of the tag at `lt`, outside quoted values; -1 when the buffer ends first. */
  private findTagEnd(buf: Buffer, lt: number): number {
    let quote = 0;
    for (let k = lt + 1; k < buf.length; k++) {
      const c = buf[k] as number;
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === 0x27) quote = c;
      else if (c === GT) return k + 1;
      else if (c === LT) throw new XesFastPathUnsupported('"<" inside a tag');
    }
    return -1;
  }

  private skipComment(buf: Buffer, lt: number): number {
    if (lt + 4 > buf.length) return -1;
    if (buf[lt + 2] !== 0x2d || buf[lt + 3] !== 0x2d) throw new XesFastPathUnsupported('a declaration');
    const end = buf.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }

  private writeEvent(buf: Buffer): void {
    const sink = this.eventSink;
    const count = this.attrCount;
    const serial = this.eventSerial;
    let stamp = -1;
    let id = -1;
    for (let a = 0; a < count; a++) {
      const key = this.keys[this.attrKey[a] as number] as KeyEntry;
      if (this.seenInEvent[key.id] === serial) throw new XesFastPathUnsupported('a repeated event key');
      this.seenInEvent[key.id] = serial;
      if (key.special === Special.Timestamp) stamp = a;
      else if (key.special === Special.IdentityId) id = a;
    }
    if (stamp === -1 || ((this.attrKind[stamp] as number) & 3) !== Kind.Text)
      throw new XesFastPathUnsupported('an event without a text timestamp');
    const stampStart = this.attrStart[stamp] as number;
    const stampEnd = this.attrEnd[stamp] as number;
    let tsMs = parseTimestampBytes(buf, stampStart, stampEnd);
    if (Number.isNaN(tsMs)) {
      const raw = buf.toString('utf8', stampStart, stampEnd);
      tsMs = parseTimestamp(decodeText(raw));
      if (Number.isNaN(tsMs)) throw new XesFastPathUnsupported('an unparsable timestamp');
    }
    sink.int(this.events);
    sink.byte(SEP);
    sink.int(this.cases);
    sink.byte(SEP);
    sink.int(this.traceEventCount);
    sink.byte(SEP);
    if (id !== -1) {
      this.writePlainText(sink, buf, id, 'an identity:id');
      this.explicitIds = true;
    }
    sink.byte(SEP);
    sink.int(tsMs);
    sink.byte(SEP);
    const classifier = this.classifierIds;
    for (let k = 0; k < classifier.length; k++) {
      const a = this.findAttribute(classifier[k] as number);
      if (a === -1) throw new XesFastPathUnsupported('an event without a classifier key');
      if (k > 0) sink.byte(0x2b /* + */);
      this.writePlainText(sink, buf, a, 'an activity');
    }
    sink.byte(SEP);
    let first = true;
    for (let a = 0; a < count; a++) {
      const key = this.keys[this.attrKey[a] as number] as KeyEntry;
      if (key.special === Special.Timestamp || key.special === Special.ConceptName) continue;
      if (key.unordered || key.caseLike) throw new XesFastPathUnsupported('a key an object would reorder');
      if (!first) sink.byte(0x2c);
      first = false;
      sink.bytes(key.json, 0, key.json.length);
      this.writeValue(
        sink,
        buf,
        this.attrKind[a] as Kind,
        this.attrStart[a] as number,
        this.attrEnd[a] as number,
      );
    }
    sink.byte(NL);
    this.events++;
    this.traceEventCount++;
  }

  private findAttribute(keyId: number): number {
    for (let a = 0; a < this.attrCount; a++) if (this.attrKey[a] === keyId) return a;
    return -1;
  }

  /** A text value copied as is (it must be plain text, non-empty, and not a number or boolean). */
  private writePlainText(sink: ByteSink, buf: Buffer, a: number, what: string): void {
    const start = this.attrStart[a] as number;
    const end = this.attrEnd[a] as number;
    if (this.attrKind[a] !== Kind.Text || end === start)
      throw new XesFastPathUnsupported(`${what} that needs decoding`);
    sink.bytes(buf, start, end);
  }

  private writeCase(): void {
    if (this.traceCaseId === null || this.traceCaseId.length === 0)
      throw new XesFastPathUnsupported('a trace without a case name');
    const name = this.traceCaseId.toString('utf8');
    if (this.caseNames.has(name)) this.repeatedCaseNames = true;
    else this.caseNames.add(name);
    const sink = this.caseSink;
    sink.int(this.cases);
    sink.byte(SEP);
    sink.bytes(this.traceCaseId, 0, this.traceCaseId.length);
    sink.byte(SEP);
    sink.bytes(this.traceProps.view(), 0, this.traceProps.length);
    sink.byte(NL);
    this.cases++;
    if (this.eventSink.length >= flushBytes) this.flushBatch();
  }

  private flushBatch(): void {
    this.output.batch(this.eventSink.view(), this.caseSink.view());
    this.eventSink.clear();
    this.caseSink.clear();
  }

  private internKey(buf: Uint8Array, start: number, end: number): KeyEntry {
    const length = end - start;
    const bucket = this.keysByLength[length];
    if (bucket) {
      for (const entry of bucket) {
        const bytes = entry.bytes;
        let k = 0;
        while (k < length && bytes[k] === buf[start + k]) k++;
        if (k === length) return entry;
      }
    }
    if (length === 0 || !isPlain(buf, start, end))
      throw new XesFastPathUnsupported('a key that needs decoding');
    const bytes = Buffer.from(buf.subarray(start, end));
    const name = bytes.toString('utf8');
    const entry: KeyEntry = {
      id: this.keys.length,
      bytes,
      json: Buffer.from(`${JSON.stringify(name)}:`),
      caseJson: Buffer.from(`${JSON.stringify(`case:${name}`)}:`),
      special:
        name === 'concept:name'
          ? Special.ConceptName
          : name === 'time:timestamp'
            ? Special.Timestamp
            : name === 'identity:id'
              ? Special.IdentityId
              : Special.None,
      unordered: /^\d+$/.test(name) || name === '__proto__',
      caseLike: name.startsWith('case:'),
    };
    this.keys.push(entry);
    if (bucket) bucket.push(entry);
    else this.keysByLength[length] = [entry];
    if (this.keys.length > 100_000) throw new XesFastPathUnsupported('too many distinct keys');
    return entry;
  }

  private growAttributes(): void {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.attrKey = grow(this.attrKey);
    this.attrKind = grow(this.attrKind);
    this.attrStart = grow(this.attrStart);
    this.attrEnd = grow(this.attrEnd);
  }
}
