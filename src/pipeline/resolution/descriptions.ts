import type { ResolutionInput } from './context';
import { Ledger, type Decisions } from './decisions';
import { bylineName } from './labels';
import { organisationMemory, resolveOrganisation } from './organisations';
import { resolveRole, roleMemory, titleTies } from './roles';

/**
 * Pass 3: organisations, roles, anonymous sources and the author, in reading order. One pass, not
 * three: "the statement said" may mean the role that issued it, and a role's antecedent sentence
 * may open with an organisation, so each kind must see the others the text has already resolved.
 */
export function resolveDescriptions(input: ResolutionInput, prior: Decisions): Decisions {
  const ledger = new Ledger(input, prior);
  const organisations = organisationMemory();
  const roles = roleMemory(titleTies(input, prior));
  let author: number | null = null;
  for (const m of input.mentions) {
    if (m.kind === 'author') {
      author = author ?? ledger.newEntity('author', bylineName(input.tokens, input.mentions, input.paragraphs) ?? 'the author');
      ledger.assign(m, author);
    } else if (m.kind === 'organisation') {
      ledger.assign(m, resolveOrganisation(input, ledger, organisations, m));
    } else if (m.kind === 'role' || m.kind === 'anonymous') {
      ledger.assign(m, resolveRole(input, ledger, roles, m));
    }
  }
  return ledger.decisions();
}
