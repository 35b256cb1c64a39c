import { emptyAdvice } from './empty-advice';

const at = (instant: string) => `<${instant}>`;
const TO = '2026-11-30T10:00:00.000Z';
const FROM = '2026-11-01T00:00:00.000Z';

describe('the advice of an empty result', () => {
  it('without any filter blames an empty log or audit logging turned off, and says where to turn it on', () => {
    const advice = emptyAdvice({ to: TO }, at);
    expect(advice.header).toBe('No audit records yet');
    expect(advice.description).toContain('Jira settings → System → Audit log');
    expect(advice.description).toContain(`up to <${TO}>`);
    expect(advice.description).not.toMatch(/terms|range/);
  });

  it('with text only talks about the terms, not dates', () => {
    const advice = emptyAdvice({ filter: 'scheme payments', to: TO }, at);
    expect(advice.header).toBe('No record matches “scheme payments”');
    expect(advice.description).toMatch(/fewer or shorter terms/);
    expect(advice.description).not.toMatch(/range|Audit log/);
  });

  it('with a range only talks about the range', () => {
    const advice = emptyAdvice({ from: FROM, to: TO }, at);
    expect(advice.header).toBe('No records in this range');
    expect(advice.description).toContain(`between <${FROM}> and <${TO}>`);
    expect(advice.description).not.toMatch(/terms|Audit log/);
  });

  it('with both names both', () => {
    const advice = emptyAdvice({ filter: 'x', from: FROM, to: TO }, at);
    expect(advice.header).toBe('No record matches “x” in this range');
    expect(advice.description).toMatch(/terms or a wider range/);
  });
});
