import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutProcessMap } from './layoutProcessMap.js';
import {
  createProcessMapFormat,
  describeProcessMapSelection,
  PROCESS_MAP_LABELS,
} from './processMapLabels.js';
import { renderProcessMapSvg } from './renderProcessMapSvg.js';
import { selectProcessMap } from './selectProcessMap.js';
import { FIVE_ACTIVITY_LOG, inputFromVariants } from './testProcessMaps.js';
import { mineSampleMapInput } from './testSamples.js';

const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'output');
/** Set TRAILMAP_UPDATE_SNAPSHOTS=1 to rewrite the snapshot files after a deliberate change. */
const UPDATE = process.env['TRAILMAP_UPDATE_SNAPSHOTS'] === '1';

function compareWithSnapshot(name: string, actual: string) {
  const file = join(OUTPUT_DIR, name);
  if (UPDATE || (!existsSync(file) && !process.env['CI'])) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `snapshot ${name} is missing; run with TRAILMAP_UPDATE_SNAPSHOTS=1`).toBe(true);
  expect(actual === readFileSync(file, 'utf8'), `${name} differs from its snapshot`).toBe(true);
}

/** resvg parses XML strictly: it throws on anything that is not well-formed. */
function parsesAsSvg(svg: string): boolean {
  new Resvg(svg, { font: { loadSystemFonts: false } });
  return true;
}

const elk = new ELK();
const all = { activityShare: 1, pathShare: 1 };

describe('renderProcessMapSvg', () => {
  it('renderProcessMapSvg(running example, as the engine mines it) matches its snapshot', async () => {
    const input = await mineSampleMapInput('running-example.xes');
    const selection = selectProcessMap(input, all);
    expect(selection.totals).toEqual({ activities: 8, paths: 19, events: 42, cases: 6 });
    const layout = await layoutProcessMap(selection, { elk, view: 'frequency', metric: 'events' });
    const svg = renderProcessMapSvg(layout);
    expect(parsesAsSvg(svg)).toBe(true);
    compareWithSnapshot('process-map-running-example.svg', svg);
    const performance = renderProcessMapSvg(
      await layoutProcessMap(selection, { elk, view: 'performance', metric: 'median' }),
    );
    compareWithSnapshot('process-map-running-example.performance.svg', performance);
  });

  it('renderProcessMapSvg hooks every node, path and path label for clicks', async () => {
    const layout = await layoutProcessMap(selectProcessMap(FIVE_ACTIVITY_LOG, all), {
      elk,
      view: 'frequency',
      metric: 'events',
    });
    const svg = renderProcessMapSvg(layout);
    const activities = [...svg.matchAll(/data-activity="([^"]*)"/g)].map((m) => m[1]);
    expect(activities).toEqual(['A', 'B', 'C', 'D', 'E']); // in flow order
    expect(svg).toContain('<g data-node="start"><title>Start: 96 cases</title><circle');
    // a path and its label each carry the edge id and its ends
    expect(svg.split('data-edge="a0&gt;a3" data-from="A" data-to="B"').length - 1).toBe(2);
    expect(svg.split('data-edge="start&gt;a0" data-from="" data-to="A"').length - 1).toBe(2);
    expect(svg).toContain(
      '<title>A → B: 61 times · 61 cases · mean wait 1 h · median wait 30 min · total wait 2.5 d</title>',
    );
  });

  it('renderProcessMapSvg escapes activity names in text and attributes', async () => {
    const nasty = `<b>"Tom" & 'Jerry'</b>`;
    const layout = await layoutProcessMap(
      selectProcessMap(inputFromVariants([{ activities: [nasty, 'next'], cases: 2 }]), all),
      { elk, view: 'frequency', metric: 'events' },
    );
    const svg = renderProcessMapSvg(layout);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-activity="&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"');
    expect(parsesAsSvg(svg)).toBe(true);
  });

  it('renderProcessMapSvg(labels, format) writes the caller’s language and numbers', async () => {
    const format = createProcessMapFormat('nl');
    const selection = selectProcessMap(
      inputFromVariants([{ activities: ['Aanvraag', 'Besluit'], cases: 1234 }]),
      all,
    );
    const layout = await layoutProcessMap(selection, { elk, view: 'frequency', metric: 'events', format });
    const svg = renderProcessMapSvg(layout, { labels: PROCESS_MAP_LABELS.nl, format });
    expect(svg).toContain('aria-label="Proceskaart"');
    expect(svg).toContain('<title>Einde: 1.234 cases</title>');
    expect(svg).toContain('>1.234</tspan>');
  });

  it('describeProcessMapSelection says how much the sliders hide', () => {
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 0.2 });
    expect(describeProcessMapSelection(s)).toBe(
      'showing 5 of 5 activities, 7 of 10 paths; 16.7 % of cases use a hidden activity or path',
    );
    expect(describeProcessMapSelection(s, 'nl')).toBe(
      '5 van 5 activiteiten, 7 van 10 paden getoond; 16,7 % van de cases gebruikt een verborgen activiteit of pad',
    );
    expect(describeProcessMapSelection(selectProcessMap(FIVE_ACTIVITY_LOG, all))).toBe(
      'showing 5 of 5 activities, 10 of 10 paths; every case fits the map',
    );
    expect(createProcessMapFormat('en').share(1 / 10_000)).toBe('< 0.1 %');
  });
});
