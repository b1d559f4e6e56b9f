import { describe, expect, it } from 'vitest';
import { dateOfInstant, instantOfDate, targetFromInput, targetToInput } from './kpiFormValues.js';

describe('KPI form values', () => {
  it('types a share target as a percentage and stores it as 0–1', () => {
    expect(targetFromInput('repeatContactShare', '17.3')).toBe(0.173);
    expect(targetFromInput('repeatContactShare', '17,3')).toBe(0.173);
    expect(targetToInput('repeatContactShare', 0.173)).toBe('17.3');
  });

  it('types a time target in hours and stores seconds; NPS in points', () => {
    expect(targetFromInput('medianSecondsBetween', '1.5')).toBe(5_400);
    expect(targetToInput('medianSecondsBetween', 5_400)).toBe('1.5');
    expect(targetFromInput('nps', '-12')).toBe(-12);
    expect(targetToInput('nps', -12)).toBe('-12');
  });

  it('an empty target is none; text that is no number is refused', () => {
    expect(targetFromInput('nps', '  ')).toBeNull();
    expect(targetFromInput('nps', 'lots')).toBeUndefined();
    expect(targetToInput('nps', null)).toBe('');
  });

  it('shows an instant as its UTC day and sends a day as its start in UTC', () => {
    expect(dateOfInstant('2024-07-01T00:00:00.000Z')).toBe('2024-07-01');
    expect(dateOfInstant('2024-07-01T01:30:00+02:00')).toBe('2024-06-30');
    expect(instantOfDate('2024-07-01')).toBe('2024-07-01T00:00:00.000Z');
  });
});
