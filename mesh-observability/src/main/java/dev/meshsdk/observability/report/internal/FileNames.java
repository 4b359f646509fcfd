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
              boolean plain =
                  (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
              slug.append(plain || (c == '.' && slug.length() > 0) ? (char) c : '-');
            });
    String s = slug.toString();
    boolean clean =
        s.equals(productId) && s.length() <= MAX_SLUG && !s.endsWith(".") && !s.contains("..");
    if (!clean) {
      if (s.length() > MAX_SLUG) {
        s = s.substring(0, MAX_SLUG);
      }
      s = s + "-" + Html.shortHash(productId, 12);
    }
    return s + ".html";
  }
}
