import { touchpointsInJourneyOrder, type JourneyMap } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import {
  formatFigureDuration,
  phaseChipTexts,
  touchpointChipTexts,
  type MapFigures,
} from './drawFigureChips.js';
import { renderJourneySvg } from './renderJourneySvg.js';
import { createDemoNowMap } from './testJourneys.js';

function figuresOf(
  journey: JourneyMap,
  curve: MapFigures['curve'],
): { figures: MapFigures; firstId: string } {
  const ordered = touchpointsInJourneyOrder(journey.phases, journey.touchpoints);
  const [first, second] = ordered;
  return {
    firstId: first!.id,
    figures: {
      journeys: 1000,
      touchpoints: [
        {
          touchpointId: first!.id,
          journeys: 873,
          reachShare: 0.873,
          dropOffShare: 0.12,
          medianSecondsToNext: 3 * 3600 + 20 * 60,
          nps: { value: 41.6, n: 512 },
        },
        {
          touchpointId: second!.id,
          journeys: 40,
          reachShare: 0.04,
          dropOffShare: null,
          medianSecondsToNext: null,
          nps: { value: 10, n: 12 },
        },
      ],
      phases: [{ phaseId: journey.phases[0]!.id, journeys: 900, reachShare: 0.9, nps: null }],
      curve,
      measured: [
        { touchpointId: first!.id, emotion: 1.2 },
        { touchpointId: second!.id, emotion: -0.5 },
      ],
    },
  };
}

describe('the measured figures on the exported map', () => {
  it('formats the chips as the app does, in English and Dutch', () => {
    const { figures } = figuresOf(createDemoNowMap().journey, 'both');
    expect(touchpointChipTexts(figures.touchpoints[0], 'en')).toEqual([
      'Reach 87%',
      'Drop-off 12%',
      'Next 3 h 20 min',
      'NPS 42',
    ]);
    expect(touchpointChipTexts(figures.touchpoints[0], 'nl')).toEqual([
      'Bereik 87%',
      'Uitval 12%',
      'Volgende 3 u 20 min',
      'NPS 42',
    ]);
    expect(touchpointChipTexts(figures.touchpoints[1], 'en')).toEqual(['Reach 4%', 'NPS: too few answers']);
    expect(touchpointChipTexts(undefined, 'nl')).toEqual(['Geen data']);
    expect(phaseChipTexts(figures.phases[0], 'en')).toEqual(['900 journeys', 'Reach 90%']);
    expect(phaseChipTexts(undefined, 'en')).toEqual(['No data']);
    expect(formatFigureDuration(0, 'en')).toBe('0 s');
    expect(formatFigureDuration(2 * 86_400 + 5, 'en')).toBe('2 d');
  });

  it('draws chips under the cards and in the phase headers, and the dashed measured line', () => {
    const { journey, personas } = createDemoNowMap();
    const { figures } = figuresOf(journey, 'both');
    const svg = renderJourneySvg(journey, personas, { figures });
    expect(svg).toContain('class="touchpoint-figures"');
    expect(svg).toContain('class="phase-figures"');
    for (const text of ['Reach 87%', 'Drop-off 12%', 'Next 3 h 20 min', 'NPS 42', 'NPS: too few answers'])
      expect(svg).toContain(`>${text}</tspan>`);
    expect(svg).toContain('>900 journeys</tspan>');
    expect(svg).toContain('>No data</tspan>');
    expect(svg).toMatch(/<path d="M[^"]+"[^>]*stroke-dasharray="7 5"[^>]*class="measured-curve"\/>/);
    expect(svg.match(/class="measured-point"/g)).toHaveLength(2);
    expect(svg).toMatch(/fill="#FFFFFF" stroke="[^"]+" stroke-width="2.5" class="measured-point"/);
    expect(svg).toContain('class="emotion-curve"');
    expect(svg).toContain('>Measured emotion</tspan>');
    // neutral chips: no red or green
    const chips = svg.match(/<g class="figure-chip">.*?<\/g>/g) ?? [];
    expect(chips.length).toBeGreaterThan(5);
    for (const chip of chips) expect(chip).not.toMatch(/#(1B7A3A|B3261E)/i);
  });

  it('draws only the measured line in measured mode, none in designed mode, nothing without figures', () => {
    const { journey, personas } = createDemoNowMap();
    const measured = renderJourneySvg(journey, personas, { figures: figuresOf(journey, 'measured').figures });
    expect(measured).toContain('class="measured-curve"');
    expect(measured).not.toContain('class="emotion-curve"');
    const designed = renderJourneySvg(journey, personas, {
      figures: figuresOf(journey, 'designed').figures,
      lang: 'nl',
    });
    expect(designed).not.toContain('class="measured-curve"');
    expect(designed).toContain('>Bereik 87%</tspan>');
    const plain = renderJourneySvg(journey, personas);
    expect(plain).not.toContain('figure-chip');
    expect(plain).not.toContain('measured-curve');
  });
});
