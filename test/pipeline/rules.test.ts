import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import calibration from '../../src/pipeline/calibration.json';
import { SIEVES } from '../../src/pipeline/link-quotes';
import { LINK_RULE_NAMES, LINK_RULES, RULE_NAMES, ruleName, UNRESOLVED_SUFFIX } from '../../src/pipeline/rules';

/** Rules are data (src/pipeline/rules.ts): the calibration, docs/engine.md and the OpenAPI spec follow it. */
const ROOT = join(__dirname, '..', '..');

describe('rules as data', () => {
  it('every rule that can appear in output has a calibration entry, and calibration has no other', () => {
    expect(Object.keys(calibration.rules).sort()).toEqual([...RULE_NAMES].sort());
  });

  it('every rule is filed under a sieve that exists, and every sieve has a rule', () => {
    const sieves = SIEVES.map((s) => s.name);
    const filed = new Set(LINK_RULE_NAMES.map((r) => LINK_RULES[r].sieve).filter((s) => s !== null));
    expect([...filed].sort()).toEqual([...sieves].sort());
  });

  it('the unresolved form exists exactly for the rules that find a mention', () => {
    expect(ruleName('quote-pronoun-cue', true)).toBe(`quote-pronoun-cue${UNRESOLVED_SUFFIX}`);
    expect(ruleName('quote-pronoun-cue', false)).toBe('quote-pronoun-cue');
    expect(RULE_NAMES).not.toContain(`scare-quote${UNRESOLVED_SUFFIX}`);
    expect(RULE_NAMES).not.toContain(`no-attribution${UNRESOLVED_SUFFIX}`);
    expect(new Set(RULE_NAMES).size).toBe(RULE_NAMES.length);
  });

  it('docs/engine.md lists exactly the rules, sieve by sieve in precision order', () => {
    const readme = readFileSync(join(ROOT, 'docs', 'engine.md'), 'utf8');
    const block = /<!-- rules:begin[^>]*-->\n([\s\S]*?)<!-- rules:end -->/u.exec(readme)?.[1] ?? '';
    const rows = block.split('\n').filter((l) => l.startsWith('| ')).slice(2); // after the header and its rule
    const table = rows.map((r) => r.split('|').map((c) => c.trim())).map(([, sieve, rules]) => ({
      sieve: sieve ?? '',
      rules: [...(rules ?? '').matchAll(/`([^`]+)`/gu)].map((m) => m[1]),
    }));
    expect(table.map((r) => r.sieve)).toEqual([...SIEVES.map((s) => s.name), '(none decided)']);
    for (const row of table) {
      const expected = LINK_RULE_NAMES.filter((r) => (LINK_RULES[r].sieve ?? '(none decided)') === row.sieve);
      expect(row.rules).toEqual(expected);
    }
  });

  it('the OpenAPI Quote schema lists exactly the rules as the enum of `rule`', () => {
    const spec = JSON.parse(readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8'));
    const quote = spec.paths['/v1/attributions'].post.responses['200'].content['application/json'].schema.properties.quotes.items;
    expect(quote.properties.rule.enum).toEqual(RULE_NAMES);
  });
});
