package dev.cortado.web;

import java.util.EnumSet;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.shadowed.com.ibm.icu.text.IDNA;

/**
 * The URL Standard's "domain to ASCII" and "domain to Unicode" (UTS #46 processing through the
 * ICU4J that GraalJS ships), for {@code 60_url.js}. Everything else about URLs is JavaScript, and
 * ASCII hosts never come here. Stateless and thread-safe: the ICU instance is immutable, so any
 * thread may call (in practice the loop thread).
 */
public final class UrlOps {
  /** CheckBidi, CheckJoiners and nontransitional processing; UseSTD3ASCIIRules stays off. */
  private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ
      | IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);

  /**
   * The errors that CheckHyphens=false and VerifyDnsLength=false turn off: ICU always reports
   * them, so they are ignored here.
   */
  private static final Set<IDNA.Error> IGNORED = EnumSet.of(IDNA.Error.EMPTY_LABEL,
      IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG, IDNA.Error.LEADING_HYPHEN,
      IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);

  /** UTS #46 ToASCII of {@code domain}; null when it fails. */
  @HostAccess.Export
  public String domainToAscii(String domain) {
    try {
      IDNA.Info info = new IDNA.Info();
      StringBuilder out = UTS46.nameToASCII(domain, new StringBuilder(domain.length() + 8), info);
      return failed(info) ? null : out.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** UTS #46 ToUnicode of {@code domain}; null when it reports an error. */
  @HostAccess.Export
  public String domainToUnicode(String domain) {
    try {
      IDNA.Info info = new IDNA.Info();
      StringBuilder out = UTS46.nameToUnicode(domain, new StringBuilder(domain.length()), info);
      return failed(info) ? null : out.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean failed(IDNA.Info info) {
    for (IDNA.Error error : info.getErrors()) {
      if (!IGNORED.contains(error)) {
        return true;
      }
    }
    return false;
  }
}
