import { ProductCatalog } from './products/ProductCatalog';
import { ProductSearch } from './products/ProductSearch';

export function ProductsPage() {
  return (
    <section className="page">
      <div className="page__head">
        <h1>Products</h1>
      </div>
      <div className="stack">
        <ProductSearch />
        <ProductCatalog />
      </div>
    </section>
  );
}
