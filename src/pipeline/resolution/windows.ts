/** How far back a pronoun looks for its antecedent: clauses, and paragraphs. */
export const PRONOUN_CLAUSE_WINDOW = 12;
export const PRONOUN_PARAGRAPH_WINDOW = 3;
/** How far back a bare title ("the prime minister") or a description looks: sentences, and paragraphs. */
export const TITLE_SENTENCE_WINDOW = 10;
export const TITLE_PARAGRAPH_WINDOW = 2;
/** Hard cap on mentions looked at per antecedent search: keeps resolution linear on any input. */
export const MENTION_LOOKBACK = 150;
/** Hard cap on tokens looked at when searching back for the document a "the statement" means. */
export const DOCUMENT_TOKEN_LOOKBACK = 400;
