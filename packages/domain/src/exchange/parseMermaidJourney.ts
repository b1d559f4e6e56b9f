import { createId } from '../ids.js';
import { liftIdeaLinks } from '../records/Idea.js';
import {
  findReferenceProblems,
  journeyContentSchema,
  journeyMetaSchema,
  type JourneyContent,
  type JourneyMeta,
} from '../records/JourneyMap.js';
import { EMOTION_MAX, EMOTION_MIN } from '../records/Touchpoint.js';
import { findUnsafeText } from '../records/findUnsafeText.js';
import { createDefaultLanes } from '../templates/createJourneyContent.js';
import { escapeMermaidText } from './escapeMermaidText.js';
import { isMermaidCommentKind, readMermaidComment } from './mermaidComment.js';
import { MermaidFormatError } from './MermaidFormatError.js';
import {
  MERMAID_SCORE_MAX,
  MERMAID_SCORE_MIN,
  emotionToMermaidScore,
  mermaidScoreToEmotion,
} from './mermaidScore.js';
import { MERMAID_COMMENT_VERSION } from './toMermaidJourney.js';

/** A journey map read from Mermaid: what a new map needs (no id, no workspace bookkeeping). */
export interface MermaidJourney {
  meta: JourneyMeta;
  content: JourneyContent;
}

/** The title a map gets when the Mermaid text has no `title` line. */
export const UNTITLED_MERMAID_JOURNEY = 'Untitled journey';

type Data = Record<string, unknown>;
interface Noted {
  data: Data;
  line: number;
}
interface TaskLine {
  name: string;
  score: number;
  line: number;
  positionInSection: number;
  note: Noted | null;
}
interface SectionLine {
  name: string;
  line: number;
  note: Noted | null;
  tasks: TaskLine[];
}

type ContentKind = keyof JourneyContent;
const SINGULAR: Record<ContentKind, string> = {
  phases: 'phase',
  lanes: 'lane',
  touchpoints: 'touchpoint',
  painPoints: 'pain point',
  ideas: 'idea',
};

function isEmotion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX;
}

/** The original text from a comment when it still matches the (escaped) text on the line; else the line's text. */
function restoreText(lineText: string, noted: unknown, kind: 'title' | 'section' | 'task'): string {
  return typeof noted === 'string' && escapeMermaidText(noted, kind) === lineText ? noted : lineText;
}

function withoutKeys(data: Data, keys: readonly string[]): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) if (!keys.includes(key)) out[key] = value;
  return out;
}

/**
 * Reads a Mermaid `journey` diagram into a journey map. Text written by `toMermaidJourney` comes back
 * exactly (its `%% trailmap` comments carry ids and every field Mermaid cannot hold); plain Mermaid
 * written by hand imports too: each section becomes a phase, each task a touchpoint in channel `other`
 * with its emotion from the score, with new ids and the default lanes. Edits made in Mermaid win over
 * the comments: a renamed task or a changed score is taken from the task line; a task moved to another
 * section moves to that phase. Actors are not read (personas are linked through the comments).
 * Throws a `MermaidFormatError` naming the line and the reason.
 */
export function parseMermaidJourney(text: string): MermaidJourney {
  const lines = text.split(/\r\n|\r|\n/);
  let index = 0;
  const lineNumber = () => index + 1;
  const fail: (reason: string, line?: number) => never = (reason, line = lineNumber()) => {
    throw new MermaidFormatError(line, reason);
  };

  // Front matter (`---` … `---`), blank lines and plain comments may come before `journey`.
  const isBlankOrComment = (line: string) => line === '' || line.startsWith('%%');
  while (index < lines.length && isBlankOrComment((lines[index] ?? '').trim())) index++;
  if ((lines[index] ?? '').trim() === '---') {
    const start = index;
    index++;
    while (index < lines.length && (lines[index] ?? '').trim() !== '---') index++;
    if (index >= lines.length) fail('front matter opened with --- is never closed', start + 1);
    index++;
    while (index < lines.length && isBlankOrComment((lines[index] ?? '').trim())) index++;
  }
  if (index >= lines.length) fail('empty text: a Mermaid journey starts with `journey`', 1);
  const first = (lines[index] ?? '').trim();
  if (!/^journey$/i.test(first))
    fail(`a Mermaid journey starts with \`journey\`, not \`${first.slice(0, 40)}\``);
  const journeyLine = lineNumber();
  index++;

  let title: { text: string; line: number } | null = null;
  let journeyNote: Noted | null = null;
  const laneNotes: Noted[] = [];
  const painPointNotes: Noted[] = [];
  const ideaNotes: Noted[] = [];
  const sections: SectionLine[] = [];
  /** The task line a touchpoint comment describes: the one just above it (comments and blank lines aside). */
  let described: TaskLine | null = null;

  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;

    if (line.startsWith('%%')) {
      const comment = readMermaidComment(line);
      if (!comment) continue;
      if (!isMermaidCommentKind(comment.kind)) fail(`unknown trailmap comment kind "${comment.kind}"`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(comment.json);
      } catch {
        fail(`the trailmap ${comment.kind} comment does not hold valid JSON`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        fail(`the trailmap ${comment.kind} comment must hold a JSON object`);
      // Its JSON can spell out characters the line itself does not show (`\u0000`): the text rule again.
      const unsafe = findUnsafeText(parsed, '')[0];
      if (unsafe) fail(`the trailmap ${comment.kind} comment: ${unsafe.path} ${unsafe.message}`);
      const noted: Noted = { data: parsed as Data, line: lineNumber() };
      switch (comment.kind) {
        case 'journey':
          if (journeyNote)
            fail(`a second trailmap journey comment (the first is on line ${journeyNote.line})`);
          journeyNote = noted;
          break;
        case 'lane':
          laneNotes.push(noted);
          break;
        case 'painPoint':
          painPointNotes.push(noted);
          break;
        case 'idea':
          ideaNotes.push(noted);
          break;
        case 'phase': {
          const section = sections.at(-1);
          if (!section || section.note) fail('a trailmap phase comment belongs under its `section` line');
          section.note = noted;
          break;
        }
        case 'touchpoint':
          if (!described || described.note)
            fail('a trailmap touchpoint comment belongs directly under its task line');
          described.note = noted;
          break;
      }
      continue;
    }

    if (/^accDescr\s*\{/i.test(line)) {
      const start = lineNumber();
      while (index < lines.length && !(lines[index] ?? '').includes('}')) index++;
      if (index >= lines.length) fail('accDescr { … } is never closed', start);
      described = null;
      continue;
    }
    if (/^acc(Title|Descr)\s*:/i.test(line)) {
      described = null;
      continue;
    }

    const titleMatch = /^title(?:\s+(.*))?$/i.exec(line);
    if (titleMatch) {
      if (title) fail(`a second title (the first is on line ${title.line})`);
      const titleText = (titleMatch[1] ?? '').trim();
      if (titleText === '') fail('the title is empty');
      title = { text: titleText, line: lineNumber() };
      described = null;
      continue;
    }

    const sectionMatch = /^section(?:\s+(.*))?$/i.exec(line);
    if (sectionMatch) {
      const name = (sectionMatch[1] ?? '').trim();
      if (name === '') fail('a section needs a name: `section <phase name>`');
      const section: SectionLine = { name, line: lineNumber(), note: null, tasks: [] };
      sections.push(section);
      described = null;
      continue;
    }

    // Anything else is a task line: `Task name: <score 1-5>: Actor, Actor`.
    const section = sections.at(-1);
    if (!section) fail('a task line before the first `section` line');
    const parts = line.split(':');
    const name = (parts[0] ?? '').trim();
    if (name === '') fail('a task line needs a name: `Task name: <score 1-5>: Actors`');
    const scoreText = (parts[1] ?? '').trim();
    if (parts.length < 2 || scoreText === '')
      fail(`the task "${name}" has no score: write \`${name}: <score 1-5>: Actors\``);
    const score = Number(scoreText);
    if (!Number.isInteger(score) || score < MERMAID_SCORE_MIN || score > MERMAID_SCORE_MAX)
      fail(`the score of "${name}" must be a whole number from 1 to 5, got "${scoreText}"`);
    const task: TaskLine = {
      name,
      score,
      line: lineNumber(),
      positionInSection: section.tasks.length,
      note: null,
    };
    section.tasks.push(task);
    described = task;
  }

  // Meta: the title line wins over the comment unless the comment holds the unescaped form of it.
  const journeyData = journeyNote?.data ?? {};
  const commentVersion = journeyData.formatVersion;
  if (commentVersion !== undefined) {
    if (typeof commentVersion !== 'number' || !Number.isInteger(commentVersion) || commentVersion < 1)
      fail('formatVersion must be a whole number ≥ 1', journeyNote?.line);
    if ((commentVersion as number) > MERMAID_COMMENT_VERSION)
      fail(
        `written by a newer Trailmap (comment format ${String(commentVersion)}, this one reads ${MERMAID_COMMENT_VERSION}); upgrade Trailmap`,
        journeyNote?.line,
      );
  }
  const metaTitle = title
    ? restoreText(title.text, journeyData.title, 'title')
    : typeof journeyData.title === 'string'
      ? journeyData.title
      : UNTITLED_MERMAID_JOURNEY;
  const meta = journeyMetaSchema.safeParse({
    ...withoutKeys(journeyData, ['formatVersion']),
    title: metaTitle,
  });
  if (!meta.success) {
    const issue = meta.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    fail(
      `journey ${path}: ${issue?.message ?? 'invalid'}`,
      path === 'title' && title ? title.line : (journeyNote?.line ?? journeyLine),
    );
  }

  // Content, remembering the line of every item for error messages.
  const itemLines: Record<ContentKind, number[]> = {
    phases: [],
    lanes: [],
    touchpoints: [],
    painPoints: [],
    ideas: [],
  };
  const phases: Data[] = [];
  const touchpoints: { data: Data; position: unknown; line: number }[] = [];
  for (const section of sections) {
    const data = section.note?.data ?? {};
    const phaseId = typeof data.id === 'string' ? data.id : createId('phase');
    phases.push({ ...data, id: phaseId, name: restoreText(section.name, data.name, 'section') });
    itemLines.phases.push(section.note?.line ?? section.line);
    for (const task of section.tasks) {
      const noted = task.note?.data ?? {};
      const keepsNotedEmotion =
        'emotion' in noted &&
        (!isEmotion(noted.emotion) || emotionToMermaidScore(noted.emotion) === task.score);
      touchpoints.push({
        data: {
          ...withoutKeys(noted, ['index']),
          id: typeof noted.id === 'string' ? noted.id : createId('touchpoint'),
          phaseId,
          order: 'order' in noted ? noted.order : task.positionInSection,
          title: restoreText(task.name, noted.title, 'task'),
          channel: 'channel' in noted ? noted.channel : 'other',
          emotion: keepsNotedEmotion ? noted.emotion : mermaidScoreToEmotion(task.score),
        },
        position: noted.index,
        line: task.note?.line ?? task.line,
      });
    }
  }

  // Touchpoints go back to their array order when every one carries a distinct position.
  const positions = touchpoints.map((t) => t.position);
  const isPermutation =
    positions.every((p) => typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < positions.length) &&
    new Set(positions).size === positions.length;
  if (isPermutation) touchpoints.sort((a, b) => (a.position as number) - (b.position as number));
  itemLines.touchpoints = touchpoints.map((t) => t.line);

  const withId = (notes: Noted[], kind: 'lane' | 'painPoint' | 'idea', key: ContentKind): Data[] =>
    notes.map((n) => {
      itemLines[key].push(n.line);
      return { ...n.data, id: typeof n.data.id === 'string' ? n.data.id : createId(kind) };
    });
  const lanes = laneNotes.length > 0 ? withId(laneNotes, 'lane', 'lanes') : createDefaultLanes();
  if (laneNotes.length === 0) itemLines.lanes = lanes.map(() => journeyLine);

  const candidate = {
    phases,
    lanes,
    touchpoints: touchpoints.map((t) => t.data),
    painPoints: withId(painPointNotes, 'painPoint', 'painPoints'),
    ideas: withId(ideaNotes, 'idea', 'ideas').map(liftIdeaLinks),
  };
  const lineOf = (path: readonly PropertyKey[]): number => {
    const [kind, position] = path;
    if (typeof kind === 'string' && kind in itemLines && typeof position === 'number')
      return itemLines[kind as ContentKind][position] ?? journeyLine;
    return journeyLine;
  };
  const describe = (path: readonly PropertyKey[]): string => {
    const [kind, , ...rest] = path;
    const label = typeof kind === 'string' && kind in SINGULAR ? SINGULAR[kind as ContentKind] : String(kind);
    return rest.length > 0 ? `${label} ${rest.map(String).join('.')}` : label;
  };
  const content = journeyContentSchema.safeParse(candidate);
  if (!content.success) {
    const issue = content.error.issues[0];
    const path = issue?.path ?? [];
    fail(`${describe(path)}: ${issue?.message ?? 'invalid'}`, lineOf(path));
  }
  const problem = findReferenceProblems(content.data)[0];
  if (problem) fail(`${describe(problem.path)}: ${problem.message}`, lineOf(problem.path));
  return { meta: meta.data, content: content.data };
}
