package org.trialbench.safety.meddra;

/** A candidate code for a verbatim term, with how well its LLT name matches (0 to 1, 1 = the same words). */
public record CodingSuggestion(MeddraPath path, double score) {
}
