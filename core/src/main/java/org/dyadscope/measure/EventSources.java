package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.SourceFormats;

/**
 * The event sources a case is measured on, in a stable order: the case's event sources (those
 * whose format fills {@code events}, {@code collect.SourceFormat#tables}) in case-file order, then
 * any other source found in the store's {@code events} table, alphabetically. A case source with
 * no rows in the store is kept, so its absence shows as a gap rather than vanishing from the report.
 */
final class EventSources {
  private EventSources() {}

  static List<String> of(CaseFile c, Connection conn) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    for (SourceSpec s : c.sources()) {
      if (SourceFormats.get(s.format()).fills("events")) {
        out.add(s.name());
      }
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT source FROM events ORDER BY source")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return new ArrayList<>(out);
  }
}
