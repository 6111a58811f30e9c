package org.dyadscope.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Set;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyadscope} command line. Exit codes: 0 ok, 1 failed, 2 bad usage. Errors are one line
 * on standard error that names the file, the line and the fix.
 */
@Command(
    name = "dyadscope",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Foreign-policy security analysis of a dyad from event data and documents.")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order {@code dyadscope --help} lists them (then {@code help}). Picocli
   * builds a command's model from its class by reflection, which loads the classes its fields name
   * (the workbench's, the model's, Jackson's): a command line naming one of them builds that one
   * alone (0.1 s less before an ingest starts), any other builds them all.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, IngestCommand.class,
      QueryCommand.class, CodeCommand.class, EvaluateCommand.class, FetchCommand.class, InitCommand.class,
      GoldCommand.class, ServeCommand.class, ExportCommand.class, ImportCommand.class, TrainCommand.class);

  /**
   * The subcommands that load files into a store: DuckDB's native library and Arrow load on the
   * other core ({@link Store#preload}) while their command line is parsed and their readers made.
   */
  private static final Set<Class<?>> PRELOADING = Set.of(IngestCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    String first = args.length > 0 ? args[0] : "";
    Class<?> named = SUBCOMMANDS.stream().filter(c -> name(c).equals(first)).findFirst().orElse(null);
    try (Store.Preload preload = named != null && PRELOADING.contains(named) ? Store.preload() : null) {
      CommandLine cl = new CommandLine(new Main());
      for (Class<?> c : SUBCOMMANDS) {
        if (named == null || c == named) {
          cl.addSubcommand(name(c), new CommandLine(c)); // built on its own, so that its model transformer runs
        }
      }
      if (named == null) {
        cl.addSubcommand(new CommandLine.HelpCommand());
      }
      return execute(cl, args);
    }
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /**
   * Runs {@code command} (a picocli command, e.g. the Spark module's {@code dyadscope extract}, which
   * the core cannot link) with the exit codes and one-line errors of every dyadscope command.
   */
  public static int execute(Object command, String... args) {
    return execute(new CommandLine(command), args);
  }

  private static int execute(CommandLine cl, String... args) {
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println(prefix(cmd) + ": " + oneLine(ex));
      return 1;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      CommandLine cmd = ex.getCommandLine();
      String hint = "";
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        hint = "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
      }
      cmd.getErr().println(prefix(cmd) + ": " + ex.getMessage().lines().findFirst().orElse("") + hint
          + " (see `" + prefix(cmd) + " --help`)");
      return 2;
    });
    return cl.execute(args);
  }

  /**
   * "dyadscope" for the top level, "dyadscope run" for a subcommand, "dyadscope import qdpx" for a
   * nested one, and "dyadscope extract" for a command run on its own (the Spark module's).
   */
  private static String prefix(CommandLine cmd) {
    String name = cmd.getCommandSpec().qualifiedName();
    return cmd.getParent() == null && !name.equals("dyadscope") ? "dyadscope " + name : name;
  }

  private static String oneLine(Throwable ex) {
    if (ex instanceof FileSystemException f && f.getFile() != null) {
      // its message is the bare path: say what is wrong with it
      return f.getFile() + ": " + problem(f) + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
    }
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return msg.lines().findFirst().orElse(msg);
  }

  private static String problem(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists, and is not what this command can write over (a file where a folder is needed?)";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (f instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    return f.getClass().getSimpleName();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
