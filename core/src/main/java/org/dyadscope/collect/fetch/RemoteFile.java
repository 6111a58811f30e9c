package org.dyadscope.collect.fetch;

/**
 * One file of a GDELT master list.
 *
 * @param url absolute URL
 * @param name file name (last path element of the URL), e.g. {@code 20191024143000.export.CSV.zip}
 * @param size size in bytes the list announces, or -1 when it gives none
 * @param md5 lower-case hex MD5 the list announces, or null when it gives none
 */
public record RemoteFile(String url, String name, long size, String md5) {
  /** The last path element of a URL. */
  static String nameOf(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
