package org.dyadscope.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.webjars.WebJarVersionLocator;

/**
 * The page's files, from the classpath only: the files of {@value #FOLDER} read once at start into
 * memory, served by exact name (a request names an entry of that listing, never a path), and the
 * WebJars' files under {@code /webjars/NAME/PATH}, located by {@link WebJarVersionLocator} (so the
 * page may leave the version out) after the path is checked to be plain segments.
 */
final class WebAssets {
  static final String FOLDER = "org/dyadscope/serve/web";
  /** A WebJar path: plain segments of letters, digits, dot, dash and underscore, no "..". */
  private static final Pattern SAFE_PATH = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
      "png", "image/png", "json", "application/json", "woff2", "font/woff2", "ico", "image/x-icon",
      "map", "application/json");

  /** A file to send: its bytes and content type. */
  record Asset(byte[] bytes, String type) {}

  private final Map<String, Asset> files;
  private final WebJarVersionLocator locator = new WebJarVersionLocator();

  private WebAssets(Map<String, Asset> files) {
    this.files = files;
  }

  /** Reads the folder's files (not its subfolders) from the classpath. */
  static WebAssets load() {
    URL url = WebAssets.class.getClassLoader().getResource(FOLDER);
    Map<String, Asset> files = new TreeMap<>();
    if (url == null) {
      return new WebAssets(files);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          read(fs.getPath(FOLDER), files);
        } catch (java.nio.file.FileSystemAlreadyExistsException open) {
          // another reader has the jar open: read through its file system, and leave it open
          read(FileSystems.getFileSystem(uri).getPath(FOLDER), files);
        }
      } else {
        read(Path.of(uri), files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page's files " + FOLDER, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new WebAssets(files);
  }

  private static void read(Path folder, Map<String, Asset> into) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        into.put(name, new Asset(Files.readAllBytes(p), type(name)));
      }
    }
  }

  /** The page file named exactly {@code name}, or null. */
  Asset file(String name) {
    return files.get(name);
  }

  /**
   * The file {@code path} ({@code NAME/FILE...}, with or without the version) of a WebJar on the
   * classpath, or null when the path is not plain segments or no WebJar holds it.
   */
  Asset webjar(String path) {
    if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      return null;
    }
    int slash = path.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String full = locator.fullPath(path.substring(0, slash), path.substring(slash + 1));
    String resource = full != null ? full : WebJarVersionLocator.WEBJARS_PATH_PREFIX + "/" + path;
    try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new Asset(in.readAllBytes(), type(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String type(String name) {
    int dot = name.lastIndexOf('.');
    return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
  }
}
