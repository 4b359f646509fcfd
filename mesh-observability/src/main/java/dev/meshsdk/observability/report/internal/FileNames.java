package dev.meshsdk.observability.report.internal;

import java.util.Locale;

/** File names of the report's pages, safe on every file system. Not API. */
public final class FileNames {
  private static final int MAX_SLUG = 60;

  private FileNames() {}

  /**
   * The file name (without folder) of a product's page: the id itself when it is a plain lower-case
   * name, otherwise a cleaned-up form with a hash of the id, so that distinct ids never share a
   * file even on case-insensitive file systems, and no id can leave the {@code products} folder.
   *
   * @param productId the product id
   * @return the file name, such as {@code orders.html}
   */
  public static String productPage(String productId) {
    StringBuilder slug = new StringBuilder();
    productId
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
              char last = slug.length() == 0 ? '-' : slug.charAt(slug.length() - 1);
              if (alnum) {
                slug.append((char) c);
              } else if (c == '.' && last != '-' && last != '.') {
                slug.append('.');
              } else if (last != '-' && last != '.') {
                slug.append('-');
              }
            });
    while (slug.length() > 0
        && !Character.isLetterOrDigit(slug.charAt(slug.length() - 1))
        && slug.charAt(slug.length() - 1) != '_') {
      slug.setLength(slug.length() - 1);
    }
    String s = slug.length() == 0 ? "product" : slug.toString();
    boolean clean = s.equals(productId) && s.length() <= MAX_SLUG;
    if (!clean) {
      if (s.length() > MAX_SLUG) {
        s = s.substring(0, MAX_SLUG);
      }
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
      s = s + "-" + Html.shortHash(productId, 12);
    }
    return s + ".html";
  }
}
