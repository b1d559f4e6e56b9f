import { describe, expect, it } from 'vitest';
import { createId } from '../ids.js';
import { createJourneyContent } from '../templates/createJourneyContent.js';
import { addTouchpoint } from '../edits/editTouchpoints.js';
import { touchpointFieldsSchema } from '../records/Touchpoint.js';
import { hideBackstage } from './hideBackstage.js';

describe('hideBackstage', () => {
  it('hideBackstage(map) empties every back-stage note and hides the back-stage lane, nothing else', () => {
    const content = createJourneyContent('see-think-do-care-love');
    const phaseId = content.phases[0]!.id;
    const first = addTouchpoint(
      content,
      touchpointFieldsSchema.parse({
        phaseId,
        title: 'Calls the shop',
        channel: 'phone',
        backstageNotes: 'Agent looks the order up in SAP; margin 12 %',
        thinksFeels: 'Hope they have my size',
      }),
    ).content;
    const shown = hideBackstage(first);

    expect(shown.touchpoints.map((t) => t.backstageNotes)).toEqual(['']);
    expect(shown.touchpoints[0]!.thinksFeels).toBe('Hope they have my size');
    expect(shown.lanes.find((l) => l.kind === 'backstage')?.visible).toBe(false);
    expect(shown.lanes.filter((l) => l.kind !== 'backstage')).toEqual(
      first.lanes.filter((l) => l.kind !== 'backstage'),
    );
    expect(first.touchpoints[0]!.backstageNotes).toMatch(/SAP/);
  });

  it('hideBackstage(map) clears what ties the map to data: matchers, the dataset link and its filter', () => {
    const content = createJourneyContent('see-think-do-care-love');
    const withCard = addTouchpoint(
      content,
      touchpointFieldsSchema.parse({
        phaseId: content.phases[0]!.id,
        title: 'Orders',
        channel: 'app',
        matcher: { activities: ['Order Placed'], properties: [{ key: 'margin', op: 'gt', value: 12 }] },
      }),
    ).content;
    const map = { ...withCard, datasetId: createId('dataset'), datasetFilter: { channels: ['app'] } };
    const shown = hideBackstage(map);
    expect(shown.touchpoints[0]!.matcher).toBeNull();
    expect(shown.touchpoints[0]!.title).toBe('Orders');
    expect(shown).toMatchObject({ datasetId: null, datasetFilter: null });
    expect(map.touchpoints[0]!.matcher).not.toBeNull();
    // Content alone (no meta) gets no meta keys.
    expect(hideBackstage(withCard)).not.toHaveProperty('datasetId');
  });
});
