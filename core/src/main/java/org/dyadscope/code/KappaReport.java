package org.dyadscope.code;

import java.util.Locale;

/**
 * Agreement between two coders on the same sentences (Cohen 1960, "A coefficient of agreement for
 * nominal scales"): kappa = (p_o - p_e) / (1 - p_e), with p_o the observed agreement and p_e the
 * agreement expected from the two coders' marginal distributions. For sector and threat source
 * the empty value is a category of its own.
 *
 * @param sentences sentences both coders coded
 * @param move kappa for move
 * @param moveAgreement observed agreement for move (0..1)
 * @param desecuritizing kappa for desecuritizing
 * @param desecuritizingAgreement observed agreement
 * @param sector kappa for sector
 * @param sectorAgreement observed agreement
 * @param threatSource kappa for threat source
 * @param threatSourceAgreement observed agreement
 */
public record KappaReport(
    int sentences,
    double move,
    double moveAgreement,
    double desecuritizing,
    double desecuritizingAgreement,
    double sector,
    double sectorAgreement,
    double threatSource,
    double threatSourceAgreement) {
  /** A plain-text table for the console. */
  public String toText() {
    return String.format(Locale.ROOT,
        "%d sentences coded by both%n%-15s kappa %.3f (agreement %.3f)%n%-15s kappa %.3f (agreement %.3f)%n"
            + "%-15s kappa %.3f (agreement %.3f)%n%-15s kappa %.3f (agreement %.3f)%n",
        sentences, "move", move, moveAgreement, "desecuritizing", desecuritizing,
        desecuritizingAgreement, "sector", sector, sectorAgreement, "threat_source", threatSource,
        threatSourceAgreement);
  }
}
