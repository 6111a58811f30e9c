package org.dyadscope.pipeline;

import java.util.List;
import java.util.Map;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.CorpusCodingResult;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.model.EmbeddingCache;
import org.dyadscope.code.model.ModelCoder;
import org.dyadscope.code.model.MoveModel;
import org.dyadscope.code.model.SentenceEncoder;

/**
 * Codes every stored document for securitizing and desecuritizing moves ({@link CorpusCoder}); with
 * {@code --coder model} the case's trained detector decides the moves ({@link ModelCoder}), its
 * sentence embeddings cached in the store's {@code embeddings} table, which starts with the rows of
 * the store the run replaces; a lexicon run carries them over too, so a later model run into the
 * same output folder stays warm.
 */
final class CodeStage extends DeclaredStage {
  CodeStage() {
    super("code",
        List.of("documents", "document_copies"),
        List.of("sentences", "codings", "near_duplicates", "securitization_kwic", "embeddings"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    DocumentCoder lexicon = DocumentCoder.forCase(ctx.caseFile().folder());
    CorpusCodingResult coded;
    long carried = EmbeddingCache.carryOver(ctx.store().connection(), ctx.earlierStore());
    if (SentenceCoding.MODEL.equals(ctx.coder())) {
      MoveModel model = MoveModel.forCase(ctx.caseFile().folder());
      long t0 = System.nanoTime();
      try (SentenceEncoder encoder = SentenceEncoder.open(Runtime.getRuntime().availableProcessors())) {
        EmbeddingCache cache = new EmbeddingCache(ctx.store().connection(), encoder);
        coded = new CorpusCoder(lexicon, new ModelCoder(model, cache)).code(ctx.store(), null, ctx.caseFile().period());
        StageContext.log(String.format("move detector %s (threshold %.2f): %d sentences embedded, the others from"
            + " the cache (%d rows carried over from %s), %.1f s", MoveModel.file(ctx.caseFile().folder()),
            model.threshold(), cache.embedded(), carried, ctx.earlierStore(), (System.nanoTime() - t0) / 1e9));
      }
    } else {
      coded = new CorpusCoder(lexicon).code(ctx.store(), null, ctx.caseFile().period());
    }
    StageContext.log(String.format("coded %d documents, %d sentences: %d securitizing, %d desecuritizing moves (lexicon %s, moves by the %s)",
        coded.documents(), coded.sentences(), coded.moves(), coded.desecuritizing(), coded.lexiconVersion(),
        SentenceCoding.MODEL.equals(ctx.coder()) ? "trained detector" : "lexicon"));
    Map<String, Long> copies = coded.copies();
    StageContext.log(String.format("%d document rows repeat a stored text and were stored once"
        + " (%d identical, %d compatible, %d with conflicting metadata): %s",
        copies.values().stream().mapToLong(Long::longValue).sum(), copies.get("identical"),
        copies.get("compatible"), copies.get("conflict"),
        ctx.finalPath(ctx.work().resolve("series").resolve("document_copies.csv"))));
  }
}
