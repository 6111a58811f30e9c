package org.dyadscope.collect.tkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One id dictionary of an id-coded TKG set: {@code entity2id.txt} or {@code relation2id.txt},
 * lines {@code name<TAB>id} (RE-Net / RE-GCN / zrLLM layout; some copies end lines with CRLF).
 * Small (at most a few tens of thousands of names), so it is held in memory.
 */
final class IdTable {
  private final String label;
  private final Map<Integer, String> names;

  private IdTable(String label, Map<Integer, String> names) {
    this.label = label;
    this.names = names;
  }

  /**
   * Reads a dictionary.
   *
   * @param label how to name the file in messages, e.g. {@code icews18/ICEWS18.zip!entity2id.txt}
   * @throws IOException when a line is not {@code name<TAB>integer} or an id repeats; the message
   *     names the file and line (the set cannot be read without a sound dictionary)
   */
  static IdTable read(BufferedReader in, String label) throws IOException {
    Map<Integer, String> names = new HashMap<>();
    String line;
    long n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      line = TkgLine.stripCr(line);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IOException(label + ":" + n + ": expected name<TAB>id, got '" + line + "'");
      }
      int id;
      try {
        id = Integer.parseInt(line.substring(tab + 1).strip());
      } catch (NumberFormatException ex) {
        throw new IOException(label + ":" + n + ": id '" + line.substring(tab + 1) + "' is not an integer");
      }
      String name = line.substring(0, tab);
      String prior = names.putIfAbsent(id, name);
      if (prior != null) {
        throw new IOException(label + ":" + n + ": id " + id + " given to both '" + prior + "' and '" + name + "'");
      }
    }
    if (names.isEmpty()) {
      throw new IOException(label + ": no name<TAB>id lines");
    }
    return new IdTable(label, names);
  }

  /** The name of an id, or null when the dictionary lacks it. */
  String name(int id) {
    return names.get(id);
  }

  /** File name of the dictionary, for quarantine reasons. */
  String label() {
    return label;
  }

  int size() {
    return names.size();
  }

  Map<Integer, String> asMap() {
    return names;
  }
}
