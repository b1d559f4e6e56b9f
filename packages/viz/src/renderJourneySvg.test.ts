import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import {
  findMoments,
  touchpointsInJourneyOrder,
  touchpointsInPhase,
  type JourneyMap,
} from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { JOURNEY_LABELS } from './journeyLabels.js';
import { renderJourneySvg } from './renderJourneySvg.js';
import { createDemoNowMap } from './testJourneys.js';

const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'output');
/** Set TRAILMAP_UPDATE_SNAPSHOTS=1 to rewrite the snapshot files after a deliberate change. */
const UPDATE = process.env['TRAILMAP_UPDATE_SNAPSHOTS'] === '1';

/** The text of every `<text>` element with this class, its lines joined by spaces. */
function textsOfClass(svg: string, className: string): string[] {
  const pattern = new RegExp(`<text[^>]*class="${className}"[^>]*>(.*?)</text>`, 'g');
  return [...svg.matchAll(pattern)].map((m) =>
    [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]).join(' '),
  );
}

/** x and width of the first `<rect>` in each group with this class, in document order. */
function rectsOfGroup(svg: string, className: string): { x: number; width: number; group: string }[] {
  const pattern = new RegExp(
    `<g class="${className}"><rect x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"(.*?)</g>`,
    'g',
  );
  return [...svg.matchAll(pattern)].map((m) => ({ x: Number(m[1]), width: Number(m[2]), group: m[3]! }));
}

const countOf = (svg: string, needle: string) => svg.split(needle).length - 1;

/** resvg parses XML strictly: it throws on anything that is not well-formed. */
function parsesAsSvg(svg: string): boolean {
  new Resvg(svg, { font: { loadSystemFonts: false } });
  return true;
}

function compareWithSnapshot(name: string, actual: string) {
  const file = join(OUTPUT_DIR, name);
  if (UPDATE || (!existsSync(file) && !process.env['CI'])) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `snapshot ${name} is missing; run with TRAILMAP_UPDATE_SNAPSHOTS=1`).toBe(true);
  expect(actual === readFileSync(file, 'utf8'), `${name} differs from its snapshot`).toBe(true);
}

describe('renderJourneySvg', () => {
  it('renderJourneySvg(demo map) draws the phases as columns in map order, numbered', () => {
    const { journey, personas } = createDemoNowMap();
    const svg = renderJourneySvg(journey, personas);
    expect(textsOfClass(svg, 'phase-name')).toEqual(['1 See', '2 Think', '3 Do', '4 Care', '5 Love']);
    const columns = rectsOfGroup(svg, 'phase-header');
    expect(columns).toHaveLength(5);
    for (let i = 1; i < columns.length; i++) expect(columns[i]!.x).toBeGreaterThan(columns[i - 1]!.x);
  });

  it('renderJourneySvg(demo map) draws one card per touchpoint, inside its phase column, left to right', () => {
    const { journey, personas } = createDemoNowMap();
    const svg = renderJourneySvg(journey, personas);
    const columns = rectsOfGroup(svg, 'phase-header');
    const cards = rectsOfGroup(svg, 'touchpoint-card');
    const ordered = touchpointsInJourneyOrder(journey.phases, journey.touchpoints);
    expect(cards).toHaveLength(journey.touchpoints.length);
    ordered.forEach((touchpoint, i) => {
      const phaseIndex = journey.phases.findIndex((p) => p.id === touchpoint.phaseId);
      const column = columns[phaseIndex]!;
      const card = cards[i]!;
      expect(card.x).toBeGreaterThanOrEqual(column.x);
      expect(card.x + card.width).toBeLessThanOrEqual(column.x + column.width + 2);
      expect(card.group).toContain(touchpoint.title.split(' ')[0]);
    });
    const think = journey.phases[1]!;
    const thinkCards = cards.slice(2, 5);
    expect(touchpointsInPhase(journey.touchpoints, think.id)).toHaveLength(3);
    expect(thinkCards.map((c) => c.x)).toEqual([...thinkCards.map((c) => c.x)].sort((a, b) => a - b));
    // the empty Love phase says so instead of drawing a card
    expect(svg).toContain('No touchpoints in this phase yet');
  });

  it('renderJourneySvg leaves hidden lanes out and keeps the map’s lane order', () => {
    const { journey, personas } = createDemoNowMap();
    const lanes = [...journey.lanes].reverse().map((lane) => ({
      ...lane,
      visible: lane.kind !== 'thinks-feels' && lane.kind !== 'backstage',
    }));
    const svg = renderJourneySvg({ ...journey, lanes }, personas);
    const kinds = [...svg.matchAll(/<g class="lane" data-kind="([a-z-]+)">/g)].map((m) => m[1]);
    expect(kinds).toEqual(lanes.filter((l) => l.visible).map((l) => l.kind));
    expect(textsOfClass(svg, 'lane-label')).not.toContain('Thinks & feels');
    expect(svg).not.toContain('Those look comfortable');
    expect(svg).not.toContain('Marketing (social media)');
  });

  it('renderJourneySvg draws a WOW star per WOW moment and a mark per touchpoint below expectation (findMoments)', () => {
    const { journey, personas } = createDemoNowMap();
    const moments = findMoments(journey);
    const svg = renderJourneySvg(journey, personas);
    // known answer, counted by hand: experience ≥ expectation + 2 at Instagram, free returns, the app
    // order and the human agent; below expectation at the ads, comparing, delivery, returning, chatbot
    expect([moments.wowCount, moments.painCount]).toEqual([4, 5]);
    expect(countOf(svg, 'class="wow-star"')).toBe(moments.wowCount);
    expect(countOf(svg, 'class="pain-mark"')).toBe(moments.painCount);
    expect(countOf(svg, 'class="emotion-curve"')).toBe(1);
    expect(countOf(svg, 'class="neutral-line"')).toBe(1);
  });

  it('renderJourneySvg escapes all user text: <script> and & in titles stay text', () => {
    const { journey, personas } = createDemoNowMap();
    const evil: JourneyMap = {
      ...journey,
      title: '<script>alert("x")</script> & Co',
      goal: 'Tom & Jerry\'s "goal" <b>',
      phases: journey.phases.map((p, i) => (i === 0 ? { ...p, name: '<img src=x onerror=alert(1)>' } : p)),
      touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, title: 'Fish & chips <3' } : t)),
      lanes: journey.lanes.map((l) =>
        l.kind === 'kpis' ? { ...l, title: '</text><script>', cells: { [journey.phases[0]!.id]: 'A&B' } } : l,
      ),
    };
    const named = personas.map((p) => ({ ...p, name: `${p.name} <i>&amp;</i>` }));
    const svg = renderJourneySvg(evil, named);
    expect(svg).not.toMatch(/<script|<img|<b>|<i>/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(svg).toContain('Fish &amp; chips &lt;3');
    expect(svg).toContain('A&amp;B');
    expect(svg).toContain('Sanne &lt;i&gt;&amp;amp;&lt;/i&gt;');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(parsesAsSvg(svg)).toBe(true);
  });

  it('renderJourneySvg(lang nl) labels lanes and the legend in Dutch, user text unchanged', () => {
    const { journey, personas } = createDemoNowMap();
    const svg = renderJourneySvg(journey, personas, { lang: 'nl' });
    const labels = textsOfClass(svg, 'lane-label');
    expect(labels).toContain(JOURNEY_LABELS.nl.lanes.touchpoints);
    expect(labels).toContain('Denkt &amp; voelt');
    expect(svg).toContain('Huidige situatie');
    expect(svg).toContain('Sees a trend on');
  });

  it('renderJourneySvg wraps long text and clips it with an ellipsis', () => {
    const { journey, personas } = createDemoNowMap();
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const svg = renderJourneySvg(
      {
        ...journey,
        touchpoints: journey.touchpoints.map((t, i) => (i === 0 ? { ...t, customerAction: long } : t)),
      },
      personas,
    );
    expect(svg).toContain('…');
    expect(svg).not.toContain('word199');
  });

  it('renderJourneySvg(phaseIndexes) draws only those phases, with the title, the lane labels and a page note', () => {
    const { journey, personas } = createDemoNowMap();
    const svg = renderJourneySvg(journey, personas, { phaseIndexes: [2, 3] });
    expect(textsOfClass(svg, 'phase-name')).toEqual(['3 Do', '4 Care']);
    expect(textsOfClass(svg, 'journey-title')).toEqual(['Buying shoes — now']);
    expect(textsOfClass(svg, 'lane-label')).toContain('Touchpoints');
    expect(textsOfClass(svg, 'page-note')).toEqual(['Phases 3–4 of 5']);
  });

  it('renderJourneySvg(a map without phases, lanes or personas) still draws a well-formed picture', () => {
    const { journey } = createDemoNowMap();
    const empty: JourneyMap = {
      ...journey,
      phases: [],
      lanes: [],
      touchpoints: [],
      painPoints: [],
      ideas: [],
    };
    const svg = renderJourneySvg(empty, []);
    expect(parsesAsSvg(svg)).toBe(true);
    expect(textsOfClass(svg, 'journey-title')).toEqual(['Buying shoes — now']);
    expect(svg).not.toContain('Persona:');
  });

  it('renderJourneySvg(demo map) is deterministic and matches its snapshots (en, nl)', () => {
    const a = createDemoNowMap();
    const b = createDemoNowMap();
    const svg = renderJourneySvg(a.journey, a.personas);
    expect(renderJourneySvg(b.journey, b.personas)).toBe(svg);
    compareWithSnapshot('buying-shoes-now.svg', svg);
    compareWithSnapshot('buying-shoes-now.nl.svg', renderJourneySvg(a.journey, a.personas, { lang: 'nl' }));
  });
});
