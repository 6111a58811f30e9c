package org.dyadscope.pipeline;

import java.util.List;
import java.util.Map;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.CorpusCodingResult;
import org.dyadscope.code.DocumentCoder;

/** Codes every stored document for securitizing and desecuritizing moves ({@link CorpusCoder}). */
final class CodeStage extends DeclaredStage {
  CodeStage() {
    super("code",
        List.of("documents", "document_copies"),
        List.of("sentences", "codings", "near_duplicates", "securitization_kwic"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CorpusCodingResult coded = new CorpusCoder(DocumentCoder.forCase(ctx.caseFile().folder()))
        .code(ctx.store(), null);
    StageContext.log(String.format("coded %d documents, %d sentences: %d securitizing, %d desecuritizing moves (lexicon %s)",
        coded.documents(), coded.sentences(), coded.moves(), coded.desecuritizing(), coded.lexiconVersion()));
    Map<String, Long> copies = coded.copies();
    StageContext.log(String.format("%d document rows repeat a stored text and were stored once"
        + " (%d identical, %d compatible, %d with conflicting metadata): %s",
        copies.values().stream().mapToLong(Long::longValue).sum(), copies.get("identical"),
        copies.get("compatible"), copies.get("conflict"),
        ctx.finalPath(ctx.work().resolve("series").resolve("document_copies.csv"))));
  }
}
