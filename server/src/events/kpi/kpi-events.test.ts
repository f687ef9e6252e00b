import { describe, expect, it } from 'vitest';
import { countedInKpis, interactionCounter, interactionEvent } from './kpi-events.js';

describe('interaction KPI events', () => {
  it('counts views, clicks and dismissals, and leaves reported applications and approvals to the decisions', () => {
    expect(interactionCounter('VIEW')).toBe('VIEW');
    expect(interactionCounter('CLICK')).toBe('CLICK');
    expect(interactionCounter('DISMISS')).toBe('DISMISS');
    expect(interactionCounter('APPLY')).toBeNull();
    expect(interactionCounter('APPROVE')).toBeNull();
    expect(countedInKpis('APPLY')).toBe(false);
    const row = { id: 1, occurredAt: new Date(0), productId: 'p', kind: 'CLICK' };
    expect(interactionEvent('demo', row, 'Goa').delta).toEqual({ kind: 'interaction', interaction: 'CLICK', count: 1 });
    expect(() => interactionEvent('demo', { ...row, kind: 'APPROVE' }, null)).toThrow(RangeError);
  });
});
