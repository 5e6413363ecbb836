import { attribute } from '../../src/pipeline';

describe('attribute', () => {
  it('returns the contract shape for an article without quotes', () => {
    const result = attribute('No one said anything today.');
    expect(result).toMatchObject({ quotes: [], speakers: [], summary: { quoted: 0, onlyMentioned: 0 } });
  });
});
