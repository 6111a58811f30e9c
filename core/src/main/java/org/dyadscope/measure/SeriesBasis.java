package org.dyadscope.measure;

import java.util.List;

/**
 * What one series rests on: for one series and one contributing source, how many store rows and
 * which files. A figure's caption is built from these.
 *
 * @param series the series: {@code events RUS->IRN}, {@code unga IRN-RUS}, {@code arms RUS->IRN}
 * @param source dataset name
 * @param rows store rows used (events of the dyad counted by the series, i.e. the sum of its
 *     {@code events}; ideal-point rows of the two states in the period's sessions; SIPRI rows with a
 *     delivery in the period)
 * @param rowsUncovered events of the dyad in the case period dated in months the source does not
 *     cover (back-dated reports), left out of every series; 0 for UNGA and SIPRI
 * @param fileCount distinct files the used rows come from
 * @param files up to {@link Audit#MAX_FILES} of those files, sorted
 */
public record SeriesBasis(SeriesId series, String source, long rows, long rowsUncovered, long fileCount,
    List<String> files) {
  public SeriesBasis {
    files = List.copyOf(files);
  }
}
