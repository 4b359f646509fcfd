package dev.meshsdk.core.catalog;

class InMemoryCatalogTest extends CatalogContractTest {
  private InMemoryCatalog catalog = new InMemoryCatalog();

  @Override
  protected Catalog newCatalog() {
    catalog = new InMemoryCatalog();
    return catalog;
  }

  @Override
  protected Catalog sameCatalog() {
    return catalog;
  }
}
