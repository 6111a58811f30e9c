package org.dyadscope.exchange;

/**
 * One coder's labels of one sentence.
 *
 * @param user the coder's name: the machine coder ({@link #machineUser}) or a reviewer
 * @param labels what the coder coded
 */
public record Coding(String user, Labels labels) {
  /** The user name of the automatic coder with the lexicon version that made its codings. */
  public static String machineUser(String lexicon) {
    return "dyadscope coder " + lexicon;
  }

  /** True for a user name {@link #machineUser} made. */
  public static boolean isMachine(String user) {
    return user.startsWith("dyadscope coder ");
  }
}
