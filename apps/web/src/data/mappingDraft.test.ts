import { describe, expect, it } from 'vitest';
import {
  assignRole,
  buildMapping,
  classifierOptions,
  fieldOfIssue,
  initialDraft,
  missingParts,
  nameFromFile,
  roleOfColumn,
  sharedKeyOptions,
} from './mappingDraft.js';
import { ocelUpload, receiptUpload, ticketsUpload, xesUpload } from './testPreviews.js';

const receipt = receiptUpload.preview;
const tickets = ticketsUpload.preview;

describe('mapping draft', () => {
  it('initialDraft() takes the roles Trailmap recognised (pm4py names) and names the dataset after the file', () => {
    const draft = initialDraft(receipt, 'receipt.csv');
    expect(draft.roles).toEqual({
      case: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      channel: 'case:channel',
    });
    expect(roleOfColumn(draft, 'concept:name')).toBe('activity');
    expect(roleOfColumn(draft, 'org:resource')).toBeNull();
    expect(draft).toMatchObject({ name: 'receipt', notion: 'column', delimiter: ',' });
    expect(missingParts(draft, receipt)).toEqual([]);
    expect(nameFromFile('helpdesk.xes.gz')).toBe('helpdesk');
  });

  it('missingParts() lists the case, activity and timestamp columns no column holds (the case only for the column notion)', () => {
    const draft = initialDraft(tickets, 'tickets.csv');
    expect(draft.delimiter).toBe(';');
    expect(missingParts(draft, tickets)).toEqual(['case', 'activity', 'timestamp']);
    const mapped = assignRole(assignRole(draft, 'step', 'activity'), 'at', 'timestamp');
    expect(missingParts(mapped, tickets)).toEqual(['case']);
    // a customer's events cut by a pause need no case column, but a customer id
    const byPause = { ...mapped, notion: 'inactivity' as const };
    expect(missingParts(byPause, tickets)).toEqual(['customer']);
    expect(missingParts(assignRole(byPause, 'client', 'customer'), tickets)).toEqual([]);
    const startEnd = { ...assignRole(mapped, 'client', 'customer'), notion: 'startEnd' as const };
    expect(missingParts(startEnd, tickets)).toEqual(['start', 'end']);
    expect(missingParts({ ...mapped, roles: { ...mapped.roles, case: 'ticket' }, name: '  ' }, tickets)).toEqual([
      'name',
    ]);
  });

  it('assignRole() gives a role to one column only, and a column one role', () => {
    const draft = initialDraft(receipt, 'receipt.csv');
    const moved = assignRole(draft, 'org:resource', 'activity');
    expect(moved.roles.activity).toBe('org:resource');
    expect(roleOfColumn(moved, 'concept:name')).toBeNull();
    const changed = assignRole(moved, 'org:resource', 'customer');
    expect(changed.roles).toMatchObject({ customer: 'org:resource' });
    expect(changed.roles.activity).toBeUndefined();
    expect(assignRole(changed, 'org:resource', null).roles.customer).toBeUndefined();
  });

  it('buildMapping() sends the columns and the case-column notion for a CSV', () => {
    const draft = initialDraft(receipt, 'receipt.csv');
    expect(buildMapping(draft, receipt)).toEqual({
      format: 'csv',
      columns: {
        case: 'case:concept:name',
        activity: 'concept:name',
        timestamp: 'time:timestamp',
        channel: 'case:channel',
      },
      delimiter: ',',
      caseNotion: { kind: 'column' },
    });
  });

  it('buildMapping() sends an inactivity gap (presets and a custom value) with the shared keys for stitching', () => {
    let draft = initialDraft(tickets, 'tickets.csv');
    draft = assignRole(assignRole(assignRole(draft, 'step', 'activity'), 'at', 'timestamp'), 'client', 'customer');
    expect(sharedKeyOptions(draft, tickets)).toEqual(['ticket', 'email_hash']);
    draft = { ...draft, notion: 'inactivity', gapPreset: '30d', sharedKeys: ['email_hash'] };
    expect(buildMapping(draft, tickets)).toEqual({
      format: 'csv',
      columns: { activity: 'step', timestamp: 'at', customer: 'client' },
      delimiter: ';',
      caseNotion: { kind: 'inactivity', gapSeconds: 2_592_000 },
      stitching: { sharedKeys: ['email_hash'] },
    });
    expect(buildMapping({ ...draft, gapPreset: '30m' }, tickets).caseNotion).toEqual({
      kind: 'inactivity',
      gapSeconds: 1800,
    });
    expect(
      buildMapping({ ...draft, gapPreset: 'custom', gapAmount: 4, gapUnit: 'hours' }, tickets).caseNotion,
    ).toEqual({ kind: 'inactivity', gapSeconds: 14_400 });
    expect(missingParts({ ...draft, gapPreset: 'custom', gapAmount: 400, gapUnit: 'days' }, tickets)).toEqual([
      'gap',
    ]);
    // giving a shared key a role takes it out of the shared keys
    expect(assignRole(draft, 'email_hash', 'channel').sharedKeys).toEqual([]);
  });

  it('buildMapping() sends start and end activities, and no stitching for the case-column notion', () => {
    let draft = initialDraft(tickets, 'tickets.csv');
    draft = assignRole(assignRole(assignRole(draft, 'step', 'activity'), 'at', 'timestamp'), 'client', 'customer');
    expect(
      buildMapping({ ...draft, notion: 'startEnd', start: ['Open'], end: ['Solve', 'Close'] }, tickets).caseNotion,
    ).toEqual({ kind: 'startEnd', start: ['Open'], end: ['Solve', 'Close'] });
    const byColumn = assignRole({ ...draft, sharedKeys: ['email_hash'] }, 'ticket', 'case');
    expect(buildMapping(byColumn, tickets)).not.toHaveProperty('stitching');
  });

  it('buildMapping() sends the OCEL object type and the XES classifier, without column roles of their own', () => {
    const ocel = initialDraft(ocelUpload.preview, ocelUpload.fileName);
    expect(ocel.objectType).toBe('Invoice');
    expect(buildMapping({ ...ocel, objectType: 'Payment' }, ocelUpload.preview)).toEqual({
      format: 'ocel',
      columns: {},
      objectType: 'Payment',
      caseNotion: { kind: 'column' },
    });
    expect(missingParts({ ...ocel, objectType: null }, ocelUpload.preview)).toEqual(['objectType']);

    const xes = initialDraft(xesUpload.preview, xesUpload.fileName);
    expect(classifierOptions(xesUpload.preview)).toEqual(['concept:name', 'org:resource', 'lifecycle:transition']);
    expect(buildMapping(xes, xesUpload.preview)).toEqual({ format: 'xes', columns: {}, caseNotion: { kind: 'column' } });
    const withLifecycle = assignRole(
      { ...xes, classifier: ['concept:name', 'lifecycle:transition'] },
      'org:resource',
      'channel',
    );
    expect(buildMapping(withLifecycle, xesUpload.preview)).toEqual({
      format: 'xes',
      columns: { channel: 'org:resource' },
      classifier: ['concept:name', 'lifecycle:transition'],
      caseNotion: { kind: 'column' },
    });
  });

  it('fieldOfIssue() places a refused field of a 400 at its control', () => {
    expect(fieldOfIssue('body.mapping.columns.timestamp')).toEqual({ kind: 'role', role: 'timestamp' });
    expect(fieldOfIssue('body.mapping.objectType')).toEqual({ kind: 'objectType' });
    expect(fieldOfIssue('body.mapping.caseNotion.gapSeconds')).toEqual({ kind: 'notion' });
    expect(fieldOfIssue('body.mapping.stitching.sharedKeys.0')).toEqual({ kind: 'stitching' });
    expect(fieldOfIssue('body.name')).toEqual({ kind: 'name' });
    expect(fieldOfIssue('body.file')).toEqual({ kind: 'file' });
    expect(fieldOfIssue('body.uploadId')).toEqual({ kind: 'other' });
  });
});
