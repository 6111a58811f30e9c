package org.dyadscope.code.text;

/**
 * One word of a sentence, as the lexicons see it.
 *
 * @param key the folded form (see {@link TextFold#fold}), e.g. {@code iran} or the clitic {@code 's};
 *     a contraction's full word ({@code not} for {@code n't}, {@code does} for {@code doesn}: {@link Tokenizer})
 * @param start offset of the first char in the document's NFC text (inclusive)
 * @param end offset after the last char (exclusive)
 * @param clauseBreakBefore true when a clause mark ({@code , ; : ( ) [ ] " -- }, a dash, or a
 *     sentence-internal {@code . ? !}) lies between the previous token and this one; the coder's
 *     negation scope and agent rules do not cross such a break
 */
public record Token(String key, int start, int end, boolean clauseBreakBefore) {}
